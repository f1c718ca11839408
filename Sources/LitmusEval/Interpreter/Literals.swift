import SwiftSyntax

/// Which expressions take their type from context, as Swift's literals do.
enum Literals {
  /// Swift's generic numeric functions: a call of one over literals is itself a literal
  /// (`min(1, 2) / 2 * 1.0` is `0.5`, the `Double` overload).
  static let genericNumericFunctions: Set<String> = ["min", "max", "abs"]

  /// The arithmetic operators, over which literals stay literals.
  static let arithmeticOperators: Set<String> = ["+", "-", "*", "/", "%"]

  /// Whether the expression's type depends on its context, as Swift's literals do: integer
  /// literals (which may become `Double`), array literals, closures, implicit members
  /// (`.infinity`), and operators, parentheses and `? :` branches over only those; also
  /// `min`/`max`/`abs` calls over number literals and subscripts of array literals
  /// (`[1, 2][0]`).
  static func isContextual(_ expr: ExprSyntax) -> Bool {
    isLiteral(expr, numberOnly: false)
  }

  /// ``isContextual(_:)``; with `numberOnly`, only literals that stand for one number
  /// (integer literals and arithmetic, calls, subscripts, branches over them), which
  /// overload resolution can type on the first try, so nested calls stay linear.
  private static func isLiteral(_ expr: ExprSyntax, numberOnly: Bool) -> Bool {
    switch expr.as(ExprSyntaxEnum.self) {
    case .integerLiteralExpr: return true
    case .arrayExpr, .closureExpr: return !numberOnly
    case .memberAccessExpr(let member): return !numberOnly && member.base == nil
    case .prefixOperatorExpr(let prefix):
      return isLiteral(prefix.expression, numberOnly: numberOnly)
    case .tupleExpr(let tuple):
      guard tuple.elements.count == 1, let only = tuple.elements.first else { return false }
      return isLiteral(only.expression, numberOnly: numberOnly)
    case .sequenceExpr(let sequence):
      return isLiteral(sequence: Array(sequence.elements), numberOnly: numberOnly)
    case .ternaryExpr(let ternary):
      return isLiteral(ternary.thenExpression, numberOnly: numberOnly)
        && isLiteral(ternary.elseExpression, numberOnly: numberOnly)
    case .functionCallExpr(let call):
      guard let callee = call.calledExpression.as(DeclReferenceExprSyntax.self),
        callee.argumentNames == nil, genericNumericFunctions.contains(callee.baseName.text),
        call.trailingClosure == nil, call.additionalTrailingClosures.isEmpty,
        !call.arguments.isEmpty
      else { return false }
      return call.arguments.allSatisfy {
        $0.label == nil && isLiteral($0.expression, numberOnly: true)
      }
    case .subscriptCallExpr(let subscriptCall):
      return subscriptCall.calledExpression.is(ArrayExprSyntax.self)
        && subscriptCall.trailingClosure == nil
    default: return false
    }
  }

  /// Whether an unfolded operator sequence is contextual: its result operands (all of them,
  /// or the `? :` branches; not the conditions) are. Any operator counts, as ranges of
  /// literals (`0...1`) take their type from context too, except for `numberOnly`.
  private static func isLiteral(sequence elements: [ExprSyntax], numberOnly: Bool) -> Bool {
    let lastTernary = elements.lastIndex { $0.is(UnresolvedTernaryExprSyntax.self) }
    for (index, element) in elements.enumerated() {
      if let ternary = element.as(UnresolvedTernaryExprSyntax.self) {
        if !isLiteral(ternary.thenExpression, numberOnly: numberOnly) { return false }
        continue
      }
      // Before the last `? :`, everything else belongs to a condition.
      if let lastTernary, index < lastTernary { continue }
      if index % 2 == 0 {
        if !isLiteral(element, numberOnly: numberOnly) { return false }
      } else if numberOnly {
        guard let op = element.as(BinaryOperatorExprSyntax.self),
          arithmeticOperators.contains(op.operator.text)
        else { return false }
      }
    }
    return true
  }

  /// Whether a folded operator expression's type depends on its context.
  static func isContextual(_ folded: FoldedExpression) -> Bool {
    switch folded {
    case .operand(let expr): isContextual(expr)
    case .binary(let op, _, let lhs, let rhs):
      arithmeticOperators.contains(op) && isContextual(lhs) && isContextual(rhs)
    case .ternary(_, let then, let otherwise, _): isContextual(then) && isContextual(otherwise)
    }
  }

  /// The highest `$N` a closure body uses, outside nested closures.
  static func highestAnonymousParameter(in body: CodeBlockItemListSyntax) -> Int? {
    let finder = AnonymousParameterFinder(viewMode: .sourceAccurate)
    finder.walk(body)
    return finder.highest
  }
}

/// Finds `$0`, `$1`, … in a closure body, skipping nested closures.
private final class AnonymousParameterFinder: SyntaxVisitor {
  var highest: Int?

  override func visit(_ node: ClosureExprSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

  override func visit(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
    if case .dollarIdentifier(let text) = token.tokenKind, let n = Int(text.dropFirst()) {
      highest = max(highest ?? n, n)
    }
    return .visitChildren
  }
}

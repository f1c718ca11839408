import SwiftSyntax

/// Which expressions take their type from context, as Swift's literals do.
enum Literals {
  /// Whether the expression's type depends on its context: integer literals
  /// (which may become `Double`), array literals, closures, implicit members
  /// (`.infinity`) and operators or parentheses over only those.
  static func isContextual(_ expr: ExprSyntax) -> Bool {
    switch expr.as(ExprSyntaxEnum.self) {
    case .integerLiteralExpr, .arrayExpr, .closureExpr: return true
    case .memberAccessExpr(let member): return member.base == nil
    case .prefixOperatorExpr(let prefix): return isContextual(prefix.expression)
    case .tupleExpr(let tuple):
      guard tuple.elements.count == 1, let only = tuple.elements.first else { return false }
      return isContextual(only.expression)
    case .sequenceExpr(let sequence):
      return sequence.elements.enumerated().allSatisfy { index, element in
        index % 2 == 1 || isContextual(element)
      }
    default: return false
    }
  }

  /// Whether a folded operator expression's type depends on its context.
  static func isContextual(_ folded: FoldedExpression) -> Bool {
    switch folded {
    case .operand(let expr): isContextual(expr)
    case .binary(let op, _, let lhs, let rhs):
      ["+", "-", "*", "/", "%"].contains(op) && isContextual(lhs) && isContextual(rhs)
    case .ternary: false
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

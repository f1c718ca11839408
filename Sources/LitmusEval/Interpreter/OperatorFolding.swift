import SwiftSyntax

/// Folds flat operator sequences by Swift's standard library precedence
/// groups (no custom operators exist in examples).
struct OperatorFolding {
  /// A precedence group: its rank and associativity.
  struct Group {
    var rank: Int
    var rightAssociative = false
    var nonAssociative = false
    var name: String
  }

  /// The sequence's operator nodes' spellings and groups.
  static func group(of op: String) -> Group? {
    switch op {
    case "*", "/", "%", "&*": Group(rank: 70, name: "MultiplicationPrecedence")
    case "+", "-", "&+", "&-": Group(rank: 60, name: "AdditionPrecedence")
    case "...", "..<": Group(rank: 50, nonAssociative: true, name: "RangeFormationPrecedence")
    case "==", "!=", "<", "<=", ">", ">=":
      Group(rank: 20, nonAssociative: true, name: "ComparisonPrecedence")
    case "&&": Group(rank: 15, name: "LogicalConjunctionPrecedence")
    case "||": Group(rank: 10, name: "LogicalDisjunctionPrecedence")
    case "?:": Group(rank: 5, rightAssociative: true, name: "TernaryPrecedence")
    default: nil
    }
  }

  let context: SourceContext
  let maximumDepth: Int
  private var elements: [ExprSyntax] = []
  private var index = 0

  init(context: SourceContext, maximumDepth: Int) {
    self.context = context
    self.maximumDepth = maximumDepth
  }

  /// Folds the elements of a sequence, which must not contain assignments.
  mutating func fold(_ sequence: [ExprSyntax]) throws(EvaluationError) -> FoldedExpression {
    elements = sequence
    index = 0
    guard !elements.isEmpty else {
      throw EvaluationError(
        "expected an expression", at: SourceLocation(line: 1, column: 1), kind: .syntax)
    }
    let result = try parse(minimumRank: 0, depth: 0)
    if index < elements.count {
      throw EvaluationError(
        "unexpected operator", at: context.location(of: elements[index]), kind: .syntax)
    }
    return result
  }

  /// The spelling of the operator node `node`, or an error for operators
  /// examples do not support.
  private func spelling(of node: ExprSyntax) throws(EvaluationError) -> String {
    if let binary = node.as(BinaryOperatorExprSyntax.self) {
      let text = binary.operator.text
      guard OperatorFolding.group(of: text) != nil else {
        throw EvaluationError(
          "operator `\(text)` is not supported in examples", at: context.location(of: node),
          kind: .unsupported)
      }
      return text
    }
    if node.is(UnresolvedTernaryExprSyntax.self) { return "?:" }
    if node.is(AssignmentExprSyntax.self) {
      throw EvaluationError(
        "assignment is only allowed as a whole statement", at: context.location(of: node),
        kind: .unsupported)
    }
    if node.is(UnresolvedAsExprSyntax.self) || node.is(UnresolvedIsExprSyntax.self) {
      throw EvaluationError(
        "type casts are not supported in examples", at: context.location(of: node),
        kind: .unsupported)
    }
    throw EvaluationError(
      "`\(node.trimmedDescription)` is not supported in examples", at: context.location(of: node),
      kind: .unsupported)
  }

  private mutating func parse(minimumRank: Int, depth: Int) throws(EvaluationError)
    -> FoldedExpression
  {
    try parseTree(minimumRank: minimumRank, depth: depth).expression
  }

  /// Precedence climbing; also tracks the height of the tree built so far,
  /// so that a long chain (`1 + 1 + …`) is refused before it gets deep.
  private mutating func parseTree(minimumRank: Int, depth: Int) throws(EvaluationError)
    -> (expression: FoldedExpression, height: Int)
  {
    guard depth < maximumDepth, index < elements.count else {
      let node = elements[min(index, elements.count - 1)]
      throw EvaluationError(
        depth >= maximumDepth
          ? "expression is nested too deeply (the limit is \(maximumDepth) levels)"
          : "expected an operand",
        at: context.location(of: node), kind: depth >= maximumDepth ? .limit : .syntax)
    }
    var lhs = FoldedExpression.operand(elements[index])
    var height = 1
    index += 1
    var lastNonAssociativeRank: Int?
    while index < elements.count {
      let node = elements[index]
      let op = try spelling(of: node)
      guard let group = OperatorFolding.group(of: op), group.rank >= minimumRank else { break }
      if group.nonAssociative, lastNonAssociativeRank == group.rank {
        throw EvaluationError(
          "adjacent operators are in non-associative precedence group '\(group.name)'",
          at: context.location(of: node), kind: .syntax)
      }
      index += 1
      let nextRank = group.rightAssociative ? group.rank : group.rank + 1
      let rhs = try parseTree(minimumRank: nextRank, depth: depth + 1)
      height = max(height, rhs.height) + 1
      if height + depth > maximumDepth {
        throw EvaluationError(
          "expression is nested too deeply (the limit is \(maximumDepth) levels)",
          at: context.location(of: node), kind: .limit)
      }
      if op == "?:", let ternary = node.as(UnresolvedTernaryExprSyntax.self) {
        lhs = .ternary(
          condition: lhs, then: ternary.thenExpression, otherwise: rhs.expression, node: node)
        continue
      }
      lhs = .binary(op: op, node: node, lhs: lhs, rhs: rhs.expression)
      lastNonAssociativeRank = group.nonAssociative ? group.rank : nil
    }
    return (lhs, height)
  }
}

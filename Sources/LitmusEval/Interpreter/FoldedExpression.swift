import SwiftSyntax

/// An operator sequence (`SequenceExprSyntax`, which SwiftParser leaves flat)
/// folded into a tree by Swift's standard precedence groups.
indirect enum FoldedExpression {
  /// An operand.
  case operand(ExprSyntax)
  /// `lhs op rhs`; `node` is the operator, for positions.
  case binary(op: String, node: ExprSyntax, lhs: FoldedExpression, rhs: FoldedExpression)
  /// `condition ? then : otherwise`.
  case ternary(
    condition: FoldedExpression, then: ExprSyntax, otherwise: FoldedExpression, node: ExprSyntax)

  /// The first syntax node of the expression, for positions.
  var firstNode: ExprSyntax {
    switch self {
    case .operand(let e): e
    case .binary(_, _, let lhs, _): lhs.firstNode
    case .ternary(let condition, _, _, _): condition.firstNode
    }
  }
}

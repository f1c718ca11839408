import SwiftSyntax

/// Syntactic helpers for assignment statements.
enum Statement {
  /// The compound assignment operators examples support (`%=`, like `%`, only on `Int`).
  static let compoundOperators: Set<String> = ["+=", "-=", "*=", "/=", "%="]

  /// Every compound assignment operator of Swift's standard library: a statement with one is
  /// an assignment (it poisons its target when it fails), even where examples do not support
  /// the operator.
  static let assignmentOperators: Set<String> = compoundOperators.union([
    "<<=", ">>=", "&=", "|=", "^=", "&+=", "&-=", "&*=", "&<<=", "&>>=",
  ])

  /// The index of the first assignment operator in a sequence, if any.
  static func assignmentOperatorIndex(in sequence: SequenceExprSyntax) -> Int? {
    for (index, element) in sequence.elements.enumerated() {
      if element.is(AssignmentExprSyntax.self) { return index }
      if let op = element.as(BinaryOperatorExprSyntax.self),
        assignmentOperators.contains(op.operator.text)
      {
        return index
      }
    }
    return nil
  }

  /// The expression being assigned to, if the sequence is an assignment.
  static func assignmentTarget(of sequence: SequenceExprSyntax) -> ExprSyntax? {
    guard let index = assignmentOperatorIndex(in: sequence), index >= 1 else { return nil }
    return sequence.elements.first
  }

  /// The variable an assignment target changes: `x` for `x` and `x[2]`.
  static func rootName(of target: ExprSyntax) -> String? {
    if let reference = target.as(DeclReferenceExprSyntax.self) {
      return reference.baseName.text
    }
    if let subscriptCall = target.as(SubscriptCallExprSyntax.self) {
      return rootName(of: subscriptCall.calledExpression)
    }
    return nil
  }
}

import LitmusMath
import SwiftSyntax

extension Interpreter {
  /// `x = e`, `x += e` (also `-=`, `*=`, `/=`, `%=`), `v[i] -= e`, `m[r, c] = e`,
  /// on names declared with `var`.
  ///
  /// `x = e` on a poisoned `x` (its statement failed) gives `x` a value again when `e` does
  /// not read `x`; it takes the declared type when the failed declaration had an annotation.
  /// Compound and subscript assignments read `x`, so they report the dependency.
  func assign(_ sequence: SequenceExprSyntax) throws(EvaluationError) {
    let elements = Array(sequence.elements)
    guard let opIndex = Statement.assignmentOperatorIndex(in: sequence), opIndex == 1,
      elements.count > 2
    else {
      throw .unsupported("this assignment", at: location(sequence))
    }
    let target = elements[0]
    let opNode = elements[1]
    let op = opNode.as(BinaryOperatorExprSyntax.self)?.operator.text ?? "="
    if op != "=", !Statement.compoundOperators.contains(op) {
      throw EvaluationError(
        "operator `\(op)` is not supported in examples", at: location(opNode), kind: .unsupported)
    }
    var folding = OperatorFolding(context: context, maximumDepth: limits.maximumDepth)
    let valueExpression = try folding.fold(Array(elements[2...]))

    if target.is(DiscardAssignmentExprSyntax.self) {
      guard op == "=" else {
        throw .unsupported("compound assignment to `_`", at: location(opNode))
      }
      _ = try evaluate(valueExpression, hint: nil)
      return
    }
    let name: String
    let subscriptCall: SubscriptCallExprSyntax?
    if let reference = target.as(DeclReferenceExprSyntax.self) {
      name = reference.baseName.text
      subscriptCall = nil
    } else if let call = target.as(SubscriptCallExprSyntax.self),
      let reference = call.calledExpression.as(DeclReferenceExprSyntax.self)
    {
      name = reference.baseName.text
      subscriptCall = call
    } else {
      throw .unsupported("assigning to `\(target.trimmedDescription)`", at: location(target))
    }
    guard let binding = environment[name] else { throw unknownName(name, at: target) }
    guard let current = binding.value else {
      guard op == "=", subscriptCall == nil, binding.isMutable else {
        throw .dependency(name, line: binding.failedAtLine ?? 0, at: location(target))
      }
      try reassignPoisoned(name, type: binding.type, to: valueExpression, at: target)
      return
    }
    guard binding.isMutable else { throw .assignToLet(name, at: location(target)) }

    guard let subscriptCall else {
      let rhs = try evaluate(valueExpression, hint: current.type)
      let new = op == "=" ? rhs : try compound(op, current, rhs, at: opNode)
      guard new.type == current.type else {
        if op == "=" {
          throw .cannotAssign(rhs.type, to: current.type, at: location(valueExpression.firstNode))
        }
        throw .binaryOperator(op, current.type, rhs.type, at: location(opNode))
      }
      try checkRetained(new, replacing: name, at: target)
      environment[name]?.value = new
      return
    }
    let indices = try subscriptIndices(subscriptCall)
    let old = try element(of: current, at: indices, node: subscriptCall)
    let rhs = try evaluate(valueExpression, hint: old.type)
    let new = op == "=" ? rhs : try compound(op, old, rhs, at: opNode)
    guard new.type == old.type else {
      throw .cannotAssign(rhs.type, to: old.type, at: location(valueExpression.firstNode))
    }
    let updated: Value
    switch (current, new) {
    case (.vector(var v), .double(let x)):
      try math(at: subscriptCall) { () throws(MathError) in
        try Checked.setElement(&v, at: indices[0], to: x)
      }
      updated = .vector(v)
    case (.matrix(var m), .double(let x)):
      try math(at: subscriptCall) { () throws(MathError) in
        try Checked.setElement(&m, row: indices[0], column: indices[1], to: x)
      }
      updated = .matrix(m)
    case (.intArray(var a), .int(let n)):
      a[indices[0]] = n
      updated = .intArray(a)
    case (.doubleArray(var a), .double(let x)):
      a[indices[0]] = x
      updated = .doubleArray(a)
    default:
      throw .subscriptShape(current.type, count: indices.count, at: location(subscriptCall))
    }
    environment[name]?.value = updated
  }

  /// `x = e` where `x` is a poisoned `var`: binds `x` afresh (a read of `x` in `e` still
  /// reports the dependency).
  private func reassignPoisoned(
    _ name: String, type: ValueType?, to valueExpression: FoldedExpression,
    at target: ExprSyntax
  ) throws(EvaluationError) {
    let value = try evaluate(valueExpression, hint: type)
    if let type, value.type != type {
      throw .cannotAssign(value.type, to: type, at: location(valueExpression.firstNode))
    }
    if case .closure = value {
      throw .closureNeedsContext(at: location(valueExpression.firstNode))
    }
    try checkSize(value, at: target)
    try checkRetained(value, replacing: name, at: target)
    environment.bind(name, to: value, mutable: true)
  }

  /// `a op= b` computed as `a op b`, with Swift's message naming `op=`.
  private func compound(_ op: String, _ a: Value, _ b: Value, at node: ExprSyntax)
    throws(EvaluationError) -> Value
  {
    do throws(EvaluationError) {
      return try arithmetic(String(op.dropLast()), a, b, at: node)
    } catch  where error.kind == .type {
      if op == "%=", a.type == .double, b.type == .double {
        throw .remainderOnDouble(op, at: location(node))
      }
      throw .binaryOperator(op, a.type, b.type, at: location(node))
    }
  }
}

import LitmusMath
import SwiftSyntax

/// Operands that Swift compiles but a run does not evaluate: the branch of `c ? a : b` that is
/// not taken, and the right side of `&&` and `||` when the left side decides.
///
/// The rule: such an operand is *type-checked* as the compiler would, but its value never
/// counts. It is evaluated speculatively (``Interpreter/speculativeType(_:)``): its value is
/// thrown away, the floating-point warnings it raises are discarded, and so are the errors
/// that only a run would meet (kinds `math`, `limit`, `runtime`, `dependency`), so that
/// `v.isEmpty ? 0 : v.max()` is `0` and says nothing about an empty vector. Errors Swift
/// reports at compile time (kinds `syntax`, `unknownName`, `labels`, `type`, `unsupported`,
/// `assignment`) are reported as if the operand had run: `false && v.summ() > 0` is an
/// unknown member. It runs under the same deadline and element limits as the statement (and
/// not at all once the deadline has passed), so it costs at most what evaluating the operand
/// would, within the note's time budget.
///
/// A library call that fails at run time while speculating stands in for its result with a
/// placeholder of its declared result type (``Overload/result``), so `v.isEmpty ? 0 : v.max()`
/// is a `Double` even for an empty `v`, and checking goes on past it. Limitation: other
/// run-time failures (an integer overflow, a name whose statement failed) stop it; the operand's
/// type is then unknown, a compile-time error after that point goes unreported and a literal in
/// the other branch keeps its own type.
extension Interpreter {
  /// Evaluates `condition ? then : otherwise` with Swift's typing: both branches are
  /// type-checked and must have one type, a literal branch adapting to the other one's type
  /// (`true ? 3 : 0.5` is `3.0`); mismatching types are an error. Only the chosen branch runs.
  func ternary(
    condition: FoldedExpression, then: FoldedExpression, otherwise: FoldedExpression,
    node: some SyntaxProtocol, hint: ValueType?
  ) throws(EvaluationError) -> Value {
    let flag = try evaluate(condition, hint: .bool)
    guard case .bool(let isTrue) = flag else {
      throw .conditionNotBool(flag.type, at: location(condition.firstNode))
    }
    let (chosen, other) = isTrue ? (then, otherwise) : (otherwise, then)
    let chosenIsLiteral = Literals.isContextual(chosen)
    let otherIsLiteral = Literals.isContextual(other)
    var value: Value
    let otherType: ValueType?
    if chosenIsLiteral {
      // The literal takes its type from the other branch, so check that one first.
      otherType = try speculativeType { () throws(EvaluationError) in
        try evaluate(other, hint: hint)
      }
      var chosenHint = hint
      if hint == nil, !otherIsLiteral, let otherType, otherType.makesIntegerLiteralsDouble {
        chosenHint = otherType
      }
      value = try evaluate(chosen, hint: chosenHint)
    } else {
      do throws(EvaluationError) {
        value = try evaluate(chosen, hint: hint)
      } catch  where !Interpreter.isCompileTime(error.kind) {
        // A compile-time error in the other branch comes before a run-time one here.
        _ = try speculativeType { () throws(EvaluationError) in try evaluate(other, hint: hint) }
        throw error
      }
      let otherHint = hint ?? (otherIsLiteral ? value.type : nil)
      otherType = try speculativeType { () throws(EvaluationError) in
        try evaluate(other, hint: otherHint)
      }
    }
    guard let otherType, value.type != otherType else { return value }
    if chosenIsLiteral, let wanted = Interpreter.literalType(value.type, beside: otherType) {
      value = try evaluate(chosen, hint: wanted)
      if value.type == otherType { return value }
    }
    if otherIsLiteral, Interpreter.literalType(otherType, beside: value.type) == value.type {
      return value
    }
    let (thenType, elseType) = isTrue ? (value.type, otherType) : (otherType, value.type)
    throw .ternaryMismatch(thenType, elseType, at: location(node))
  }

  /// Evaluates an operand only to type-check it (see the rule above).
  /// - Parameter body: Evaluates the operand.
  /// - Returns: The operand's type, or `nil` when a run-time error stopped it first.
  /// - Throws: The compile-time errors the operand has.
  func speculativeType(_ body: () throws(EvaluationError) -> Value) throws(EvaluationError)
    -> ValueType?
  {
    // Past the deadline nothing is checked: a library call could otherwise run long after it.
    guard CPUClock.now < deadline else { return nil }
    let wasSpeculating = isSpeculating
    isSpeculating = true
    defer { isSpeculating = wasSpeculating }
    let outcome = FloatingPointWarnings.discarding { () -> Result<Value, EvaluationError> in
      do throws(EvaluationError) {
        return .success(try body())
      } catch {
        return .failure(error)
      }
    }
    switch outcome {
    case .success(let value):
      return value.type
    case .failure(let error):
      if Interpreter.isCompileTime(error.kind) { throw error }
      return nil
    }
  }

  /// Whether Swift reports errors of this kind when compiling (they are reported for
  /// operands that do not run) rather than when running.
  static func isCompileTime(_ kind: EvaluationErrorKind) -> Bool {
    switch kind {
    case .syntax, .unknownName, .labels, .type, .unsupported, .assignment: true
    case .math, .limit, .runtime, .dependency: false
    }
  }
}

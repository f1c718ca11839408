import LitmusMath
import SwiftSyntax

extension Interpreter {
  /// Evaluates `lhs op rhs` with Swift's typing: integer literals become
  /// `Double` next to a `Double`, `Vector` or `Matrix`; other mixed types are
  /// Swift's "binary operator cannot be applied" error.
  func binary(
    _ op: String, node: ExprSyntax, lhs: FoldedExpression, rhs: FoldedExpression,
    hint: ValueType?
  ) throws(EvaluationError) -> Value {
    switch op {
    case "&&", "||":
      let left = try evaluate(lhs, hint: .bool)
      guard case .bool(let a) = left else {
        throw .binaryOperator(op, left.type, .bool, at: location(node))
      }
      if (op == "&&" && !a) || (op == "||" && a) {
        // Not evaluated, but type-checked as Swift does (Interpreter+Branches.swift).
        let rightType = try speculativeType { () throws(EvaluationError) in
          try evaluate(rhs, hint: .bool)
        }
        if let rightType, rightType != .bool {
          throw .binaryOperator(op, .bool, rightType, at: location(node))
        }
        return .bool(a)
      }
      let right = try evaluate(rhs, hint: .bool)
      guard case .bool(let b) = right else {
        throw .binaryOperator(op, .bool, right.type, at: location(node))
      }
      return .bool(b)
    case "...", "..<":
      let operandHint: ValueType? = hint == .doubleRange ? .double : nil
      let (a, b) = try operands(lhs, rhs, hint: operandHint)
      return try range(op, a, b, at: node)
    case "==", "!=", "<", "<=", ">", ">=":
      let (a, b) = try operands(lhs, rhs, hint: nil)
      return try compare(op, a, b, at: node)
    default:
      let operandHint: ValueType? =
        switch hint {
        case .int, .double, .vector, .matrix, .string: hint
        default: nil
        }
      let (a, b) = try operands(lhs, rhs, hint: operandHint)
      return try arithmetic(op, a, b, at: node)
    }
  }

  /// Evaluates both operands, then gives a context-typed operand (an integer
  /// or array literal) the type the other operand asks for.
  private func operands(_ lhs: FoldedExpression, _ rhs: FoldedExpression, hint: ValueType?)
    throws(EvaluationError) -> (Value, Value)
  {
    let lhsIsContextual = Literals.isContextual(lhs)
    let rhsIsContextual = Literals.isContextual(rhs)
    if lhsIsContextual, !rhsIsContextual {
      let b = try evaluate(rhs, hint: hint)
      return (try evaluate(lhs, hint: hint ?? b.type), b)
    }
    if rhsIsContextual, !lhsIsContextual {
      let a = try evaluate(lhs, hint: hint)
      return (a, try evaluate(rhs, hint: hint ?? a.type))
    }
    var a = try evaluate(lhs, hint: hint)
    var b = try evaluate(rhs, hint: hint)
    if a.type != b.type {
      if Literals.isContextual(lhs), let wanted = Interpreter.literalType(a.type, beside: b.type) {
        a = try evaluate(lhs, hint: wanted)
      } else if Literals.isContextual(rhs),
        let wanted = Interpreter.literalType(b.type, beside: a.type)
      {
        b = try evaluate(rhs, hint: wanted)
      }
    }
    return (a, b)
  }

  /// The type a literal of type `literal` takes next to a value of type `other`, if it changes.
  static func literalType(_ literal: ValueType, beside other: ValueType) -> ValueType? {
    switch (literal, other) {
    case (.int, .double), (.int, .vector), (.int, .matrix): .double
    case (.intArray, .vector), (.doubleArray, .vector): .vector
    case (.intArray, .doubleArray): .doubleArray
    default: nil
    }
  }

  /// `a op b` for already evaluated operands (also used by compound assignment).
  func arithmetic(_ op: String, _ a: Value, _ b: Value, at node: some SyntaxProtocol)
    throws(EvaluationError) -> Value
  {
    let at = location(node)
    switch (a, b) {
    case (.int(let x), .int(let y)):
      return .int(try integerArithmetic(op, x, y, at: at))
    case (.double(let x), .double(let y)):
      return .double(try doubleArithmetic(op, x, y, at: at))
    case (.string(let x), .string(let y)) where op == "+":
      return .string(x + y)
    default:
      break
    }
    let result: Value? = try math(at: node) { () throws(MathError) -> Value? in
      switch (op, a, b) {
      case ("+", .vector(let x), .vector(let y)): .vector(try Checked.add(x, y))
      case ("+", .vector(let x), .double(let y)): .vector(try Checked.add(x, y))
      case ("+", .double(let x), .vector(let y)): .vector(try Checked.add(x, y))
      case ("+", .matrix(let x), .matrix(let y)): .matrix(try Checked.add(x, y))
      case ("+", .matrix(let x), .double(let y)): .matrix(try Checked.add(x, y))
      case ("+", .double(let x), .matrix(let y)): .matrix(try Checked.add(x, y))
      case ("+", .matrix(let x), .vector(let y)): .matrix(try Checked.add(x, y))
      case ("-", .vector(let x), .vector(let y)): .vector(try Checked.subtract(x, y))
      case ("-", .vector(let x), .double(let y)): .vector(try Checked.subtract(x, y))
      case ("-", .double(let x), .vector(let y)): .vector(try Checked.subtract(x, y))
      case ("-", .matrix(let x), .matrix(let y)): .matrix(try Checked.subtract(x, y))
      case ("-", .matrix(let x), .double(let y)): .matrix(try Checked.subtract(x, y))
      case ("-", .double(let x), .matrix(let y)): .matrix(try Checked.subtract(x, y))
      case ("-", .matrix(let x), .vector(let y)): .matrix(try Checked.subtract(x, y))
      case ("*", .vector(let x), .vector(let y)): .vector(try Checked.multiply(x, y))
      case ("*", .vector(let x), .double(let y)): .vector(try Checked.multiply(x, y))
      case ("*", .double(let x), .vector(let y)): .vector(try Checked.multiply(x, y))
      case ("*", .matrix(let x), .matrix(let y)): .matrix(try Checked.multiply(x, y))
      case ("*", .matrix(let x), .double(let y)): .matrix(try Checked.multiply(x, y))
      case ("*", .double(let x), .matrix(let y)): .matrix(try Checked.multiply(x, y))
      case ("*", .matrix(let x), .vector(let y)): .matrix(try Checked.multiply(x, y))
      case ("/", .vector(let x), .vector(let y)): .vector(try Checked.divide(x, y))
      case ("/", .vector(let x), .double(let y)): .vector(try Checked.divide(x, y))
      case ("/", .double(let x), .vector(let y)): .vector(try Checked.divide(x, y))
      case ("/", .matrix(let x), .matrix(let y)): .matrix(try Checked.divide(x, y))
      case ("/", .matrix(let x), .double(let y)): .matrix(try Checked.divide(x, y))
      case ("/", .double(let x), .matrix(let y)): .matrix(try Checked.divide(x, y))
      case ("/", .matrix(let x), .vector(let y)): .matrix(try Checked.divide(x, y))
      default: nil
      }
    }
    guard let result else {
      if op == "%", a.type == .double, b.type == .double {
        throw .remainderOnDouble(at: at)
      }
      throw .binaryOperator(op, a.type, b.type, at: at)
    }
    return result
  }

  /// Swift's `Int` arithmetic, with its traps turned into errors.
  private func integerArithmetic(_ op: String, _ x: Int, _ y: Int, at: SourceLocation)
    throws(EvaluationError) -> Int
  {
    let (result, overflow): (Int, Bool)
    switch op {
    case "+": (result, overflow) = x.addingReportingOverflow(y)
    case "-": (result, overflow) = x.subtractingReportingOverflow(y)
    case "*": (result, overflow) = x.multipliedReportingOverflow(by: y)
    case "/", "%":
      guard y != 0 else { throw .integerDivisionByZero(op, at: at) }
      (result, overflow) =
        op == "/" ? x.dividedReportingOverflow(by: y) : x.remainderReportingOverflow(dividingBy: y)
    default:
      throw .binaryOperator(op, .int, .int, at: at)
    }
    if overflow { throw .integerOverflow(op, at: at) }
    return result
  }

  /// `Double` arithmetic, reporting overflow, invalid values and division by
  /// zero like LitmusMath does for its own operations.
  private func doubleArithmetic(_ op: String, _ x: Double, _ y: Double, at: SourceLocation)
    throws(EvaluationError) -> Double
  {
    let result: Double
    let operation: String
    switch op {
    case "+": (result, operation) = (x + y, "add")
    case "-": (result, operation) = (x - y, "subtract")
    case "*": (result, operation) = (x * y, "multiply")
    case "/": (result, operation) = (x / y, "divide")
    case "%": throw .remainderOnDouble(at: at)
    default: throw .binaryOperator(op, .double, .double, at: at)
    }
    FloatingPointWarnings.check(operation: operation, inputs: [x, y], result: result)
    return result
  }

  /// Comparisons of scalars, strings, Bools, and equality of vectors and matrices.
  private func compare(_ op: String, _ a: Value, _ b: Value, at node: some SyntaxProtocol)
    throws(EvaluationError) -> Value
  {
    func ordered<T: Comparable>(_ x: T, _ y: T) -> Bool? {
      switch op {
      case "==": x == y
      case "!=": x != y
      case "<": x < y
      case "<=": x <= y
      case ">": x > y
      case ">=": x >= y
      default: nil
      }
    }
    func equal<T: Equatable>(_ x: T, _ y: T) -> Bool? {
      switch op {
      case "==": x == y
      case "!=": x != y
      default: nil
      }
    }
    let result: Bool? =
      switch (a, b) {
      case (.int(let x), .int(let y)): ordered(x, y)
      case (.double(let x), .double(let y)): ordered(x, y)
      case (.string(let x), .string(let y)): ordered(x, y)
      case (.bool(let x), .bool(let y)): equal(x, y)
      case (.vector(let x), .vector(let y)): equal(x, y)
      case (.matrix(let x), .matrix(let y)): equal(x, y)
      case (.intArray(let x), .intArray(let y)): equal(x, y)
      case (.doubleArray(let x), .doubleArray(let y)): equal(x, y)
      default: nil
      }
    guard let result else { throw .binaryOperator(op, a.type, b.type, at: location(node)) }
    return .bool(result)
  }

  /// `a...b` and `a..<b`.
  private func range(_ op: String, _ a: Value, _ b: Value, at node: some SyntaxProtocol)
    throws(EvaluationError) -> Value
  {
    switch (op, a, b) {
    case ("...", .double(let x), .double(let y)):
      return .doubleRange(
        try math(at: node) { () throws(MathError) in try Checked.closedRange(x, y) })
    case ("...", .int(let x), .int(let y)):
      guard x <= y else { throw .badRange(String(x), String(y), at: location(node)) }
      return .intClosedRange(x...y)
    case ("..<", .int(let x), .int(let y)):
      guard x <= y else { throw .badRange(String(x), String(y), at: location(node)) }
      return .intRange(x..<y)
    default:
      throw .binaryOperator(op, a.type, b.type, at: location(node))
    }
  }

  /// Runs a LitmusMath `Checked` call and turns its `MathError` into a
  /// positioned error (a limit error for too many elements).
  func math<T>(at node: some SyntaxProtocol, _ body: () throws(MathError) -> T)
    throws(EvaluationError) -> T
  {
    do {
      return try body()
    } catch {
      throw EvaluationError.math(error, at: location(node))
    }
  }
}

import LitmusMath
import SwiftSyntax

/// The arguments of a resolved call, already of the overload's parameter
/// types, with what the implementation needs to report errors and call closures.
struct CallArguments {
  /// One value per parameter; `nil` where a defaulted parameter was omitted.
  var values: [Value?]
  /// The value a method is called on.
  var receiver: Value?
  /// The call, for positions.
  var node: Syntax
  /// The interpreter, to call example closures.
  var interpreter: Interpreter

  private func mismatch(_ index: Int, _ expected: ValueType) -> EvaluationError {
    let found = index < values.count ? values[index]?.type.swiftName ?? "nothing" : "nothing"
    return EvaluationError(
      "internal error: argument \(index + 1) is \(found), not \(expected.swiftName)",
      at: interpreter.location(node), kind: .type)
  }

  private func value(_ index: Int) -> Value? {
    index < values.count ? values[index] : nil
  }

  /// Whether the argument at `index` was given.
  func has(_ index: Int) -> Bool { value(index) != nil }

  /// The `Vector` argument at `index`.
  func vector(_ index: Int) throws -> Vector {
    guard case .vector(let v) = value(index) else { throw mismatch(index, .vector) }
    return v
  }

  /// The `Matrix` argument at `index`.
  func matrix(_ index: Int) throws -> Matrix {
    guard case .matrix(let m) = value(index) else { throw mismatch(index, .matrix) }
    return m
  }

  /// The `Double` argument at `index`, or `fallback` when omitted.
  func double(_ index: Int, default fallback: Double? = nil) throws -> Double {
    if case .double(let x) = value(index) { return x }
    if value(index) == nil, let fallback { return fallback }
    throw mismatch(index, .double)
  }

  /// The `Int` argument at `index`.
  func int(_ index: Int) throws -> Int {
    guard case .int(let n) = value(index) else { throw mismatch(index, .int) }
    return n
  }

  /// The `[Int]` argument at `index`.
  func ints(_ index: Int) throws -> [Int] {
    guard case .intArray(let a) = value(index) else { throw mismatch(index, .intArray) }
    return a
  }

  /// The `[Double]` argument at `index`.
  func doubles(_ index: Int) throws -> [Double] {
    guard case .doubleArray(let a) = value(index) else { throw mismatch(index, .doubleArray) }
    return a
  }

  /// The `ClosedRange<Double>` argument at `index`.
  func range(_ index: Int) throws -> ClosedRange<Double> {
    guard case .doubleRange(let r) = value(index) else { throw mismatch(index, .doubleRange) }
    return r
  }

  /// The receiver of a method call on a `TwoLayerNetwork`.
  func network() throws -> TwoLayerNetwork {
    guard case .network(let net) = receiver else { throw mismatch(-1, .network) }
    return net
  }

  /// The `Vector` receiver of a method call.
  func receiverVector() throws -> Vector {
    guard case .vector(let v) = receiver else { throw mismatch(-1, .vector) }
    return v
  }

  /// The `Matrix` receiver of a method call.
  func receiverMatrix() throws -> Matrix {
    guard case .matrix(let m) = receiver else { throw mismatch(-1, .matrix) }
    return m
  }

  /// Wraps the example closure at `index` as a Swift function from `Vector`
  /// to `Double` for LitmusMath and calls `body` with it; an error inside the
  /// closure stops the call and propagates, positioned inside the closure.
  func withVectorFunction<T>(_ index: Int, _ body: ((Vector) throws -> Double) throws -> T)
    throws -> T
  {
    try withFunction(index, wrap: Value.vector, body)
  }

  /// Like ``withVectorFunction(_:_:)`` for closures over a `Matrix`.
  func withMatrixFunction<T>(_ index: Int, _ body: ((Matrix) throws -> Double) throws -> T)
    throws -> T
  {
    try withFunction(index, wrap: Value.matrix, body)
  }

  private func withFunction<Input, T>(
    _ index: Int, wrap: @escaping (Input) -> Value, _ body: ((Input) throws -> Double) throws -> T
  ) throws -> T {
    guard case .closure(let closure) = value(index) else { throw mismatch(index, .closure) }
    return try body { input in
      let output = try interpreter.callClosure(
        closure, with: [wrap(input)], at: node, resultHint: .double)
      guard case .double(let x) = output else {
        throw EvaluationError.closureResult(
          output.type, expected: .double, at: interpreter.location(node))
      }
      return x
    }
  }
}

extension CallArguments {
  /// Throws a limit error when a product of an `n×k` and a `k×m` matrix
  /// would take more multiply-adds than the limits allow.
  func checkWork(_ n: Int, _ k: Int, _ m: Int) throws {
    let (nk, overflow1) = n.multipliedReportingOverflow(by: k)
    let (work, overflow2) = nk.multipliedReportingOverflow(by: m)
    let limit = interpreter.limits.maximumWork
    if overflow1 || overflow2 || work > limit {
      throw EvaluationError.tooMuchWork(n, k, m, limit: limit, at: interpreter.location(node))
    }
  }
}

import LitmusMath

extension Value {
  /// A small value of `type`, standing in for the result of a call that failed while the
  /// interpreter only type-checks an operand that does not run; `nil` for types without one.
  /// - Parameter type: The call's result type.
  /// - Returns: The placeholder.
  static func placeholder(of type: ValueType) -> Value? {
    switch type {
    case .int: .int(0)
    case .double: .double(0)
    case .bool: .bool(false)
    case .string: .string("")
    case .vector: .vector(Vector([]))
    case .matrix: .matrix(Matrix(rows: 0, columns: 0, elements: []))
    case .intArray: .intArray([])
    case .doubleArray: .doubleArray([])
    case .stringArray: .stringArray([])
    case .doubleRange: .doubleRange(0...0)
    case .intClosedRange: .intClosedRange(0...0)
    case .intRange: .intRange(0..<0)
    case .network, .gradients, .closure, .figure: nil
    }
  }
}

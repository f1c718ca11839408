import LitmusMath

extension Value: Equatable {
  /// Whether two values are of the same kind and equal as Swift compares
  /// them (so NaN is not equal to itself); closures are never equal.
  /// - Parameters:
  ///   - lhs: A value.
  ///   - rhs: Another value.
  /// - Returns: Whether they are equal.
  public static func == (lhs: Value, rhs: Value) -> Bool {
    switch (lhs, rhs) {
    case (.int(let a), .int(let b)): a == b
    case (.double(let a), .double(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.string(let a), .string(let b)): a == b
    case (.vector(let a), .vector(let b)): a == b
    case (.matrix(let a), .matrix(let b)): a == b
    case (.intArray(let a), .intArray(let b)): a == b
    case (.doubleArray(let a), .doubleArray(let b)): a == b
    case (.stringArray(let a), .stringArray(let b)): a == b
    case (.figure(let a), .figure(let b)): a == b
    case (.doubleRange(let a), .doubleRange(let b)): a == b
    case (.intClosedRange(let a), .intClosedRange(let b)): a == b
    case (.intRange(let a), .intRange(let b)): a == b
    case (.network(let a), .network(let b)):
      a.w1 == b.w1 && a.b1 == b.b1 && a.w2 == b.w2 && a.b2 == b.b2
    case (.gradients(let a), .gradients(let b)):
      a.w1 == b.w1 && a.b1 == b.b1 && a.w2 == b.w2 && a.b2 == b.b2
    default: false
    }
  }
}

extension Value {
  /// The static type of the value.
  var type: ValueType {
    switch self {
    case .int: .int
    case .double: .double
    case .bool: .bool
    case .string: .string
    case .vector: .vector
    case .matrix: .matrix
    case .intArray: .intArray
    case .doubleArray: .doubleArray
    case .stringArray: .stringArray
    case .doubleRange: .doubleRange
    case .intClosedRange: .intClosedRange
    case .intRange: .intRange
    case .network: .network
    case .gradients: .gradients
    case .closure: .closure
    case .figure: .figure
    }
  }

  /// The number of scalars the value holds (1 for scalars), for limits.
  var elementCount: Int {
    switch self {
    case .vector(let v): v.count
    case .matrix(let m): m.rows * m.columns
    case .intArray(let a): a.count
    case .doubleArray(let a): a.count
    case .stringArray(let a): a.count
    default: 1
    }
  }

  /// A short description of the value's kind: "Vector of 3", "3×5 Matrix",
  /// "Int", "[Int] of 2", "TwoLayerNetwork".
  public var kindDescription: String {
    switch self {
    case .vector(let v): "Vector of \(v.count)"
    case .matrix(let m): "\(m.rows)×\(m.columns) Matrix"
    case .intArray(let a): "[Int] of \(a.count)"
    case .doubleArray(let a): "[Double] of \(a.count)"
    case .stringArray(let a): "[String] of \(a.count)"
    case .figure(let figure): figure.kindDescription
    default: type.swiftName
    }
  }
}

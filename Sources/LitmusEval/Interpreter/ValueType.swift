/// The static type of a ``Value``, used for overload resolution and as the
/// contextual type that literals take (`let v: Vector = [3, 3, 4]`).
enum ValueType: Hashable, Sendable {
  case int
  case double
  case bool
  case string
  case vector
  case matrix
  case intArray
  case doubleArray
  case stringArray
  case doubleRange
  case intClosedRange
  case intRange
  case network
  case gradients
  case closure
  case figure

  /// The type's name as Swift spells it.
  var swiftName: String {
    switch self {
    case .int: "Int"
    case .double: "Double"
    case .bool: "Bool"
    case .string: "String"
    case .vector: "Vector"
    case .matrix: "Matrix"
    case .intArray: "[Int]"
    case .doubleArray: "[Double]"
    case .stringArray: "[String]"
    case .doubleRange: "ClosedRange<Double>"
    case .intClosedRange: "ClosedRange<Int>"
    case .intRange: "Range<Int>"
    case .network: "TwoLayerNetwork"
    case .gradients: "TwoLayerGradients"
    case .closure: "closure"
    case .figure: "Figure"
    }
  }

  /// The type an annotation names, if examples support it.
  init?(annotation: String) {
    let compact = annotation.filter { !$0.isWhitespace }
    let table: [String: ValueType] = [
      "Int": .int, "Double": .double, "Bool": .bool, "String": .string,
      "Vector": .vector, "Matrix": .matrix, "[Int]": .intArray, "[Double]": .doubleArray,
      "Array<Int>": .intArray, "Array<Double>": .doubleArray,
      "ClosedRange<Double>": .doubleRange, "ClosedRange<Int>": .intClosedRange,
      "Range<Int>": .intRange, "TwoLayerNetwork": .network, "TwoLayerGradients": .gradients,
      "[String]": .stringArray, "Array<String>": .stringArray, "Figure": .figure,
    ]
    guard let type = table[compact] else { return nil }
    self = type
  }

  /// Whether an integer literal takes this type's scalar as `Double`.
  var makesIntegerLiteralsDouble: Bool {
    switch self {
    case .double, .vector, .matrix, .doubleArray, .doubleRange: true
    default: false
    }
  }
}

/// The type of a library function's parameter.
enum ParameterType: Sendable, Hashable {
  /// A value of one type.
  case value(ValueType)
  /// A closure from one value type to another (`(Vector) -> Double`).
  case closure(input: ValueType, output: ValueType)

  /// The contextual type an argument expression is evaluated with.
  var hint: ValueType {
    switch self {
    case .value(let type): type
    case .closure: .closure
    }
  }

  /// The type as Swift spells it.
  var swiftName: String {
    switch self {
    case .value(let type): type.swiftName
    case .closure(let input, let output): "(\(input.swiftName)) -> \(output.swiftName)"
    }
  }
}

/// The shape of a stated or computed value taken as a whole — a number, a
/// vector of 3, a 2×3 matrix, or rows of different lengths — so a shape mismatch
/// names both shapes in the same words.
enum ValueShape: Hashable, Sendable {
  /// Not a list: a number, a Bool, a string; the text says which.
  case scalar(String)
  /// A rectangular list: `[3]` a vector, `[2, 3]` a matrix, more for deeper nesting.
  case array([Int])
  /// A list whose items differ in shape: the first item's length and the first
  /// other length (`nil` for an item that is not a list).
  case ragged(Int?, Int?)

  /// The shape of a value, given how to see its items and name a scalar.
  /// - Parameters:
  ///   - value: The value.
  ///   - items: The items of a list, or `nil` for a scalar.
  ///   - scalar: The description of a scalar (`a number`).
  /// - Returns: The shape.
  static func of<Value>(
    _ value: Value, items: (Value) -> [Value]?, scalar: (Value) -> String
  ) -> ValueShape {
    guard let list = items(value) else { return .scalar(scalar(value)) }
    guard let first = list.first else { return .array([0]) }
    let firstShape = of(first, items: items, scalar: scalar)
    for item in list.dropFirst() {
      let shape = of(item, items: items, scalar: scalar)
      if shape != firstShape, !(firstShape.isScalar && shape.isScalar) {
        return .ragged(firstShape.length, shape.length)
      }
    }
    switch firstShape {
    case .scalar: return .array([list.count])
    case .array(let dimensions): return .array([list.count] + dimensions)
    case .ragged(let first, let other): return .ragged(first, other)
    }
  }

  /// Whether the shape is a scalar's.
  var isScalar: Bool {
    if case .scalar = self { return true }
    return false
  }

  /// The number of items of a list, `nil` for a scalar.
  private var length: Int? {
    switch self {
    case .scalar: return nil
    case .array(let dimensions): return dimensions.first
    case .ragged: return -1
    }
  }

  /// The shape in words: `a number`, `a vector of 3`, `an empty vector`,
  /// `a 2×3 matrix`, `a 2×2×2 array`, `rows of different lengths (2 and 1)`.
  var description: String {
    switch self {
    case .scalar(let text):
      return text
    case .array(let dimensions) where dimensions == [0]:
      return "an empty vector"
    case .array(let dimensions) where dimensions.count == 1:
      return "a vector of \(dimensions[0])"
    case .array(let dimensions) where dimensions.count == 2:
      return "a \(dimensions[0])×\(dimensions[1]) matrix"
    case .array(let dimensions):
      return "a " + dimensions.map(String.init).joined(separator: "×") + " array"
    case .ragged(let first?, let other?) where first >= 0 && other >= 0:
      return "rows of different lengths (\(first) and \(other))"
    case .ragged:
      return "a list whose items differ in shape"
    }
  }
}

/// The shape of a computed value as the judge sees it: numbers, Bools,
/// strings and nested lists.
///
/// The interpreter's values are translated into this form in one place
/// (`ComputedValue(_:)` on `LitmusEval.Value`), so the judging rules can be
/// read and tested without the interpreter.
public indirect enum ComputedValue: Hashable, Sendable {
  /// A floating-point number, judged by the digits the author wrote.
  case double(Double)
  /// An integer (a count, an index), compared exactly.
  case int(Int)
  /// A Bool, compared exactly.
  case bool(Bool)
  /// A string, compared exactly.
  case string(String)
  /// A vector, an array, or a matrix as a list of rows.
  case list([ComputedValue])
  /// A value that has no stated form (a closure, a network, a figure).
  case opaque(String)

  /// A short description of the value's shape for mismatch messages.
  public var shapeDescription: String {
    switch self {
    case .double, .int: return "a number"
    case .bool: return "a Bool"
    case .string: return "a string"
    case .opaque(let kind): return kind
    case .list(let items):
      if case .list(let first)? = items.first {
        return "a \(items.count)×\(first.count) matrix"
      }
      return "a vector of \(items.count)"
    }
  }
}

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

  /// The value's shape in words, e.g. "a vector of 3" or "a 2×3 matrix", for
  /// mismatch messages (the same words as ``StatedValue/shapeDescription``).
  public var shapeDescription: String { shape.description }

  /// The value's shape as a whole.
  var shape: ValueShape {
    ValueShape.of(
      self,
      items: {
        if case .list(let items) = $0 { return items }
        return nil
      },
      scalar: {
        switch $0 {
        case .double, .int, .list: return "a number"
        case .bool: return "a Bool"
        case .string: return "a string"
        case .opaque(let kind): return kind
        }
      })
  }
}

/// A value stated by an author: after `// =>` in an example block or after
/// ` => ` in an inline span.
///
/// Vectors and matrices may be written with commas (`[0.3, 0.4]`) or
/// numpy-style with spaces (`[0.3 0.4]`); rows of a matrix are nested
/// brackets.
public indirect enum StatedValue: Hashable, Sendable {
  /// A number, `nan`, `inf` or `-inf`.
  case number(StatedNumber)
  /// `true` or `false`.
  case bool(Bool)
  /// A quoted string, unescaped.
  case string(String)
  /// A bracketed list; nested lists are matrix rows.
  case list([StatedValue])

  /// Every number in the value, in reading order.
  public var numbers: [StatedNumber] {
    switch self {
    case .number(let number): return [number]
    case .bool, .string: return []
    case .list(let items): return items.flatMap(\.numbers)
    }
  }

  /// The value's shape in words, e.g. "a vector of 3" or "a 2×3 matrix", used
  /// in shape-mismatch messages (the same words as
  /// ``ComputedValue/shapeDescription``).
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
        case .bool: return "a Bool"
        case .string: return "a string"
        default: return "a number"
        }
      })
  }
}

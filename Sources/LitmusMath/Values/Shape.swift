/// The shape of a `Vector` or a `Matrix`, as error messages print it (`3`, `2×3`).
public enum Shape: Hashable, Sendable, CustomStringConvertible {
  /// A vector with this many elements.
  case vector(Int)
  /// A matrix with this many rows and columns.
  case matrix(rows: Int, columns: Int)

  /// The shape as messages print it: `3` for a vector, `2×3` for a matrix.
  public var description: String {
    switch self {
    case .vector(let count): return "\(count)"
    case .matrix(let rows, let columns): return "\(rows)×\(columns)"
    }
  }
}

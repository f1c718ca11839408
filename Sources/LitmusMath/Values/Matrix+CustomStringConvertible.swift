extension Matrix: CustomStringConvertible {
  /// The rows as nested brackets: `[[1.0, 2.0], [3.0, 4.0]]`.
  public var description: String {
    "[" + rowVectors.map(\.description).joined(separator: ", ") + "]"
  }
}

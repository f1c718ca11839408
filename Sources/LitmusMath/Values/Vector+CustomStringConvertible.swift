extension Vector: CustomStringConvertible {
  /// The elements in brackets, as Swift prints a `[Double]` (`[0.3, 0.3, 0.4]`), except that
  /// every NaN prints as `nan` (Swift prints a NaN with its sign bit set, such as 0/0 on
  /// x86, as `-nan`).
  public var description: String {
    "[" + elements.map { $0.isNaN ? "nan" : $0.description }.joined(separator: ", ") + "]"
  }
}

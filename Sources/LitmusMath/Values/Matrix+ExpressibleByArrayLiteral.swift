extension Matrix: ExpressibleByArrayLiteral {
  /// Creates a matrix from a nested array literal of rows: `let m: Matrix = [[1, 2], [3, 4]]`.
  ///
  /// Traps on ragged rows; `Checked.matrix(rows:)` throws instead.
  /// - Parameter rows: the rows, top to bottom.
  public init(arrayLiteral rows: [Double]...) {
    self.init(rows: rows)
  }
}

extension Checked {
  /// The dot product Σ aᵢbᵢ (the plain `dot(_:_:)`).
  /// - Parameter a: the first vector.
  /// - Parameter b: the second vector.
  /// - Returns: the dot product; 0 for empty vectors.
  /// - Throws: `MathError.shapeMismatch` when the counts differ.
  public static func dot(_ a: Vector, _ b: Vector) throws(MathError) -> Double {
    guard a.elements.count == b.elements.count else { throw .shapeMismatch(a.shape, b.shape) }
    return Kernels.dot(a.elements, b.elements)
  }

  /// The outer product a bᵀ (the plain `outer(_:_:)`).
  /// - Parameter a: the column factor.
  /// - Parameter b: the row factor.
  /// - Returns: an `a.count`×`b.count` matrix.
  /// - Throws: `MathError.tooManyMatrixElements` above the element limit.
  public static func outer(_ a: Vector, _ b: Vector) throws(MathError) -> Matrix {
    let rows = a.elements.count
    let columns = b.elements.count
    try MathLimits.check(rows: rows, columns: columns)
    var result = [Double](repeating: 0, count: rows * columns)
    for i in 0..<rows {
      for j in 0..<columns { result[i * columns + j] = a.elements[i] * b.elements[j] }
    }
    ElementwiseWarnings.binary(
      "multiply", result, lhs: { a.elements[$0 / columns] }, rhs: { b.elements[$0 % columns] })
    return Matrix(unchecked: rows, columns, result)
  }

  /// The matrix product a b (the plain `matmul(_:_:)`).
  /// - Parameter a: the left factor.
  /// - Parameter b: the right factor.
  /// - Returns: an `a.rows`×`b.columns` matrix.
  /// - Throws: `MathError.cannotMultiply` when `a.columns != b.rows`;
  ///   `.tooManyMatrixElements` above the element limit.
  public static func matmul(_ a: Matrix, _ b: Matrix) throws(MathError) -> Matrix {
    guard a.columns == b.rows else { throw .cannotMultiply(a.shape, b.shape) }
    try MathLimits.check(rows: a.rows, columns: b.columns)
    return Matrix(
      unchecked: a.rows, b.columns,
      Kernels.matmul(a.elements, b.elements, n: a.rows, k: a.columns, m: b.columns))
  }

  /// The matrix-vector product a v (the plain `matmul(_:_:)`).
  /// - Parameter a: the matrix.
  /// - Parameter v: the vector.
  /// - Returns: a vector of `a.rows` elements.
  /// - Throws: `MathError.cannotMultiply` when `v.count != a.columns`.
  public static func matmul(_ a: Matrix, _ v: Vector) throws(MathError) -> Vector {
    guard a.columns == v.elements.count else { throw .cannotMultiply(a.shape, v.shape) }
    return Vector(Kernels.matmul(a.elements, v.elements, n: a.rows, k: a.columns, m: 1))
  }
}

extension Checked {
  /// Central-difference gradient of `f` at `x` (the plain `numericalGradient(at:step:of:)`).
  /// - Parameter x: the point.
  /// - Parameter step: h (default 1e-5).
  /// - Parameter f: the scalar function; it may throw (an interpreter's closure).
  /// - Returns: the estimated gradient.
  /// - Throws: `MathError.invalidStep` when `step` is not positive and finite, or whatever
  ///   `f` throws.
  public static func numericalGradient(
    at x: Vector, step: Double = 1e-5, of f: (Vector) throws -> Double
  ) throws -> Vector {
    try checkStep(step)
    return Vector(try centralDifferences(x.elements, step: step) { try f(Vector($0)) })
  }

  /// Central-difference gradient of `f` at the matrix `x`.
  /// - Parameter x: the point.
  /// - Parameter step: h (default 1e-5).
  /// - Parameter f: the scalar function; it may throw.
  /// - Returns: the estimated gradient, the shape of `x`.
  /// - Throws: `MathError.invalidStep` when `step` is not positive and finite, or whatever
  ///   `f` throws.
  public static func numericalGradient(
    at x: Matrix, step: Double = 1e-5, of f: (Matrix) throws -> Double
  ) throws -> Matrix {
    try checkStep(step)
    let gradient = try centralDifferences(x.elements, step: step) {
      try f(Matrix(unchecked: x.rows, x.columns, $0))
    }
    return Matrix(unchecked: x.rows, x.columns, gradient)
  }

  /// max |aᵢ − bᵢ| / max(1e-8, |aᵢ| + |bᵢ|) (the plain `relativeError(_:_:)`).
  /// - Parameter a: the first vector.
  /// - Parameter b: the second vector.
  /// - Returns: the relative error; 0 for empty vectors, NaN if any element is NaN.
  /// - Throws: `MathError.shapeMismatch` when the counts differ.
  public static func relativeError(_ a: Vector, _ b: Vector) throws(MathError) -> Double {
    guard a.elements.count == b.elements.count else { throw .shapeMismatch(a.shape, b.shape) }
    return Kernels.relativeError(a.elements, b.elements)
  }

  /// The relative error of two matrices of equal shape.
  /// - Parameter a: the first matrix.
  /// - Parameter b: the second matrix.
  /// - Returns: the relative error; 0 for empty matrices, NaN if any element is NaN.
  /// - Throws: `MathError.shapeMismatch` when the shapes differ.
  public static func relativeError(_ a: Matrix, _ b: Matrix) throws(MathError) -> Double {
    guard a.rows == b.rows, a.columns == b.columns else { throw .shapeMismatch(a.shape, b.shape) }
    return Kernels.relativeError(a.elements, b.elements)
  }

  private static func checkStep(_ step: Double) throws(MathError) {
    guard step.isFinite, step > 0 else { throw .invalidStep(step) }
  }

  private static func centralDifferences(
    _ x: [Double], step: Double, _ f: ([Double]) throws -> Double
  ) rethrows -> [Double] {
    var point = x
    var gradient = [Double](repeating: 0, count: x.count)
    for index in x.indices {
      let original = point[index]
      point[index] = original + step
      let above = try f(point)
      point[index] = original - step
      let below = try f(point)
      point[index] = original
      gradient[index] = (above - below) / (2 * step)
    }
    return gradient
  }
}

extension Checked {
  /// The largest element of `v` (the plain `v.max()`); NaN if any element is NaN.
  /// - Parameter v: the vector.
  /// - Returns: the largest element.
  /// - Throws: `MathError.emptyVector` for an empty vector.
  public static func max(_ v: Vector) throws(MathError) -> Double {
    guard !v.elements.isEmpty else { throw .emptyVector(operation: "max") }
    return Kernels.max(v.elements)
  }

  /// The smallest element of `v` (the plain `v.min()`); NaN if any element is NaN.
  /// - Parameter v: the vector.
  /// - Returns: the smallest element.
  /// - Throws: `MathError.emptyVector` for an empty vector.
  public static func min(_ v: Vector) throws(MathError) -> Double {
    guard !v.elements.isEmpty else { throw .emptyVector(operation: "min") }
    return Kernels.min(v.elements)
  }

  /// The mean of `v` (the plain `v.mean()`); NaN if any element is NaN; finite for finite
  /// elements even where their sum overflows.
  /// - Parameter v: the vector.
  /// - Returns: the mean.
  /// - Throws: `MathError.emptyVector` for an empty vector.
  public static func mean(_ v: Vector) throws(MathError) -> Double {
    guard !v.elements.isEmpty else { throw .emptyVector(operation: "mean") }
    return Kernels.mean(v.elements)
  }

  /// The index of the largest element of `v` (first on ties, first NaN if any).
  /// - Parameter v: the vector.
  /// - Returns: an index in `0..<v.count`.
  /// - Throws: `MathError.emptyVector` for an empty vector.
  public static func argmax(_ v: Vector) throws(MathError) -> Int {
    guard !v.elements.isEmpty else { throw .emptyVector(operation: "argmax") }
    return Kernels.argmax(v.elements)
  }

  /// The index of the smallest element of `v` (first on ties, first NaN if any).
  /// - Parameter v: the vector.
  /// - Returns: an index in `0..<v.count`.
  /// - Throws: `MathError.emptyVector` for an empty vector.
  public static func argmin(_ v: Vector) throws(MathError) -> Int {
    guard !v.elements.isEmpty else { throw .emptyVector(operation: "argmin") }
    return Kernels.argmin(v.elements)
  }

  /// The largest element of `m`; NaN if any element is NaN.
  /// - Parameter m: the matrix.
  /// - Returns: the largest element.
  /// - Throws: `MathError.emptyMatrix` for a matrix without elements.
  public static func max(_ m: Matrix) throws(MathError) -> Double {
    guard !m.elements.isEmpty else { throw .emptyMatrix(operation: "max") }
    return Kernels.max(m.elements)
  }

  /// The smallest element of `m`; NaN if any element is NaN.
  /// - Parameter m: the matrix.
  /// - Returns: the smallest element.
  /// - Throws: `MathError.emptyMatrix` for a matrix without elements.
  public static func min(_ m: Matrix) throws(MathError) -> Double {
    guard !m.elements.isEmpty else { throw .emptyMatrix(operation: "min") }
    return Kernels.min(m.elements)
  }

  /// The mean of all elements of `m`; NaN if any element is NaN.
  /// - Parameter m: the matrix.
  /// - Returns: the mean.
  /// - Throws: `MathError.emptyMatrix` for a matrix without elements.
  public static func mean(_ m: Matrix) throws(MathError) -> Double {
    guard !m.elements.isEmpty else { throw .emptyMatrix(operation: "mean") }
    return Kernels.mean(m.elements)
  }
}

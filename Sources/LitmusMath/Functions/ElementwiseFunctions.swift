// Element-wise functions of vectors and matrices. There are deliberately no scalar
// `exp(_: Double)` / `log(_: Double)` here: they would clash with Foundation's in real Swift.

/// eˣ of every element. Reports "overflow in exp" when a finite element's result is +∞
/// (x > 709.78); NaN stays NaN, exp(−∞) = 0, exp(+∞) = +∞. Empty in, empty out.
/// - Parameter v: the vector.
/// - Returns: the element-wise exponential.
public func exp(_ v: Vector) -> Vector {
  Vector(Kernels.map("exp", v.elements, libmExp))
}

/// eˣ of every element of a matrix; see `exp(_: Vector)`.
/// - Parameter m: the matrix.
/// - Returns: the element-wise exponential.
public func exp(_ m: Matrix) -> Matrix {
  Matrix(unchecked: m.rows, m.columns, Kernels.map("exp", m.elements, libmExp))
}

/// The natural logarithm of every element. log(0) = −∞ reports "division by zero in log";
/// a negative element gives NaN and reports "invalid value in log" (numpy's naming); NaN stays
/// NaN, log(+∞) = +∞. Empty in, empty out.
/// - Parameter v: the vector.
/// - Returns: the element-wise logarithm.
public func log(_ v: Vector) -> Vector {
  Vector(Kernels.map("log", v.elements, libmLog))
}

/// The natural logarithm of every element of a matrix; see `log(_: Vector)`.
/// - Parameter m: the matrix.
/// - Returns: the element-wise logarithm.
public func log(_ m: Matrix) -> Matrix {
  Matrix(unchecked: m.rows, m.columns, Kernels.map("log", m.elements, libmLog))
}

/// The rectifier max(0, x) of every element; NaN stays NaN (like numpy's `maximum`).
/// - Parameter v: the vector.
/// - Returns: the element-wise rectifier.
public func relu(_ v: Vector) -> Vector {
  Vector(v.elements.map(rectify))
}

/// The rectifier max(0, x) of every element of a matrix; NaN stays NaN.
/// - Parameter m: the matrix.
/// - Returns: the element-wise rectifier.
public func relu(_ m: Matrix) -> Matrix {
  Matrix(unchecked: m.rows, m.columns, m.elements.map(rectify))
}

/// Every element limited to `range`, e.g. `clip(p, to: 1e-7...(1 - 1e-7))` before a log.
/// NaN stays NaN (like numpy's `clip`); ±∞ become the bounds.
/// - Parameter v: the vector.
/// - Parameter range: the closed interval to clip into.
/// - Returns: the clipped vector.
public func clip(_ v: Vector, to range: ClosedRange<Double>) -> Vector {
  Vector(v.elements.map { clamp($0, range) })
}

/// Every element of a matrix limited to `range`; see `clip(_: Vector, to:)`.
/// - Parameter m: the matrix.
/// - Parameter range: the closed interval to clip into.
/// - Returns: the clipped matrix.
public func clip(_ m: Matrix, to range: ClosedRange<Double>) -> Matrix {
  Matrix(unchecked: m.rows, m.columns, m.elements.map { clamp($0, range) })
}

private func rectify(_ x: Double) -> Double {
  x.isNaN || x > 0 ? x : 0
}

private func clamp(_ x: Double, _ range: ClosedRange<Double>) -> Double {
  if x.isNaN { return x }
  if x < range.lowerBound { return range.lowerBound }
  if x > range.upperBound { return range.upperBound }
  return x
}

/// The absolute value of every element, e.g. `abs(analytic - numeric).max()`. NaN stays NaN;
/// never warns.
/// - Parameter v: the vector.
/// - Returns: the element-wise absolute value.
public func abs(_ v: Vector) -> Vector {
  Vector(v.elements.map { Swift.abs($0) })
}

/// The absolute value of every element of a matrix; see `abs(_: Vector)`.
/// - Parameter m: the matrix.
/// - Returns: the element-wise absolute value.
public func abs(_ m: Matrix) -> Matrix {
  Matrix(unchecked: m.rows, m.columns, m.elements.map { Swift.abs($0) })
}

/// The square root of every element. A negative element gives NaN and reports
/// "invalid value in sqrt"; NaN stays NaN, sqrt(+∞) = +∞, sqrt(−0) = −0.
/// - Parameter v: the vector.
/// - Returns: the element-wise square root.
public func sqrt(_ v: Vector) -> Vector {
  Vector(Kernels.map("sqrt", v.elements) { $0.squareRoot() })
}

/// The square root of every element of a matrix; see `sqrt(_: Vector)`.
/// - Parameter m: the matrix.
/// - Returns: the element-wise square root.
public func sqrt(_ m: Matrix) -> Matrix {
  Matrix(unchecked: m.rows, m.columns, Kernels.map("sqrt", m.elements) { $0.squareRoot() })
}

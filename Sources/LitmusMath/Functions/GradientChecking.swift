/// The gradient of `f` at `x` by central differences: (f(x + h eᵢ) − f(x − h eᵢ)) / 2h for
/// each element. Costs 2 × `x.count` calls of `f`; a NaN or ±∞ from `f` shows up in the
/// entries whose differences used it; empty in, empty out. Traps when `step` is not positive
/// and finite.
///
/// ```swift
/// numericalGradient(at: z) { z in crossEntropy(logits: z, label: 2) }
/// ```
/// - Parameter x: the point.
/// - Parameter step: h, the half-width of each difference (default 1e-5).
/// - Parameter f: the scalar function.
/// - Returns: the estimated gradient, the shape of `x`.
public func numericalGradient(
  at x: Vector, step: Double = 1e-5, of f: (Vector) -> Double
) -> Vector {
  do {
    return try Checked.numericalGradient(at: x, step: step, of: f)
  } catch {
    fatalError("\(error)")
  }
}

/// The gradient of `f` at the matrix `x` by central differences, element by element; see
/// `numericalGradient(at: Vector, step:of:)`.
///
/// ```swift
/// numericalGradient(at: net.w1) { w in net.with(w1: w).loss(x, labels: y) }
/// ```
/// - Parameter x: the point.
/// - Parameter step: h, the half-width of each difference (default 1e-5).
/// - Parameter f: the scalar function.
/// - Returns: the estimated gradient, the shape of `x`.
public func numericalGradient(
  at x: Matrix, step: Double = 1e-5, of f: (Matrix) -> Double
) -> Matrix {
  do {
    return try Checked.numericalGradient(at: x, step: step, of: f)
  } catch {
    fatalError("\(error)")
  }
}

/// The largest element-wise relative error max |aᵢ − bᵢ| / max(1e-8, |aᵢ| + |bᵢ|) (CS231n's
/// `rel_error`): below 1e-7 means an analytic gradient agrees with a numerical one. NaN if any
/// element is NaN; 0 for empty vectors. Traps when the counts differ.
/// - Parameter a: the first vector.
/// - Parameter b: the second vector.
/// - Returns: the relative error.
public func relativeError(_ a: Vector, _ b: Vector) -> Double {
  trapping { () throws(MathError) in try Checked.relativeError(a, b) }
}

/// The largest element-wise relative error between two matrices of equal shape; see
/// `relativeError(_: Vector, _: Vector)`.
/// - Parameter a: the first matrix.
/// - Parameter b: the second matrix.
/// - Returns: the relative error.
public func relativeError(_ a: Matrix, _ b: Matrix) -> Double {
  trapping { () throws(MathError) in try Checked.relativeError(a, b) }
}

/// The relative error |a − b| / max(1e-8, |a| + |b|) of two numbers; NaN if either is NaN.
/// - Parameter a: the first number.
/// - Parameter b: the second number.
/// - Returns: the relative error.
public func relativeError(_ a: Double, _ b: Double) -> Double {
  Kernels.relativeError([a], [b])
}

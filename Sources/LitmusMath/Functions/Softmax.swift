/// The textbook softmax exp(xᵢ) / Σ exp(xⱼ), computed exactly as written so that it overflows
/// the way the notes teach: `naiveSoftmax([-10, -1, 1000])` is `[0, 0, nan]` and reports
/// "overflow in exp". Warnings come from its steps (`exp`, `sum`, `divide`); NaN propagates;
/// empty in, empty out. Use `softmax(_:)` for the stable version.
/// - Parameter v: the logits.
/// - Returns: the probabilities (or NaN where the formula breaks down).
public func naiveSoftmax(_ v: Vector) -> Vector {
  let e = Kernels.map("exp", v.elements, libmExp)
  let total = Kernels.sum(e)
  return Vector(Kernels.zip("divide", e, scalar: total, /))
}

/// The textbook softmax of each row of `m`; see `naiveSoftmax(_: Vector)`.
/// - Parameter m: one row of logits per example.
/// - Returns: one row of probabilities per example.
public func naiveSoftmax(_ m: Matrix) -> Matrix {
  let e = Kernels.map("exp", m.elements, libmExp)
  var result = [Double](repeating: 0, count: e.count)
  for r in 0..<m.rows {
    let range = r * m.columns..<(r + 1) * m.columns
    let row = Array(e[range])
    let total = Kernels.sum(row)
    result.replaceSubrange(range, with: Kernels.zip("divide", row, scalar: total, /))
  }
  return Matrix(unchecked: m.rows, m.columns, result)
}

/// The numerically stable softmax exp(xᵢ − m) / Σ exp(xⱼ − m) with m = max x: the same values
/// as the textbook formula wherever that one is finite, and never overflows:
/// `softmax([-10, -1, 1000])` is `[0, 0, 1]` with no warning.
///
/// NaN anywhere gives an all-NaN result; +∞ elements share the probability equally; all −∞
/// gives NaN (the limit is undefined); empty in, empty out. Shift-invariant:
/// `softmax(v + c) == softmax(v)`.
/// - Parameter v: the logits.
/// - Returns: probabilities that sum to 1.
public func softmax(_ v: Vector) -> Vector {
  Vector(Kernels.softmax(v.elements[...]))
}

/// The stable softmax of each row of `m`; see `softmax(_: Vector)`.
/// - Parameter m: one row of logits per example.
/// - Returns: one row of probabilities per example.
public func softmax(_ m: Matrix) -> Matrix {
  Matrix(unchecked: m.rows, m.columns, BatchKernels.softmaxRows(of: m))
}

/// log Σ exp(xᵢ), computed as m + log1p(Σ_{i≠k} exp(xᵢ − m)) with m = xₖ the maximum, so it
/// is finite for all finite input (`logSumExp([1000, 1000])` is 1000 + log 2) and keeps its
/// digits near 0 (`logSumExp([0, -40])` is 4.25e-18, where log Σ exp gives 0).
///
/// −∞ for an empty vector (the log of an empty sum) or all −∞; +∞ if an element is +∞; NaN if
/// an element is NaN.
/// - Parameter v: the logits.
/// - Returns: the log of the sum of exponentials.
public func logSumExp(_ v: Vector) -> Double {
  Kernels.logSumExp(v.elements[...])
}

/// `logSumExp` of each row of `m`; see `logSumExp(_: Vector)`.
/// - Parameter m: one row of logits per example.
/// - Returns: a vector with one value per row.
public func logSumExp(_ m: Matrix) -> Vector {
  Vector(
    (0..<m.rows).map { r in Kernels.logSumExp(m.elements[r * m.columns..<(r + 1) * m.columns]) })
}

/// The log of the softmax, xᵢ − logSumExp(x), computed as (xᵢ − m) − log1p(Σ_{j≠k}
/// exp(xⱼ − m)): finite for all finite input whenever the true value is representable, even
/// where `log(softmax(v))` gives −∞ because the softmax underflowed, and accurate near 0. NaN
/// propagates; +∞ elements get −log(number of +∞), the others −∞; empty in,
/// empty out. Reports "overflow in logSoftmax" only when the exact result is below
/// −`Double.greatestFiniteMagnitude` (a spread of more than ~1.8e308 between logits).
/// - Parameter v: the logits.
/// - Returns: the log-probabilities.
public func logSoftmax(_ v: Vector) -> Vector {
  let result = Kernels.logSoftmax(v.elements[...])
  ElementwiseWarnings.composite("logSoftmax", input: v.elements, output: result)
  return Vector(result)
}

/// The log-softmax of each row of `m`; see `logSoftmax(_: Vector)`.
/// - Parameter m: one row of logits per example.
/// - Returns: one row of log-probabilities per example.
public func logSoftmax(_ m: Matrix) -> Matrix {
  let result = rowWise(m, Kernels.logSoftmax)
  ElementwiseWarnings.composite("logSoftmax", input: m.elements, output: result)
  return Matrix(unchecked: m.rows, m.columns, result)
}

/// Applies a row kernel to every row of `m` and concatenates the results.
func rowWise(_ m: Matrix, _ kernel: (ArraySlice<Double>) -> [Double]) -> [Double] {
  var result: [Double] = []
  result.reserveCapacity(m.elements.count)
  for r in 0..<m.rows {
    result.append(contentsOf: kernel(m.elements[r * m.columns..<(r + 1) * m.columns]))
  }
  return result
}

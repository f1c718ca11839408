/// The dot product Σ aᵢbᵢ; 0 for empty vectors; NaN propagates. Traps when the counts differ
/// (`Checked.dot` throws). Reports "overflow in dot" when finite inputs overflow.
/// - Parameter a: the first vector.
/// - Parameter b: the second vector, with `a.count` elements.
/// - Returns: the dot product.
public func dot(_ a: Vector, _ b: Vector) -> Double {
  trapping { () throws(MathError) in try Checked.dot(a, b) }
}

/// The outer product a bᵀ: an `a.count`×`b.count` matrix with `[i, j] = a[i] * b[j]`.
/// NaN propagates; reports "overflow in multiply" when finite factors overflow; an empty factor
/// gives a matrix with no rows or no columns. Traps above `MathLimits.maximumElements`.
/// - Parameter a: the column factor.
/// - Parameter b: the row factor.
/// - Returns: the outer product.
public func outer(_ a: Vector, _ b: Vector) -> Matrix {
  trapping { () throws(MathError) in try Checked.outer(a, b) }
}

/// The matrix product a b (`n`×`k` times `k`×`m` is `n`×`m`). Traps with
/// "cannot multiply 2×3 by 2×3" when the inner dimensions differ. Reports "overflow in
/// matmul" (or "invalid value in matmul") when finite inputs give a non-finite entry. NaN
/// propagates; an inner dimension of 0 gives zeros.
/// - Parameter a: the left factor.
/// - Parameter b: the right factor, with `a.columns` rows.
/// - Returns: the product.
public func matmul(_ a: Matrix, _ b: Matrix) -> Matrix {
  trapping { () throws(MathError) in try Checked.matmul(a, b) }
}

/// The matrix-vector product a v: a vector of `a.rows` elements, with the same NaN and
/// warning rules as `matmul(_: Matrix, _: Matrix)`. Traps when `v.count != a.columns`.
/// - Parameter a: the matrix.
/// - Parameter v: the vector, with `a.columns` elements.
/// - Returns: the product.
public func matmul(_ a: Matrix, _ v: Vector) -> Vector {
  trapping { () throws(MathError) in try Checked.matmul(a, v) }
}

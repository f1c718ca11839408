extension Matrix {
  /// The sum of all elements; 0 for an empty matrix. NaN propagates; reports
  /// "overflow in sum" when finite elements overflow.
  /// - Returns: the sum.
  public func sum() -> Double {
    Kernels.sum(elements)
  }

  /// The largest element; NaN if any is NaN. Traps on an empty matrix.
  /// - Returns: the largest element.
  public func max() -> Double {
    trapping { () throws(MathError) in try Checked.max(self) }
  }

  /// The smallest element; NaN if any is NaN. Traps on an empty matrix.
  /// - Returns: the smallest element.
  public func min() -> Double {
    trapping { () throws(MathError) in try Checked.min(self) }
  }

  /// The mean of all elements; NaN if any is NaN. Traps on an empty matrix.
  /// - Returns: the mean.
  public func mean() -> Double {
    trapping { () throws(MathError) in try Checked.mean(self) }
  }

  /// The sums of each column (numpy's `m.sum(axis=0)`): a vector of `columns` elements, zeros
  /// for a matrix without rows.
  /// - Returns: the column sums.
  public func columnSums() -> Vector {
    var result = [Double](repeating: 0, count: columns)
    for r in 0..<rows {
      for c in 0..<columns { result[c] += elements[r * columns + c] }
    }
    return Vector(result)
  }

  /// The sums of each row (numpy's `m.sum(axis=1)`): a vector of `rows` elements.
  /// - Returns: the row sums.
  public func rowSums() -> Vector {
    Vector(
      (0..<rows).map { r in
        var total = 0.0
        for c in 0..<columns { total += elements[r * columns + c] }
        return total
      })
  }
}

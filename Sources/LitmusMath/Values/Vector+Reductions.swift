extension Vector {
  /// The sum of the elements; 0 for an empty vector.
  ///
  /// NaN if any element is NaN or the elements include both +∞ and −∞; reports
  /// "overflow in sum" when finite elements add up past `Double.greatestFiniteMagnitude`.
  /// - Returns: the sum.
  public func sum() -> Double {
    Kernels.sum(elements)
  }

  /// The largest element; NaN if any element is NaN (numpy's rule).
  ///
  /// Traps on an empty vector ("empty vector has no max"); `Checked.max(_:)` throws instead.
  /// - Returns: the largest element.
  public func max() -> Double {
    trapping { () throws(MathError) in try Checked.max(self) }
  }

  /// The smallest element; NaN if any element is NaN (numpy's rule).
  ///
  /// Traps on an empty vector ("empty vector has no min"); `Checked.min(_:)` throws instead.
  /// - Returns: the smallest element.
  public func min() -> Double {
    trapping { () throws(MathError) in try Checked.min(self) }
  }

  /// The arithmetic mean of the elements; NaN if any element is NaN.
  ///
  /// Traps on an empty vector ("empty vector has no mean"); `Checked.mean(_:)` throws instead.
  /// - Returns: the mean.
  public func mean() -> Double {
    trapping { () throws(MathError) in try Checked.mean(self) }
  }

  /// The index of the largest element (the first one on ties; the first NaN if there is one,
  /// like numpy).
  ///
  /// Traps on an empty vector ("empty vector has no argmax"); `Checked.argmax(_:)` throws
  /// instead.
  /// - Returns: an index in `0..<count`.
  public func argmax() -> Int {
    trapping { () throws(MathError) in try Checked.argmax(self) }
  }

  /// The index of the smallest element (the first one on ties; the first NaN if there is one,
  /// like numpy).
  ///
  /// Traps on an empty vector ("empty vector has no argmin"); `Checked.argmin(_:)` throws
  /// instead.
  /// - Returns: an index in `0..<count`.
  public func argmin() -> Int {
    trapping { () throws(MathError) in try Checked.argmin(self) }
  }
}

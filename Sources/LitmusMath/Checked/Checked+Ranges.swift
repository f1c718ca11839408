extension Checked {
  /// The closed range `lower...upper` (the plain `...` operator, which traps on bad bounds),
  /// for an interpreter building the argument of `clip(_:to:)`.
  /// - Parameter lower: the lower bound.
  /// - Parameter upper: the upper bound.
  /// - Returns: the range.
  /// - Throws: `MathError.invalidRange` when a bound is NaN or `lower > upper`.
  public static func closedRange(
    _ lower: Double, _ upper: Double
  ) throws(MathError) -> ClosedRange<Double> {
    guard !lower.isNaN, !upper.isNaN, lower <= upper else {
      throw .invalidRange(lower: lower, upper: upper)
    }
    return lower...upper
  }
}

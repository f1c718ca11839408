/// One sampled curve of a line plot: `y = f(x)` at increasing `x`.
///
/// Non-finite `y` values (NaN, ±∞) are kept: the curve has a gap there.
public struct Curve: Hashable, Sendable {
  /// The legend text, or `nil` for an unlabelled curve.
  public var label: String?
  /// The sample positions, increasing.
  public var xs: [Double]
  /// The function's value at each position (same count as `xs`).
  public var ys: [Double]

  /// Creates a curve from samples.
  /// - Parameters:
  ///   - label: The legend text (`nil`: none).
  ///   - xs: The sample positions, increasing.
  ///   - ys: The values, one per position; extra values on either side are ignored.
  public init(label: String?, xs: [Double], ys: [Double]) {
    let count = min(xs.count, ys.count)
    self.label = label
    self.xs = Array(xs.prefix(count))
    self.ys = Array(ys.prefix(count))
  }
}

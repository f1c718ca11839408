/// Chooses the band of values an axis shows.
enum ValueWindow {
  /// The band around the bulk of `values` that an axis should show: the
  /// finite values' extent, clipped to four interdecile spreads beyond the
  /// 10th and 90th percentiles when a few values shoot off (an asymptote);
  /// widened around a constant. `0...1` when no value is finite.
  static func window(_ values: [Double]) -> ClosedRange<Double> {
    let finite = values.filter(\.isFinite).sorted()
    guard let first = finite.first, let last = finite.last else { return 0...1 }
    var (lower, upper) = (first, last)
    if finite.count >= 20 {
      let low = finite[finite.count / 10]
      let high = finite[finite.count * 9 / 10]
      let spread = high - low
      if spread > 0 {
        lower = max(lower, low - 4 * spread)
        upper = min(upper, high + 4 * spread)
      }
    }
    return widened(lower...upper)
  }

  /// `range` itself, or a band around it when its bounds are equal:
  /// ±10 % of the value, or ±1 around 0.
  static func widened(_ range: ClosedRange<Double>) -> ClosedRange<Double> {
    guard range.lowerBound == range.upperBound else { return range }
    let value = range.lowerBound
    let pad = value == 0 ? 1 : abs(value) * 0.1
    return (value - pad)...(value + pad)
  }
}

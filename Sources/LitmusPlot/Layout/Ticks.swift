/// Axis ticks at round numbers: 1, 2 or 5 times a power of ten apart.
struct Ticks: Equatable {
  /// The tick values, increasing; each the double nearest to its decimal.
  var values: [Double]
  /// The step's leading digit: 1, 2 or 5.
  var digit: Int
  /// The step's power of ten.
  var exponent: Int

  /// The distance between ticks.
  var step: Double { Ticks.value(Double(digit), exponent: exponent) }

  /// About `target` ticks inside `range` (both ends included when round).
  /// - Parameters:
  ///   - range: Finite bounds, lower below upper.
  ///   - target: The number of ticks wanted (at least 2).
  init(inside range: ClosedRange<Double>, target: Int = 6) {
    (digit, exponent) = Ticks.niceStep(
      (range.upperBound - range.lowerBound) / Double(max(target - 1, 1)))
    values = []
    let (first, last) = Ticks.multiples(of: digit, exponent: exponent, in: range)
    if first <= last, last - first < 1_000 {
      var k = first
      while k <= last {
        values.append(Ticks.value(k * Double(digit), exponent: exponent))
        k += 1
      }
    }
  }

  /// The range widened outward to whole steps, with its ticks.
  /// - Parameters:
  ///   - range: Finite bounds, lower below upper.
  ///   - target: The number of ticks wanted.
  /// - Returns: The widened range and its ticks.
  static func covering(_ range: ClosedRange<Double>, target: Int = 6) -> (
    range: ClosedRange<Double>, ticks: Ticks
  ) {
    let (digit, exponent) = niceStep(
      (range.upperBound - range.lowerBound) / Double(max(target - 1, 1)))
    let step = value(Double(digit), exponent: exponent)
    let lower = value((range.lowerBound / step).rounded(.down) * Double(digit), exponent: exponent)
    let upper = value((range.upperBound / step).rounded(.up) * Double(digit), exponent: exponent)
    let widened = lower < upper && lower.isFinite && upper.isFinite ? lower...upper : range
    return (widened, Ticks(inside: widened, target: target))
  }

  /// `mantissa × 10^exponent`, correctly rounded for exponents within ±22.
  static func value(_ mantissa: Double, exponent: Int) -> Double {
    exponent >= 0
      ? mantissa * PlotNumberText.power(of: exponent)
      : mantissa / PlotNumberText.power(of: -exponent)
  }

  /// The first and last multiples `k` of the step inside `range`.
  private static func multiples(of digit: Int, exponent: Int, in range: ClosedRange<Double>) -> (
    Double, Double
  ) {
    let step = value(Double(digit), exponent: exponent)
    var first = (range.lowerBound / step).rounded(.up)
    var last = (range.upperBound / step).rounded(.down)
    // Rounding in the division may put a bound's own tick just outside.
    if value((first - 1) * Double(digit), exponent: exponent) >= range.lowerBound { first -= 1 }
    if value((last + 1) * Double(digit), exponent: exponent) <= range.upperBound { last += 1 }
    return (first, last)
  }

  /// The round step (1, 2 or 5 × 10ᵏ) nearest above `raw`, as digit and exponent.
  static func niceStep(_ raw: Double) -> (digit: Int, exponent: Int) {
    guard raw.isFinite, raw > 0 else { return (1, 0) }
    var exponent = 0
    while raw >= value(10, exponent: exponent), exponent < 300 { exponent += 1 }
    while raw < value(1, exponent: exponent), exponent > -300 { exponent -= 1 }
    let fraction = raw / value(1, exponent: exponent)
    if fraction <= 1 { return (1, exponent) }
    if fraction <= 2 { return (2, exponent) }
    if fraction <= 5 { return (5, exponent) }
    return (1, exponent + 1)
  }

  /// The text of a tick: as many decimals as the step needs, in exponent form
  /// for very large or small magnitudes.
  func label(_ value: Double) -> String {
    let largest = values.map(abs).max() ?? abs(value)
    if largest >= 1e6 || exponent < -5 { return PlotNumberText.general(value, digits: 3) }
    return PlotNumberText.fixed(value, decimals: max(0, -exponent))
  }
}

/// Deterministic number text for SVG coordinates and labels, independent of
/// the C locale and of Foundation.
enum PlotNumberText {
  /// 10ᵏ for 0 ≤ k ≤ 22, exact; larger k by repeated multiplication.
  static func power(of k: Int) -> Double {
    var result = 1.0
    var n = 0
    while n < k {
      result *= 10
      n += 1
    }
    return result
  }

  /// `x` with `decimals` digits after the point (0...17), trailing zeros kept;
  /// `-0` is written `0`. Magnitudes beyond 10¹⁵ fall back to ``general(_:digits:)``.
  static func fixed(_ x: Double, decimals: Int) -> String {
    guard x.isFinite else { return general(x, digits: 6) }
    let places = min(max(decimals, 0), 17)
    let scaled = (abs(x) * power(of: places)).rounded()
    guard scaled < 1e15 else { return general(x, digits: 6) }
    let digits = String(UInt64(scaled))
    let negative = x < 0 && scaled != 0
    var text: String
    if places == 0 {
      text = digits
    } else {
      let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
      text = String(padded.dropLast(places)) + "." + String(padded.suffix(places))
    }
    return negative ? "-" + text : text
  }

  /// A coordinate: hundredths of a pixel, trailing zeros dropped (`12.5`, `3`).
  static func coordinate(_ x: Double) -> String {
    trimmed(fixed(x, decimals: 2))
  }

  /// `x` with `digits` significant digits the way C's `%g` writes it
  /// (`0.212`, `1.5e-07`, `nan`, `inf`, `-inf`).
  static func general(_ x: Double, digits: Int) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    if x == 0 { return "0" }
    let p = min(max(digits, 1), 15)
    var exponent = 0
    let magnitude = abs(x)
    while magnitude >= Ticks.value(1, exponent: exponent + 1), exponent < 400 { exponent += 1 }
    while magnitude < Ticks.value(1, exponent: exponent), exponent > -400 { exponent -= 1 }
    var mantissa = (Ticks.value(magnitude, exponent: p - 1 - exponent)).rounded()
    if mantissa >= power(of: p) {
      exponent += 1
      mantissa = (Ticks.value(magnitude, exponent: p - 1 - exponent)).rounded()
    }
    let sign = x < 0 ? "-" : ""
    if exponent >= -5, exponent < p {
      return sign + trimmed(fixed(magnitude, decimals: max(0, p - 1 - exponent)))
    }
    let mantissaDigits = String(UInt64(mantissa))
    var body = String(mantissaDigits.prefix(1))
    if mantissaDigits.count > 1 { body += "." + mantissaDigits.dropFirst() }
    body = trimmed(body)
    let exponentText = String(abs(exponent))
    return sign + body + "e" + (exponent < 0 ? "-" : "+")
      + (exponentText.count < 2 ? "0" : "") + exponentText
  }

  /// Drops trailing zeros after a decimal point, and the point itself.
  private static func trimmed(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var result = Substring(text)
    while result.hasSuffix("0") { result = result.dropLast() }
    if result.hasSuffix(".") { result = result.dropLast() }
    return result == "-0" ? "0" : String(result)
  }
}

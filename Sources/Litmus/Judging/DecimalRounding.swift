import LitmusEval

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Correct decimal rounding of binary doubles, done by the C library's
/// `printf`, which converts exactly (glibc and Apple's libc both do).
///
/// This is what "numbers match as written" rests on: a computed value is
/// rounded at the author's last written digit and compared as digits, never
/// through a second binary approximation.
enum DecimalRounding {
  /// The largest number of decimals printed exactly (a double's exact
  /// expansion needs at most 1,074).
  static let maximumDecimals = 1_100

  /// Formats with C's conversion (`%.*f`, `%.*e`, `%.*g`), exactly.
  static func printf(_ conversion: CNumberFormat.Conversion, _ precision: Int, _ value: Double)
    -> String
  {
    CNumberFormat.format(value, conversion, precision: precision)
  }

  /// The value rounded to a whole number of quanta `10^quantumExponent`,
  /// written as a signed integer without leading zeros (`"-460865"`, `"0"`).
  ///
  /// For a positive quantum exponent the value is divided by the quantum
  /// first, which can misround only within an ulp of a tie.
  static func units(of value: Double, quantumExponent: Int) -> String {
    units(of: value, quantumExponent: quantumExponent, extraDigits: 0).whole
  }

  /// Whether the value lies exactly halfway between two quanta, and the two
  /// candidates it lies between (toward zero first), as unit strings.
  static func tie(of value: Double, quantumExponent: Int) -> (String, String)? {
    let split = units(of: value, quantumExponent: quantumExponent, extraDigits: 24)
    guard split.extra.first == UInt8(ascii: "5"),
      split.extra.dropFirst().allSatisfy({ $0 == UInt8(ascii: "0") })
    else { return nil }
    guard let truncated = Int(split.whole), abs(truncated) < Int.max / 2 else { return nil }
    let away = value < 0 ? truncated - 1 : truncated + 1
    return (String(truncated), String(away))
  }

  private static func units(
    of value: Double, quantumExponent: Int, extraDigits: Int
  ) -> (whole: String, extra: [UInt8]) {
    let scaled: Double
    let decimals: Int
    if quantumExponent <= 0 {
      scaled = value
      decimals = min(-quantumExponent, maximumDecimals)
    } else {
      var divisor = 1.0
      for _ in 0..<min(quantumExponent, 400) { divisor *= 10 }
      scaled = value / divisor
      decimals = 0
    }
    let text = printf(.fixed, decimals + extraDigits, scaled)
    var bytes = Array(text.utf8)
    var negative = false
    if bytes.first == UInt8(ascii: "-") {
      negative = true
      bytes.removeFirst()
    }
    var digits = bytes.filter { $0 != UInt8(ascii: ".") }
    let extra = Array(digits.suffix(extraDigits))
    digits.removeLast(min(extraDigits, digits.count))
    while digits.count > 1, digits.first == UInt8(ascii: "0") { digits.removeFirst() }
    if digits.isEmpty { digits = [UInt8(ascii: "0")] }
    let isZero = digits == [UInt8(ascii: "0")]
    return ((negative && !isZero ? "-" : "") + String(decoding: digits, as: UTF8.self), extra)
  }

  /// The value written with the same number of digits, and in the same
  /// notation, as a stated number: what `fix` writes in its place.
  static func format(_ value: Double, like stated: StatedNumber) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    guard let quantum = stated.quantumExponent else {
      return format(value, significantDigits: 6)
    }
    if stated.isScientific {
      let mantissaDecimals = mantissaFractionDigits(of: stated.text)
      let text = printf(.exponent, mantissaDecimals, value)
      return matchExponentStyle(text, like: stated.text)
    }
    if quantum <= 0 {
      return printf(.fixed, min(-quantum, maximumDecimals), value)
    }
    return printf(.fixed, 0, value)
  }

  /// The value with a number of significant digits, trailing zeros dropped,
  /// in `%g` style (`0.21194156`, `1.5e-07`).
  static func format(_ value: Double, significantDigits: Int) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    return printf(.general, max(1, min(significantDigits, 17)), value)
  }

  private static func mantissaFractionDigits(of text: String) -> Int {
    let mantissa = text.split(whereSeparator: { $0 == "e" || $0 == "E" }).first ?? ""
    guard let dot = mantissa.firstIndex(of: ".") else { return 0 }
    return mantissa.distance(from: mantissa.index(after: dot), to: mantissa.endIndex)
  }

  private static func matchExponentStyle(_ text: String, like stated: String) -> String {
    let statedParts = stated.split(whereSeparator: { $0 == "e" || $0 == "E" })
    let parts = text.split(separator: "e")
    guard statedParts.count == 2, parts.count == 2 else { return text }
    let letter = stated.contains("E") ? "E" : "e"
    var statedExponent = Substring(statedParts[1])
    var exponent = Substring(parts[1])
    let statedSign = statedExponent.first.map { $0 == "+" || $0 == "-" } == true
    let sign = exponent.first == "-" ? "-" : (statedExponent.first == "+" ? "+" : "")
    if statedSign { statedExponent = statedExponent.dropFirst() }
    exponent = exponent.drop(while: { $0 == "+" || $0 == "-" })
    var digits = String(exponent.drop(while: { $0 == "0" }))
    if digits.isEmpty { digits = "0" }
    while digits.count < statedExponent.count { digits = "0" + digits }
    return "\(parts[0])\(letter)\(sign)\(digits)"
  }
}

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
  /// Exact for every quantum: for a quantum above 1 (`1.8e308` counts tenths
  /// of 10³⁰⁸) the digits below it are read from the exact expansion and
  /// rounded half to even, as `printf` rounds the others.
  static func units(of value: Double, quantumExponent: Int) -> String {
    guard quantumExponent > 0 else {
      let parts = split(value, quantumExponent: quantumExponent, extraDigits: 0)
      return signed(parts.negative, parts.whole)
    }
    var parts = split(value, quantumExponent: quantumExponent, extraDigits: 24)
    let first = parts.extra.first ?? 0
    let restIsZero = parts.extra.dropFirst().allSatisfy { $0 == UInt8(ascii: "0") }
    let lastIsOdd = ((parts.whole.last ?? 0) - UInt8(ascii: "0")) % 2 == 1
    if first > UInt8(ascii: "5") || (first == UInt8(ascii: "5") && (!restIsZero || lastIsOdd)) {
      parts.whole = incremented(parts.whole)
    }
    return signed(parts.negative, parts.whole)
  }

  /// Whether the value lies exactly halfway between two quanta, and the two
  /// candidates it lies between (toward zero first), as unit strings.
  static func tie(of value: Double, quantumExponent: Int) -> (String, String)? {
    let parts = split(value, quantumExponent: quantumExponent, extraDigits: 24)
    guard parts.extra.first == UInt8(ascii: "5"),
      parts.extra.dropFirst().allSatisfy({ $0 == UInt8(ascii: "0") })
    else { return nil }
    return (signed(parts.negative, parts.whole), signed(parts.negative, incremented(parts.whole)))
  }

  /// The value's digits down to the quantum (`whole`, rounded by `printf` when
  /// `extraDigits` is 0 and the quantum is at most 1, else truncated), and the
  /// digits below it: those between the quantum and 1, then `extraDigits`
  /// decimals more.
  private static func split(
    _ value: Double, quantumExponent: Int, extraDigits: Int
  ) -> (negative: Bool, whole: [UInt8], extra: [UInt8]) {
    let decimals = quantumExponent <= 0 ? min(-quantumExponent, maximumDecimals) : 0
    let text = printf(.fixed, decimals + extraDigits, value)
    var bytes = Array(text.utf8)
    var negative = false
    if bytes.first == UInt8(ascii: "-") {
      negative = true
      bytes.removeFirst()
    }
    var digits = bytes.filter { $0 != UInt8(ascii: ".") }
    let below = extraDigits + max(0, quantumExponent)
    if digits.count <= below {
      digits = [UInt8](repeating: UInt8(ascii: "0"), count: below + 1 - digits.count) + digits
    }
    let extra = Array(digits.suffix(below))
    digits.removeLast(below)
    while digits.count > 1, digits.first == UInt8(ascii: "0") { digits.removeFirst() }
    return (negative, digits, extra)
  }

  /// A magnitude's digits plus one (`"129"` → `"130"`, `"99"` → `"100"`).
  private static func incremented(_ digits: [UInt8]) -> [UInt8] {
    var digits = digits
    var index = digits.count - 1
    while index >= 0 {
      if digits[index] == UInt8(ascii: "9") {
        digits[index] = UInt8(ascii: "0")
        index -= 1
      } else {
        digits[index] += 1
        return digits
      }
    }
    return [UInt8(ascii: "1")] + digits
  }

  /// A magnitude with its sign (none on zero).
  private static func signed(_ negative: Bool, _ digits: [UInt8]) -> String {
    let isZero = digits.allSatisfy { $0 == UInt8(ascii: "0") }
    return (negative && !isZero ? "-" : "") + String(decoding: digits, as: UTF8.self)
  }

  /// The value written in the same notation as a stated number, rounded at the
  /// same last digit: what `fix` writes in its place, and what a failure shows.
  ///
  /// The stated number's exponent is kept as written (`e`/`E`, its sign and
  /// leading zeros), and so are its number of decimals, a leading `+`, a missing
  /// integer digit (`.34`) and a trailing point (`3.`): for 1/3, `34e-2` gives
  /// `33e-2`, `0.0034e2` gives `0.0033e2`, `.34` gives `.33`. The value is
  /// rounded at the stated quantum, so the result always matches by the
  /// as-written rule; the mantissa grows when the value needs more integer digits
  /// (`34e-2` for 12.3 is `1230e-2`). Two cases fall back to the normalised
  /// form (`%e` with the stated mantissa's decimals): a zero in scientific
  /// notation is `0`, never `0e-2`; and a quantum below 10⁻¹¹⁰⁰ (an exponent
  /// like `1e-2000`), where the exact expansion is not printed.
  static func format(_ value: Double, like stated: StatedNumber) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    guard let quantum = stated.quantumExponent else {
      return format(value, significantDigits: 6)
    }
    if stated.isScientific {
      // A zero has no exponent to keep: `0`, never `0e000`.
      if value == 0 { return "0" }
      if quantum < -maximumDecimals {
        let mantissaDecimals = mantissaFractionDigits(of: stated.text)
        return matchExponentStyle(printf(.exponent, mantissaDecimals, value), like: stated.text)
      }
    } else if quantum < -maximumDecimals {
      return printf(.fixed, maximumDecimals, value)
    }
    return written(units(of: value, quantumExponent: quantum), like: stated.text)
  }

  /// A number of quanta (`"-33"`) written in the notation of `text`, a stated
  /// number with the same quantum: its sign style, decimals, point and exponent.
  private static func written(_ units: String, like text: String) -> String {
    var mantissa = Substring(text)
    var exponent = Substring("")
    if let letter = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<letter]
      exponent = text[letter...]
    }
    let explicitPlus = mantissa.first == "+"
    mantissa = mantissa.drop(while: { $0 == "+" || $0 == "-" })
    let point = mantissa.firstIndex(of: ".")
    let hasIntegerDigit = point.map { $0 != mantissa.startIndex } ?? true
    let decimals =
      point.map { mantissa.distance(from: mantissa.index(after: $0), to: mantissa.endIndex) } ?? 0
    let negative = units.hasPrefix("-")
    var digits = String(units.drop(while: { $0 == "-" }))
    if digits.count < decimals + 1 {
      digits = String(repeating: "0", count: decimals + 1 - digits.count) + digits
    }
    var integer = String(digits.dropLast(decimals))
    if integer == "0" && !hasIntegerDigit { integer = "" }
    let fraction = String(digits.suffix(decimals))
    let sign = negative ? "-" : (explicitPlus ? "+" : "")
    return sign + integer + (point == nil ? "" : ".") + fraction + exponent
  }

  /// The value with the fewest digits that read back as exactly this double
  /// (`0.30000000000000004` for 0.1 + 0.2), in the stated number's notation and
  /// with at least its digits: what `fix` writes where the value rounded like the
  /// stated one would not match (under a tolerance smaller than its last digit).
  static func shortest(_ value: Double, like stated: StatedNumber) -> String {
    guard value.isFinite, value != 0 else { return format(value, like: stated) }
    let shortest = ExactDecimal(shortest: value)
    if stated.isScientific {
      let mantissaDecimals = max(shortest.digits.count - 1, mantissaFractionDigits(of: stated.text))
      return matchExponentStyle(printf(.exponent, mantissaDecimals, value), like: stated.text)
    }
    let decimals = max(0, -shortest.exponent, -(stated.quantumExponent ?? 0))
    return printf(.fixed, min(decimals, maximumDecimals), value)
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

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text forms of single numbers, shared by ``Value/formatted(precision:)`` and
/// ``Value/jsonFragment``.
enum ScalarText {
  /// `x` with `precision` significant digits the way C's `%g` writes it:
  /// trailing zeros dropped, exponent form (`1.5e-07`) when the exponent is
  /// below -4 or at least `precision`; `nan`, `inf`, `-inf`.
  static func general(_ x: Double, precision: Int) -> String {
    if x.isNaN { return "nan" }
    if x.isInfinite { return x < 0 ? "-inf" : "inf" }
    return CNumberFormat.format(x, .general, precision: min(max(precision, 1), 17))
  }

  /// The shortest text that reads back as exactly `x`, as a JSON number;
  /// non-finite values become the JSON strings `"nan"`, `"inf"`, `"-inf"`.
  static func json(_ x: Double) -> String {
    if x.isNaN { return "\"nan\"" }
    if x.isInfinite { return x < 0 ? "\"-inf\"" : "\"inf\"" }
    return x.description
  }

  /// A Swift string literal's text for `s`, quoted and escaped.
  static func quoted(_ s: String) -> String {
    var result = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// `s` as a JSON string literal.
  static func jsonString(_ s: String) -> String {
    var result = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// C's conversion of one `Double` to decimal text (`%.Ng`, `%.Nf`, `%.Ne`), which
/// glibc and Apple's libc both do exactly: the digits are the correctly rounded
/// decimal expansion of the binary value.
///
/// Uses `strfromd` (C23, glibc 2.25+) when the C library has it: it takes the one
/// number directly, where `vsnprintf` needs a `va_list` that Swift builds through
/// dynamic casts of `CVarArg` existentials, three times slower. Otherwise falls
/// back to `vsnprintf`. The text is the same either way.
public enum CNumberFormat {
  /// A printf conversion.
  public enum Conversion: UInt8, Sendable {
    /// `%g`: `precision` significant digits, trailing zeros dropped.
    case general = 103  // "g"
    /// `%f`: `precision` digits after the point.
    case fixed = 102  // "f"
    /// `%e`: one digit, the point, `precision` digits, and the exponent.
    case exponent = 101  // "e"
  }

  /// The largest precision accepted (a double's exact expansion needs at most
  /// 1,074 decimals, plus room for guard digits); larger ones are clamped.
  public static let maximumPrecision = 1_200

  /// `value` formatted as `%.<precision><conversion>`; `nan`, `inf`, `-inf` for
  /// the non-finite values. The decimal point is always `.`, whatever the C locale.
  /// - Parameters:
  ///   - value: The number.
  ///   - conversion: `%g`, `%f` or `%e`.
  ///   - precision: Digits, clamped to `0...maximumPrecision`.
  /// - Returns: The text.
  public static func format(_ value: Double, _ conversion: Conversion, precision: Int) -> String {
    if value.isNaN { return "nan" }
    if value.isInfinite { return value < 0 ? "-inf" : "inf" }
    let precision = min(max(precision, 0), maximumPrecision)
    // Up to 309 integer digits, the point, the decimals, an exponent, a sign.
    let capacity = precision + 330
    return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
      let written = write(value, conversion, precision: precision, into: buffer)
      let count = min(max(written, 0), capacity - 1)
      let bytes = UnsafeRawBufferPointer(start: buffer.baseAddress, count: count)
      return String(unsafeUninitializedCapacity: count) { output in
        for (index, byte) in bytes.enumerated() {
          // A process-wide C locale with a decimal comma must not change the text.
          output[index] = byte == UInt8(ascii: ",") ? UInt8(ascii: ".") : byte
        }
        return count
      }
    }
  }

  /// Writes the text into `buffer` (NUL-terminated) and returns its length.
  private static func write(
    _ value: Double, _ conversion: Conversion, precision: Int,
    into buffer: UnsafeMutableBufferPointer<CChar>
  ) -> Int {
    if let strfromd = Self.strfromd {
      // The format "%.<precision><conversion>", built on the stack.
      return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 8) { format in
        format[0] = 37  // "%"
        format[1] = 46  // "."
        var index = 2
        var divisor = 1
        while divisor * 10 <= precision { divisor *= 10 }
        var rest = precision
        while divisor > 0 {
          format[index] = CChar(48 + rest / divisor)
          rest %= divisor
          divisor /= 10
          index += 1
        }
        format[index] = CChar(conversion.rawValue)
        format[index + 1] = 0
        return Int(strfromd(buffer.baseAddress, buffer.count, format.baseAddress, value))
      }
    }
    let format: StaticString =
      switch conversion {
      case .general: "%.*g"
      case .fixed: "%.*f"
      case .exponent: "%.*e"
      }
    return Int(
      withVaList([Int32(precision), value]) { arguments in
        vsnprintf(buffer.baseAddress, buffer.count, format.utf8Start, arguments)
      })
  }

  /// `strfromd`'s C signature.
  private typealias StringFromDouble =
    @convention(c) (UnsafeMutablePointer<CChar>?, Int, UnsafePointer<CChar>?, Double) -> Int32

  /// The C library's `strfromd`, when it has one (looked up at run time: the Glibc
  /// module declares it only for C23 or `_GNU_SOURCE`).
  private static let strfromd: StringFromDouble? = {
    #if canImport(Glibc)
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "strfromd") else {
        return nil
      }
      return unsafeBitCast(symbol, to: StringFromDouble.self)
    #else
      return nil
    #endif
  }()
}

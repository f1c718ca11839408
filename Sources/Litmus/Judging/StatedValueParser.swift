/// Reads the text of a stated value into a `StatedValue`.
///
/// Accepted forms: numbers (`3`, `-0.25`, `4.5e-05`), `nan`, `inf`, `-inf`,
/// `true`, `false`, double-quoted strings with `\"`, `\\`, `\n`, `\t`
/// escapes, and bracketed lists whose items are separated by commas, by
/// white space (numpy-style), or both. Line breaks count as white space, so
/// a value continued over several comment lines reads as one.
public struct StatedValueParser {
  /// The deepest nesting of brackets accepted (a matrix needs two).
  public static let maximumDepth = 32

  private let bytes: [UInt8]
  private var index = 0

  private init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// Parses a stated value.
  /// - Parameter text: The stated text, e.g. `[0.2119, 0.2119, 0.5761]`.
  /// - Returns: The value, with each number's digits and byte range.
  /// - Throws: `StatedValueError` naming the offset of the first problem.
  public static func parse(_ text: String) throws(StatedValueError) -> StatedValue {
    var parser = StatedValueParser(text)
    parser.skipSpace()
    guard parser.index < parser.bytes.count else {
      throw StatedValueError("expected a value after `=>`", at: 0)
    }
    let value = try parser.parseValue(depth: 0)
    parser.skipSpace()
    if parser.index < parser.bytes.count {
      throw StatedValueError(
        "unexpected `\(parser.snippet())` after the stated value", at: parser.index)
    }
    return value
  }

  private mutating func parseValue(depth: Int) throws(StatedValueError) -> StatedValue {
    guard index < bytes.count else {
      throw StatedValueError("the stated value ends too early", at: index)
    }
    switch bytes[index] {
    case UInt8(ascii: "["):
      return try parseList(depth: depth)
    case UInt8(ascii: "\""):
      return .string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      return .number(try parseNumber())
    default:
      let start = index
      let word = readWord()
      switch word {
      case "true": return .bool(true)
      case "false": return .bool(false)
      case "nan", "inf":
        return .number(special(word, start: start))
      case "":
        throw StatedValueError("unexpected `\(snippet())` in the stated value", at: start)
      default:
        throw StatedValueError(
          "unknown word `\(word)`: a stated value is a number, nan, inf, -inf, true, false, "
            + "a quoted string or a [list]", at: start)
      }
    }
  }

  private mutating func parseList(depth: Int) throws(StatedValueError) -> StatedValue {
    let open = index
    guard depth < Self.maximumDepth else {
      throw StatedValueError("brackets nested too deeply", at: open)
    }
    index += 1
    var items: [StatedValue] = []
    var expectingItem = true
    while true {
      skipSpace()
      guard index < bytes.count else {
        throw StatedValueError("missing `]` for the `[` here", at: open)
      }
      let byte = bytes[index]
      if byte == UInt8(ascii: "]") {
        index += 1
        return .list(items)
      }
      if byte == UInt8(ascii: ",") {
        if expectingItem {
          throw StatedValueError("expected a value before `,`", at: index)
        }
        index += 1
        expectingItem = true
        continue
      }
      items.append(try parseValue(depth: depth + 1))
      expectingItem = false
    }
  }

  private mutating func parseString() throws(StatedValueError) -> String {
    let open = index
    index += 1
    var scalars: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\""):
        return String(decoding: scalars, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard index < bytes.count else { break }
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case UInt8(ascii: "n"): scalars.append(UInt8(ascii: "\n"))
        case UInt8(ascii: "t"): scalars.append(UInt8(ascii: "\t"))
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): scalars.append(escaped)
        default:
          throw StatedValueError(
            "unknown escape `\\\(Character(Unicode.Scalar(escaped)))`", at: index - 2)
        }
      case UInt8(ascii: "\n"):
        throw StatedValueError("missing closing `\"` for the string", at: open)
      default:
        scalars.append(byte)
      }
    }
    throw StatedValueError("missing closing `\"` for the string", at: open)
  }

  private mutating func parseNumber() throws(StatedValueError) -> StatedNumber {
    let start = index
    var negative = false
    if bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
      negative = bytes[index] == UInt8(ascii: "-")
      index += 1
    }
    if index < bytes.count, isLetter(bytes[index]) {
      let word = readWord()
      guard word == "inf" else {
        throw StatedValueError("expected a number after the sign", at: start)
      }
      return special(negative ? "-inf" : "+inf", start: start)
    }
    let integerDigits = readDigits()
    var fractionDigits: [UInt8] = []
    if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
      index += 1
      fractionDigits = readDigits()
    }
    guard !(integerDigits.isEmpty && fractionDigits.isEmpty) else {
      throw StatedValueError("expected digits in the number", at: start)
    }
    var exponent = 0
    var isScientific = false
    if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
      isScientific = true
      index += 1
      var exponentNegative = false
      if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+")
      {
        exponentNegative = bytes[index] == UInt8(ascii: "-")
        index += 1
      }
      let exponentDigits = readDigits()
      guard !exponentDigits.isEmpty, exponentDigits.count <= 4 else {
        throw StatedValueError("expected a short exponent after `e`", at: start)
      }
      exponent = exponentDigits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
      if exponentNegative { exponent = -exponent }
    }
    if index < bytes.count, isLetter(bytes[index]) {
      throw StatedValueError("unexpected `\(snippet())` after the number", at: index)
    }
    guard integerDigits.count + fractionDigits.count <= 40 else {
      throw StatedValueError("too many digits: write at most 40", at: start)
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    var digits = integerDigits + fractionDigits
    while digits.count > 1, digits.first == UInt8(ascii: "0") { digits.removeFirst() }
    if digits.isEmpty { digits = [UInt8(ascii: "0")] }
    let isZero = digits == [UInt8(ascii: "0")]
    let units = (negative && !isZero ? "-" : "") + String(decoding: digits, as: UTF8.self)
    return StatedNumber(
      text: text, value: Double(text) ?? .nan, units: units,
      quantumExponent: exponent - fractionDigits.count, isScientific: isScientific,
      range: start..<index)
  }

  private func special(_ word: String, start: Int) -> StatedNumber {
    let value: Double =
      switch word {
      case "nan": .nan
      case "-inf": -.infinity
      default: .infinity
      }
    return StatedNumber(
      text: String(decoding: bytes[start..<index], as: UTF8.self), value: value, units: nil,
      quantumExponent: nil, isScientific: false, range: start..<index)
  }

  private mutating func readDigits() -> [UInt8] {
    let start = index
    while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9")
    {
      index += 1
    }
    return Array(bytes[start..<index])
  }

  private mutating func readWord() -> String {
    let start = index
    while index < bytes.count, isLetter(bytes[index]) { index += 1 }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private func isLetter(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || byte == UInt8(ascii: "_")
  }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        index += 1
      default:
        return
      }
    }
  }

  private func snippet() -> String {
    let end = min(bytes.count, index + 12)
    return String(decoding: bytes[index..<end], as: UTF8.self)
  }
}

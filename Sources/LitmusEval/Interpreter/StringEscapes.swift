/// Swift string literal escapes.
enum StringEscapes {
  /// The text of a string literal segment with `\n`, `\t`, `\"`, `\\`, `\0`,
  /// `\r`, `\'` and `\u{…}` escapes resolved.
  static func unescape(_ text: String) -> String {
    var result = ""
    var iterator = text.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      guard scalar == "\\", let next = iterator.next() else {
        result.unicodeScalars.append(scalar)
        continue
      }
      switch next {
      case "n": result += "\n"
      case "t": result += "\t"
      case "r": result += "\r"
      case "0": result += "\0"
      case "u":
        var hex = ""
        while let digit = iterator.next(), digit != "}" {
          if digit != "{" { hex.unicodeScalars.append(digit) }
        }
        if let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) {
          result.unicodeScalars.append(decoded)
        }
      default: result.unicodeScalars.append(next)
      }
    }
    return result
  }
}

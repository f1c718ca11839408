/// Escaping for text and attribute values in HTML and MathML.
enum XMLEscaping {
  /// Escapes `&`, `<`, `>` and `"`, and writes invisible characters (no-break
  /// space, function application) as character references so output is readable.
  /// - Parameter text: Any text.
  /// - Returns: The text, safe inside an element or a double-quoted attribute.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\u{A0}": result += "&#xa0;"
      case "\u{2061}": result += "&#x2061;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

/// Escaping for HTML text and attribute values.
public enum HTMLText {
  /// Escapes `&`, `<`, `>` and `"` so any text is safe in an element or a
  /// double-quoted attribute.
  /// - Parameter text: Untrusted text.
  /// - Returns: The escaped text.
  public static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\0": result += "\u{FFFD}"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }
}

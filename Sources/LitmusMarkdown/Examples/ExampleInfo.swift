/// Reads a fence's info string: is it `swift example`, and with which attributes.
struct ExampleInfo {
  /// One word of the info string and its byte offset within the info string.
  struct Word {
    var text: String
    var offset: Int
  }

  /// The words of an info string, split at ASCII whitespace.
  static func words(_ info: String) -> [Word] {
    var words: [Word] = []
    var start: Int?
    let bytes = Array(info.utf8)
    for (index, byte) in bytes.enumerated() {
      if MathScanner.isWhitespace(byte) {
        if let begin = start {
          words.append(
            Word(text: String(decoding: bytes[begin..<index], as: UTF8.self), offset: begin))
          start = nil
        }
      } else if start == nil {
        start = index
      }
    }
    if let begin = start {
      words.append(Word(text: String(decoding: bytes[begin...], as: UTF8.self), offset: begin))
    }
    return words
  }

  /// Whether an info string marks an example block (`swift example …`).
  static func isExample(_ info: String) -> Bool {
    let words = words(info)
    return words.count >= 2 && words[0].text == "swift" && words[1].text == "example"
  }

  /// The attributes after `swift example`, and a diagnostic message for each bad one with
  /// the byte offset of the attribute within the info string.
  static func attributes(_ info: String) -> (ExampleAttributes, [(String, Int)]) {
    var attributes = ExampleAttributes()
    var problems: [(String, Int)] = []
    var seen: Set<String> = []
    for word in words(info).dropFirst(2) {
      let parts = word.text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = String(parts[0])
      let value = parts.count > 1 ? String(parts[1]) : nil
      if seen.contains(name) {
        problems.append(("duplicate example attribute `\(name)`: keep one", word.offset))
        continue
      }
      seen.insert(name)
      switch (name, value) {
      case ("hidden", nil):
        attributes.hidden = true
      case ("session", let value?) where !value.isEmpty:
        attributes.session = value
      case ("session", _):
        problems.append(
          ("example attribute `session` needs a name: write `session=NAME`", word.offset))
      case ("tolerance", let value?):
        if let tolerance = Double(value), tolerance.isFinite, tolerance >= 0 {
          attributes.tolerance = tolerance
        } else {
          problems.append(
            (
              "bad tolerance `\(value)`: write a non-negative number such as `tolerance=1e-6`",
              word.offset
            ))
        }
      case ("tolerance", nil):
        problems.append(
          ("example attribute `tolerance` needs a value: write `tolerance=1e-6`", word.offset))
      default:
        problems.append(
          (
            "unknown example attribute `\(word.text)` (allowed: hidden, session=NAME, tolerance=X)",
            word.offset
          ))
      }
    }
    return (attributes, problems)
  }
}

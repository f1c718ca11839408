/// Recognises CommonMark autolinks and raw inline HTML so the math scanner can skip them.
///
/// Searches for a terminator (`-->`, `?>`, `]]>`, `>`, a closing quote) that fail are
/// remembered, so a line of ten thousand `<!--` is scanned once, not ten thousand times.
struct HTMLTagScanner {
  /// For each terminator, a range of start offsets from which it is known not to occur.
  private var failures: [String: Range<Int>] = [:]

  /// Forgets remembered failures (call when moving to another region).
  mutating func reset() {
    failures = [:]
  }

  /// The offset just past an autolink or HTML tag starting with the `<` at `index`, or nil.
  mutating func end(ofTagAt index: Int, in bytes: [UInt8], limit: Int) -> Int? {
    var scanner = Cursor(bytes: bytes, index: index + 1, limit: limit, failures: failures)
    defer { failures = scanner.failures }
    guard let first = scanner.peek() else { return nil }
    if Self.isLetter(first) {
      if let end = Self.autolink(scanner) { return end }
      return Self.openTag(&scanner)
    }
    switch first {
    case UInt8(ascii: "/"):
      scanner.index += 1
      guard scanner.tagName() else { return nil }
      scanner.skipWhitespace()
      return scanner.take(UInt8(ascii: ">")) ? scanner.index : nil
    case UInt8(ascii: "!"):
      if scanner.starts(with: "!--") { return scanner.find("-->", from: scanner.index + 3) }
      if scanner.starts(with: "![CDATA[") { return scanner.find("]]>", from: scanner.index + 8) }
      if let next = scanner.peek(at: 1), Self.isLetter(next) {
        return scanner.find(">", from: scanner.index + 2)
      }
      return nil
    case UInt8(ascii: "?"):
      return scanner.find("?>", from: scanner.index + 1)
    default:
      return nil
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private static func autolink(_ start: Cursor) -> Int? {
    var scanner = start
    var schemeLength = 0
    while let byte = scanner.peek(),
      isLetter(byte) || isDigit(byte) || byte == 0x2B || byte == 0x2E || byte == 0x2D
    {
      schemeLength += 1
      scanner.index += 1
    }
    guard (2...32).contains(schemeLength), scanner.take(UInt8(ascii: ":")) else { return nil }
    while let byte = scanner.peek() {
      if byte == UInt8(ascii: ">") { return scanner.index + 1 }
      if byte <= 0x20 || byte == UInt8(ascii: "<") || byte == 0x7F { return nil }
      scanner.index += 1
    }
    return nil
  }

  private static func openTag(_ scanner: inout Cursor) -> Int? {
    guard scanner.tagName() else { return nil }
    while true {
      let hadSpace = scanner.skipWhitespace()
      guard let byte = scanner.peek() else { return nil }
      if byte == UInt8(ascii: ">") { return scanner.index + 1 }
      if byte == UInt8(ascii: "/") {
        scanner.index += 1
        return scanner.take(UInt8(ascii: ">")) ? scanner.index : nil
      }
      guard hadSpace, scanner.attributeName() else { return nil }
      let save = scanner.index
      scanner.skipWhitespace()
      if scanner.take(UInt8(ascii: "=")) {
        scanner.skipWhitespace()
        guard scanner.attributeValue() else { return nil }
      } else {
        scanner.index = save
      }
    }
  }

  /// A position in the bytes with a hard limit.
  private struct Cursor {
    let bytes: [UInt8]
    var index: Int
    let limit: Int
    var failures: [String: Range<Int>]

    func peek(at distance: Int = 0) -> UInt8? {
      index + distance < limit ? bytes[index + distance] : nil
    }

    mutating func take(_ byte: UInt8) -> Bool {
      guard peek() == byte else { return false }
      index += 1
      return true
    }

    func starts(with text: String) -> Bool {
      var offset = 0
      for byte in text.utf8 {
        guard peek(at: offset) == byte else { return false }
        offset += 1
      }
      return true
    }

    /// The offset after the first `text` from `start`, not crossing a blank line.
    mutating func find(_ text: String, from start: Int) -> Int? {
      if let failed = failures[text], failed.contains(start) { return nil }
      let needle = Array(text.utf8)
      var cursor = start
      var newlines = 0
      while cursor + needle.count <= limit {
        if bytes[cursor] == 0x0A {
          newlines += 1
        } else if bytes[cursor] != 0x20 && bytes[cursor] != 0x09 && bytes[cursor] != 0x0D {
          newlines = 0
        }
        if newlines >= 2 { break }
        if bytes[cursor] == needle[0]
          && bytes[cursor..<(cursor + needle.count)].elementsEqual(needle)
        {
          return cursor + needle.count
        }
        cursor += 1
      }
      failures[text] = start..<max(cursor, start + 1)
      return nil
    }

    mutating func tagName() -> Bool {
      guard let first = peek(), HTMLTagScanner.isLetter(first) else { return false }
      index += 1
      while let byte = peek(),
        HTMLTagScanner.isLetter(byte) || HTMLTagScanner.isDigit(byte) || byte == 0x2D
      {
        index += 1
      }
      return true
    }

    @discardableResult
    mutating func skipWhitespace() -> Bool {
      let start = index
      var newlines = 0
      while let byte = peek(), MathScanner.isWhitespace(byte) {
        if byte == 0x0A { newlines += 1 }
        if newlines > 1 { break }
        index += 1
      }
      return index > start
    }

    mutating func attributeName() -> Bool {
      guard let first = peek(),
        HTMLTagScanner.isLetter(first) || first == UInt8(ascii: "_") || first == UInt8(ascii: ":")
      else { return false }
      index += 1
      while let byte = peek(),
        HTMLTagScanner.isLetter(byte) || HTMLTagScanner.isDigit(byte)
          || [UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "-")].contains(
            byte)
      {
        index += 1
      }
      return true
    }

    mutating func attributeValue() -> Bool {
      guard let first = peek() else { return false }
      if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
        guard let end = find(String(UnicodeScalar(first)), from: index + 1) else { return false }
        index = end
        return true
      }
      let start = index
      while let byte = peek(), !MathScanner.isWhitespace(byte),
        !"\"'=<>`".utf8.contains(byte)
      {
        index += 1
      }
      return index > start
    }
  }
}

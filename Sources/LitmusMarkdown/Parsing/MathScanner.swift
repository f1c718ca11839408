/// Finds math in a note's prose before Markdown parsing, following Pandoc's rules.
///
/// - `$…$`: the opening `$` is not followed by whitespace; the content runs to the next
///   unescaped `$`, which must not be preceded by whitespace nor followed by a digit
///   (otherwise the opening `$` is a literal dollar).
/// - `$$…$$`, `\(…\)`, `\[…\]`: the content runs to the first closing delimiter.
/// - Math never crosses a blank line or a code or HTML block, and is never looked for in
///   code spans, autolinks or raw HTML tags. `\$` is a literal dollar; inside math a
///   backslash always takes the next byte with it, and `\text{…}` may contain `$`.
///
/// Every search that fails remembers where it failed, so scanning is linear in practice.
struct MathScanner {
  private let bytes: [UInt8]
  private(set) var spans: [FoundMath] = []
  /// Unterminated display or `\(` math: message and offset of the opening delimiter.
  private(set) var problems: [(message: String, offset: Int)] = []

  /// Searches that failed: no closer of this kind from the key offset to the segment end.
  private var failedFrom: [Int: Range<Int>] = [:]
  /// Whether the last failed search failed from the cache (its opener was reported before).
  private var lastFailureWasCached = false
  /// Skips autolinks and raw HTML, remembering failed searches.
  private var tags = HTMLTagScanner()
  /// Last start of each backtick run length after a failed closer search, with its scope.
  private var backtickIndex: (from: Int, end: Int, last: [Int: Int])?

  init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Scans `regions` (sorted, disjoint ranges of prose).
  mutating func scan(regions: [Range<Int>]) {
    for region in regions { scan(region: region) }
  }

  private static let dollar = UInt8(ascii: "$")
  private static let backslash = UInt8(ascii: "\\")
  private static let backtick = UInt8(ascii: "`")

  private mutating func scan(region: Range<Int>) {
    failedFrom = [:]
    backtickIndex = nil
    tags.reset()
    var index = region.lowerBound
    let end = region.upperBound
    while index < end {
      let byte = bytes[index]
      switch byte {
      case Self.backslash:
        guard index + 1 < end else { return }
        let next = bytes[index + 1]
        if next == UInt8(ascii: "(") || next == UInt8(ascii: "[") {
          let display = next == UInt8(ascii: "[")
          let closer = display ? UInt8(ascii: "]") : UInt8(ascii: ")")
          if let found = findBackslashCloser(
            closer, from: index + 2, end: end, kind: display ? 1 : 2)
          {
            if found > index + 2 {
              spans.append(
                FoundMath(
                  range: index..<(found + 2), content: (index + 2)..<found, display: display))
            }
            index = found + 2
            continue
          }
          if !lastFailureWasCached {
            problems.append(
              (
                "unterminated math: no \(display ? "\\]" : "\\)") before the end of the paragraph",
                index
              ))
          }
        }
        index += (next == 0x0A || next == 0x0D) ? 1 : 2
      case Self.backtick:
        let length = runLength(at: index, end: end)
        if let closer = findBacktickCloser(length: length, from: index + length, end: end) {
          index = closer + length
        } else {
          index += length
        }
      case Self.dollar:
        if index + 1 < end && bytes[index + 1] == Self.dollar {
          if let found = findDisplayDollarCloser(from: index + 2, end: end) {
            if hasNonSpace(in: (index + 2)..<found) {
              spans.append(
                FoundMath(range: index..<(found + 2), content: (index + 2)..<found, display: true))
            }
            index = found + 2
          } else {
            if !lastFailureWasCached {
              problems.append(
                ("unterminated math: no closing $$ before the end of the paragraph", index))
            }
            index += 2
          }
        } else if let found = inlineDollarMath(at: index, end: end) {
          spans.append(found)
          index = found.range.upperBound
        } else {
          index += 1
        }
      case UInt8(ascii: "<"):
        index = tags.end(ofTagAt: index, in: bytes, limit: end) ?? (index + 1)
      default:
        index += 1
      }
    }
  }

  private func hasNonSpace(in range: Range<Int>) -> Bool {
    range.contains { !Self.isWhitespace(bytes[$0]) }
  }

  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  private func runLength(at index: Int, end: Int) -> Int {
    var cursor = index
    while cursor < end && bytes[cursor] == Self.backtick { cursor += 1 }
    return cursor - index
  }

  /// Whether a line break at `index` (a `\n` or `\r`) is followed by a blank line or the end.
  private func lineBreakEndsParagraph(at index: Int, end: Int) -> Bool {
    var cursor = index + 1
    if bytes[index] == 0x0D && cursor < end && bytes[cursor] == 0x0A { cursor += 1 }
    while cursor < end && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
    return cursor >= end || bytes[cursor] == 0x0A || bytes[cursor] == 0x0D
  }

  private func isLineBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }

  /// The start of the next backtick run of exactly `length`, before the paragraph ends.
  private mutating func findBacktickCloser(length: Int, from start: Int, end: Int) -> Int? {
    if let index = backtickIndex, start >= index.from, start <= index.end {
      guard let last = index.last[length], last >= start else { return nil }
    }
    var cursor = start
    var last: [Int: Int] = [:]
    while cursor < end {
      let byte = bytes[cursor]
      if byte == Self.backtick {
        let run = runLength(at: cursor, end: end)
        if run == length { return cursor }
        last[run] = cursor
        cursor += run
        continue
      }
      if isLineBreak(byte) && lineBreakEndsParagraph(at: cursor, end: end) { break }
      cursor += 1
    }
    backtickIndex = (start, cursor, last)
    return nil
  }

  /// The offset of a closing `\)` or `\]` (its backslash), before the paragraph ends.
  private mutating func findBackslashCloser(_ closer: UInt8, from start: Int, end: Int, kind: Int)
    -> Int?
  {
    lastFailureWasCached = failedFrom[kind]?.contains(start) ?? false
    if lastFailureWasCached { return nil }
    var cursor = start
    while cursor < end {
      let byte = bytes[cursor]
      if byte == Self.backslash {
        if cursor + 1 < end && bytes[cursor + 1] == closer { return cursor }
        cursor += 2
        continue
      }
      if isLineBreak(byte) && lineBreakEndsParagraph(at: cursor, end: end) { break }
      cursor += 1
    }
    failedFrom[kind] = start..<max(cursor, start + 1)
    return nil
  }

  /// The offset of the closing `$$`, before the paragraph ends.
  private mutating func findDisplayDollarCloser(from start: Int, end: Int) -> Int? {
    lastFailureWasCached = failedFrom[3]?.contains(start) ?? false
    if lastFailureWasCached { return nil }
    var cursor = start
    while cursor < end {
      let byte = bytes[cursor]
      if byte == Self.backslash {
        cursor += 2
        continue
      }
      if byte == Self.dollar && cursor + 1 < end && bytes[cursor + 1] == Self.dollar {
        return cursor
      }
      if isLineBreak(byte) && lineBreakEndsParagraph(at: cursor, end: end) { break }
      cursor += 1
    }
    failedFrom[3] = start..<max(cursor, start + 1)
    return nil
  }

  /// Inline `$…$` math opening at `index`, by Pandoc's `tex_math_dollars` rules.
  private mutating func inlineDollarMath(at index: Int, end: Int) -> FoundMath? {
    let start = index + 1
    guard start < end, !Self.isWhitespace(bytes[start]) else { return nil }
    if let failed = failedFrom[4], failed.contains(start) { return nil }
    var cursor = start
    while cursor < end {
      let byte = bytes[cursor]
      if byte == Self.backslash {
        if let skipped = skipText(at: cursor, end: end) {
          cursor = skipped
        } else {
          cursor += 2
        }
        continue
      }
      if byte == Self.dollar {
        if Self.isWhitespace(bytes[cursor - 1]) { return nil }
        if cursor + 1 < end && bytes[cursor + 1] >= 0x30 && bytes[cursor + 1] <= 0x39 {
          return nil
        }
        return FoundMath(range: index..<(cursor + 1), content: start..<cursor, display: false)
      }
      if isLineBreak(byte) && lineBreakEndsParagraph(at: cursor, end: end) { break }
      cursor += 1
    }
    failedFrom[4] = start..<max(cursor, start + 1)
    return nil
  }

  /// After `\text{…}` with balanced braces at `index`, or nil when it is not one.
  private func skipText(at index: Int, end: Int) -> Int? {
    let word = Array("\\text{".utf8)
    guard index + word.count <= end, Array(bytes[index..<(index + word.count)]) == word else {
      return nil
    }
    var depth = 1
    var cursor = index + word.count
    while cursor < end && depth > 0 {
      switch bytes[cursor] {
      case UInt8(ascii: "{"): depth += 1
      case UInt8(ascii: "}"): depth -= 1
      case Self.backslash: cursor += 1
      case 0x0A, 0x0D:
        if lineBreakEndsParagraph(at: cursor, end: end) { return nil }
      default: break
      }
      cursor += 1
    }
    return depth == 0 ? min(cursor, end) : nil
  }
}

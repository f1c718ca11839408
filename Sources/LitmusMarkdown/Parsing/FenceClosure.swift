/// Whether a fenced code block was closed by a closing fence, read from the text itself.
///
/// CommonMark lets a fenced code block run to the end of its container (the document, a
/// block quote, a list item) when no closing fence comes, and cmark does not say which
/// happened. A block is closed when all of these hold:
/// - its last line (cmark's end line) comes right after its content lines;
/// - that line is within the block's container (when a container ends, cmark ends the
///   block on the first line after it);
/// - that line is a closing fence: after container prefixes (`>`, spaces, tabs), a run of
///   the opening fence's character at least as long as the opening fence, then only
///   spaces or tabs.
enum FenceClosure {
  /// The opening fence of a code block: its character and length.
  struct Fence: Equatable {
    /// `` ` `` or `~`.
    var character: UInt8
    /// The number of fence characters, at least 3.
    var length: Int

    /// The fence as written, such as ```` ``` ```` or `~~~~`.
    var text: String { String(repeating: Character(UnicodeScalar(character)), count: length) }
  }

  private static let backtick = UInt8(ascii: "`")
  private static let tilde = UInt8(ascii: "~")

  /// The fence that opens a code block whose first line is `line` (0-based) of `text`,
  /// starting at or after `start`; nil for an indented code block.
  static func openingFence(in text: TransformedText, line: Int, from start: Int) -> Fence? {
    let lineStart = text.lines.start(ofLine: line)
    let end = text.lines.contentEnd(ofLine: line, in: text.bytes)
    var index = min(max(start, lineStart), end)
    // cmark's column is the fence's first character; should it not be (tabs in a
    // container prefix), the first fence character on the line is.
    if index >= end || (text.bytes[index] != backtick && text.bytes[index] != tilde) {
      index = lineStart
      while index < end, text.bytes[index] != backtick, text.bytes[index] != tilde {
        index += 1
      }
    }
    guard index < end else { return nil }
    let character = text.bytes[index]
    var length = 0
    while index + length < end, text.bytes[index + length] == character { length += 1 }
    return length >= 3 ? Fence(character: character, length: length) : nil
  }

  /// Whether the fenced code block `block` was closed by a fence.
  /// - Parameters:
  ///   - block: The code block, with cmark's start and end lines.
  ///   - fence: Its opening fence.
  ///   - contentLines: The number of lines of its content.
  ///   - container: The block's parent (nil or the document: it ends with the text).
  ///   - text: The text cmark parsed.
  static func isClosed(
    _ block: RawNode, fence: Fence, contentLines: Int, container: RawNode?, text: TransformedText
  ) -> Bool {
    guard block.endLine == block.startLine + contentLines + 1 else { return false }
    if let container, container.kind != .document, block.endLine > container.endLine {
      return false
    }
    let line = block.endLine - 1
    let start = text.lines.start(ofLine: line)
    var end = text.lines.contentEnd(ofLine: line, in: text.bytes)
    while end > start, text.bytes[end - 1] == 0x20 || text.bytes[end - 1] == 0x09 { end -= 1 }
    var runStart = end
    while runStart > start, text.bytes[runStart - 1] == fence.character { runStart -= 1 }
    guard end - runStart >= fence.length else { return false }
    return text.bytes[start..<runStart].allSatisfy {
      $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">")
    }
  }
}

/// The original bytes of a note and the arithmetic that turns offsets into positions.
///
/// A class so that every stage shares one instance; it is not mutated after `init`.
final class SourceText: Sendable {
  let bytes: [UInt8]
  let lines: LineTable
  /// 3 when the file starts with a UTF-8 byte-order mark, else 0.
  let bomLength: Int

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    self.lines = LineTable(bytes)
    self.bomLength =
      bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
  }

  /// The position of a byte offset (clamped to the file).
  func position(ofOffset rawOffset: Int) -> SourcePosition {
    let offset = min(max(rawOffset, 0), bytes.count)
    let line = lines.lineIndex(ofOffset: offset)
    var start = lines.start(ofLine: line)
    if line == 0 { start = min(bomLength, max(offset, 0)) }
    // A `\r` of a CRLF pair is not a column: map it to the `\n` after it.
    var column = offset - start + 1
    if offset > 0 && offset < bytes.count && bytes[offset] == 0x0A && bytes[offset - 1] == 0x0D {
      column -= 1
    }
    return SourcePosition(line: line + 1, column: max(column, 1), offset: offset)
  }
}

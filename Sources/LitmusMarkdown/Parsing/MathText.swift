/// The TeX of a math span as the author means it.
enum MathText {
  /// The bytes of `content`, except that on each line after the first the block-quote
  /// markers (`>` with up to three spaces before and one after) of the quotes the span's
  /// first line is in are removed, as CommonMark removes them from the quote's text.
  ///
  /// Also returns where the TeX comes from: each piece is a TeX offset and the file offset
  /// of that TeX byte, the bytes up to the next piece following it in the file (a new piece
  /// starts after each line's removed markers).
  static func tex(in bytes: [UInt8], content: Range<Int>, firstLineStart: Int) -> (
    tex: String, pieces: [(textOffset: Int, fileOffset: Int)]
  ) {
    let depth = quoteDepth(in: bytes, from: firstLineStart, limit: content.lowerBound)
    guard depth > 0, bytes[content].contains(where: { $0 == 0x0A || $0 == 0x0D }) else {
      return (
        String(decoding: bytes[content], as: UTF8.self), [(0, content.lowerBound)]
      )
    }
    var output: [UInt8] = []
    var pieces: [(textOffset: Int, fileOffset: Int)] = [(0, content.lowerBound)]
    output.reserveCapacity(content.count)
    var index = content.lowerBound
    while index < content.upperBound {
      let byte = bytes[index]
      output.append(byte)
      index += 1
      guard byte == 0x0A || (byte == 0x0D && (index >= content.upperBound || bytes[index] != 0x0A))
      else { continue }
      let lineStart = index
      for _ in 0..<depth {
        guard let after = marker(in: bytes, at: index, limit: content.upperBound) else { break }
        index = after
      }
      if index != lineStart { pieces.append((output.count, index)) }
    }
    return (String(decoding: output, as: UTF8.self), pieces)
  }

  /// How many block-quote markers start the line at `start` (before `limit`).
  private static func quoteDepth(in bytes: [UInt8], from start: Int, limit: Int) -> Int {
    var depth = 0
    var index = start
    while let after = marker(in: bytes, at: index, limit: limit) {
      depth += 1
      index = after
    }
    return depth
  }

  /// The offset after one `>` marker at `index` (up to three spaces, `>`, one optional
  /// space), or nil.
  private static func marker(in bytes: [UInt8], at index: Int, limit: Int) -> Int? {
    var cursor = index
    var spaces = 0
    while cursor < limit && bytes[cursor] == 0x20 && spaces < 3 {
      cursor += 1
      spaces += 1
    }
    guard cursor < limit, bytes[cursor] == UInt8(ascii: ">") else { return nil }
    cursor += 1
    if cursor < limit && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
    return cursor
  }
}

/// The start offsets of the lines of a byte buffer.
///
/// `\n`, `\r\n` and a lone `\r` each end a line, as in CommonMark.
struct LineTable: Sendable {
  /// Offsets where lines start; the first is always 0.
  private(set) var starts: [Int]
  /// The buffer's length.
  let count: Int

  init(_ bytes: [UInt8]) {
    var starts = [0]
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte == 0x0A {
        starts.append(index + 1)
      } else if byte == 0x0D {
        if index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
        starts.append(index + 1)
      }
      index += 1
    }
    self.starts = starts
    self.count = count
  }

  /// The 0-based line index that contains `offset` (the last line for the end offset).
  func lineIndex(ofOffset offset: Int) -> Int {
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The start offset of a 0-based line, clamped to the buffer.
  func start(ofLine line: Int) -> Int {
    if line < 0 { return 0 }
    if line >= starts.count { return count }
    return starts[line]
  }

  /// The offset just past the content of a 0-based line (before its terminator).
  func contentEnd(ofLine line: Int, in bytes: [UInt8]) -> Int {
    if line < 0 { return 0 }
    if line >= starts.count { return count }
    var end = line + 1 < starts.count ? starts[line + 1] : count
    if end > starts[line] && bytes[end - 1] == 0x0A { end -= 1 }
    if end > starts[line] && bytes[end - 1] == 0x0D { end -= 1 }
    return end
  }

  /// The number of lines (a trailing terminator starts an empty last line).
  var lineCount: Int { starts.count }
}

/// Where each byte of a text taken from a note lies in the file: a code span's literal, a
/// formula's TeX, an inline value's expression or stated value.
///
/// Such a text is not always one contiguous run of the file. A span continued on the next
/// line of a block quote or list item leaves out that line's container prefix (`> `, list
/// indentation), and a code span turns each line ending into one space. The map is a list of
/// runs, each a stretch of text bytes that lie one after the other on one line of the file,
/// so a byte's column is its run's column plus its distance from the run's start.
public struct SourceMap: Sendable, Hashable {
  /// A stretch of text bytes that lie one after the other on one file line.
  public struct Run: Sendable, Hashable {
    /// The offset in the text of the run's first byte.
    public var textOffset: Int
    /// The number of text bytes in the run.
    public var length: Int
    /// The file position of the run's first byte.
    public var position: SourcePosition

    /// Creates a run.
    /// - Parameters:
    ///   - textOffset: Where the run starts in the text.
    ///   - length: How many bytes it has.
    ///   - position: Where its first byte is in the file.
    public init(textOffset: Int, length: Int, position: SourcePosition) {
      self.textOffset = textOffset
      self.length = length
      self.position = position
    }
  }

  /// The runs, in text order, covering the text without gaps.
  public var runs: [Run]

  /// Creates a map from its runs.
  /// - Parameter runs: Runs in text order, each starting where the previous one ends.
  public init(runs: [Run]) {
    self.runs = runs
  }

  /// The map of a text written in the file as it is, starting at `position`: each line after
  /// the first starts at column 1 of the next file line.
  /// - Parameters:
  ///   - text: The text.
  ///   - position: The file position of its first byte.
  public init(contiguous text: String, at position: SourcePosition) {
    var runs: [Run] = []
    var start = 0
    var line = position.line
    var column = position.column
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == 0x0D && index < bytes.count && bytes[index] == 0x0A { index += 1 }
      guard byte == 0x0A || byte == 0x0D else { continue }
      runs.append(
        Run(
          textOffset: start, length: index - start,
          position: SourcePosition(line: line, column: column, offset: position.offset + start)))
      start = index
      line += 1
      column = 1
    }
    if start < bytes.count || runs.isEmpty {
      runs.append(
        Run(
          textOffset: start, length: bytes.count - start,
          position: SourcePosition(line: line, column: column, offset: position.offset + start)))
    }
    self.runs = runs
  }

  /// The map of a text made of pieces of a note's file: piece `i` is the text bytes from
  /// `pieces[i].textOffset` to the next piece's (or `length`), which lie one after the other
  /// in the file from `pieces[i].fileOffset`; a piece that crosses a line ending is split
  /// there.
  init(source: SourceText, pieces: [(textOffset: Int, fileOffset: Int)], length: Int) {
    var runs: [Run] = []
    let bytes = source.bytes
    for (index, piece) in pieces.enumerated() {
      let end = index + 1 < pieces.count ? pieces[index + 1].textOffset : length
      var start = piece.textOffset
      var cursor = piece.textOffset
      while cursor < end {
        let file = piece.fileOffset + cursor - piece.textOffset
        cursor += 1
        guard file < bytes.count else { continue }
        let byte = bytes[file]
        let endsLine =
          byte == 0x0A || (byte == 0x0D && (file + 1 >= bytes.count || bytes[file + 1] != 0x0A))
        if endsLine || cursor == end {
          runs.append(
            Run(
              textOffset: start, length: cursor - start,
              position: source.position(ofOffset: piece.fileOffset + start - piece.textOffset)))
          start = cursor
        }
      }
    }
    if runs.isEmpty, let first = pieces.first {
      runs.append(
        Run(textOffset: 0, length: 0, position: source.position(ofOffset: first.fileOffset)))
    }
    self.runs = runs
  }

  /// The number of text bytes the map covers.
  public var length: Int { runs.last.map { $0.textOffset + $0.length } ?? 0 }

  /// The file position of a byte of the text.
  /// - Parameter byte: A 0-based UTF-8 offset into the text; offsets before the text map to
  ///   its first byte, the end offset (and past it) to just after its last byte.
  /// - Returns: The file position, or nil when the map is empty.
  public func position(ofTextByte byte: Int) -> SourcePosition? {
    guard let first = runs.first, let last = runs.last else { return nil }
    if byte <= first.textOffset { return first.position }
    if byte >= last.textOffset + last.length { return last.position.advanced(by: last.length) }
    var low = 0
    var high = runs.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if runs[middle].textOffset <= byte { low = middle } else { high = middle - 1 }
    }
    let run = runs[low]
    return run.position.advanced(by: byte - run.textOffset)
  }

  /// The file byte range of a range of text bytes, when those bytes lie one after the other
  /// on one line of the file (what an in-place rewrite of a number needs); nil when they
  /// are split between lines or the range is outside the text.
  /// - Parameter range: A range of text byte offsets.
  /// - Returns: The file range, or nil.
  public func contiguousFileRange(of range: Range<Int>) -> Range<Int>? {
    guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= length,
      let first = position(ofTextByte: range.lowerBound),
      let last = position(ofTextByte: range.upperBound - 1),
      last.line == first.line, last.offset - first.offset == range.count - 1
    else { return nil }
    return first.offset..<(last.offset + 1)
  }

  /// The part of the map for a range of text bytes, its offsets counted from the range's
  /// start.
  /// - Parameter range: A range of text byte offsets.
  /// - Returns: The map of that part of the text.
  public func slice(_ range: Range<Int>) -> SourceMap {
    var result: [Run] = []
    for run in runs {
      let low = max(run.textOffset, range.lowerBound)
      let high = min(run.textOffset + run.length, range.upperBound)
      guard low < high else { continue }
      result.append(
        Run(
          textOffset: low - range.lowerBound, length: high - low,
          position: run.position.advanced(by: low - run.textOffset)))
    }
    if result.isEmpty, let position = position(ofTextByte: range.lowerBound) {
      result.append(Run(textOffset: 0, length: 0, position: position))
    }
    return SourceMap(runs: result)
  }
}

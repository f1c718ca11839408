/// Finds where cmark's code spans are in the text, since cmark's inline positions are not
/// exact.
///
/// For each code node of one paragraph or heading, in order, it looks for the next pair of
/// equal backtick runs whose normalised content equals the node's literal, and reports the
/// offset of every literal byte.
struct CodeSpanLocator {
  private let bytes: [UInt8]
  private let range: Range<Int>
  /// Backtick runs in `range`: start and length, in order.
  private var runs: [(start: Int, length: Int)] = []
  /// For each run length, the indices into `runs` of the runs of that length.
  private var runsByLength: [Int: [Int]] = [:]
  private var indexed = false
  /// The index into `runs` where the next search starts.
  private var cursor = 0

  init(bytes: [UInt8], range: Range<Int>) {
    self.bytes = bytes
    self.range = range
  }

  private mutating func index() {
    indexed = true
    var position = range.lowerBound
    while position < range.upperBound {
      if bytes[position] == UInt8(ascii: "`") {
        let start = position
        while position < range.upperBound && bytes[position] == UInt8(ascii: "`") { position += 1 }
        runsByLength[position - start, default: []].append(runs.count)
        runs.append((start, position - start))
      } else {
        position += 1
      }
    }
  }

  /// The text offset of each byte of `literal`, or nil when the span is not found.
  mutating func locate(literal: [UInt8]) -> [Int]? {
    if !indexed { index() }
    var opener = cursor
    while opener < runs.count {
      let run = runs[opener]
      guard let closer = closingRun(after: opener) else {
        opener += 1
        continue
      }
      let content = (run.start + run.length)..<runs[closer].start
      if let origins = align(content, with: literal) {
        cursor = closer + 1
        return origins
      }
      opener += 1
    }
    return nil
  }

  /// The first run after `opener` with the same length.
  private func closingRun(after opener: Int) -> Int? {
    guard let candidates = runsByLength[runs[opener].length] else { return nil }
    var low = 0
    var high = candidates.count
    while low < high {
      let middle = (low + high) / 2
      if candidates[middle] <= opener { low = middle + 1 } else { high = middle }
    }
    return low < candidates.count ? candidates[low] : nil
  }

  /// The origin of each literal byte when the content between two backtick runs
  /// normalises to `literal`, else nil. It tries both readings of CommonMark's stripping of
  /// one leading and trailing space.
  private func align(_ content: Range<Int>, with literal: [UInt8]) -> [Int]? {
    if let origins = normalised(content, literal: literal, stripped: true) { return origins }
    return normalised(content, literal: literal, stripped: false)
  }

  /// CommonMark's code span normalisation, keeping each byte's origin: a line ending becomes
  /// one space, and one leading and trailing space go when both are there and the content
  /// is not all spaces (`stripped` says which case is tried). On each continuation line,
  /// the container prefix (`>` markers, list indentation) and leading white space are
  /// usually not content; but a `>` indented four or more columns is, and so is the
  /// indentation cmark keeps on some lazy continuation lines (`- a`, `> b`, `  c`).
  /// So the line's content starts at the last byte of its run of `>`, spaces and tabs from
  /// which the line reads as the literal does there, trying the longest prefix first.
  /// Returns the origins when the normalised content equals `literal`, else nil.
  private func normalised(_ content: Range<Int>, literal: [UInt8], stripped: Bool) -> [Int]? {
    var origins: [Int] = []
    origins.reserveCapacity(content.count)
    let shift = stripped ? 1 : 0
    var position = content.lowerBound
    while position < content.upperBound {
      origins.append(position)
      let byte = bytes[position]
      position += 1
      if byte == 0x0D && position < content.upperBound && bytes[position] == 0x0A { position += 1 }
      guard byte == 0x0A || byte == 0x0D else { continue }
      var prefixEnd = position
      while prefixEnd < content.upperBound
        && (bytes[prefixEnd] == 0x20 || bytes[prefixEnd] == 0x09
          || bytes[prefixEnd] == UInt8(ascii: ">"))
      {
        prefixEnd += 1
      }
      var start = prefixEnd
      while start > position
        && !lineMatches(from: start, content, literal, at: origins.count - shift)
      {
        start -= 1
      }
      position = start
    }
    func isSpace(_ origin: Int) -> Bool {
      bytes[origin] == 0x20 || bytes[origin] == 0x0A || bytes[origin] == 0x0D
    }
    let strips =
      origins.count >= 2 && isSpace(origins[0]) && isSpace(origins[origins.count - 1])
      && !origins.allSatisfy(isSpace)
    guard strips == stripped else { return nil }
    if stripped {
      origins.removeFirst()
      origins.removeLast()
    }
    guard origins.count == literal.count,
      zip(origins, literal).allSatisfy({ origin, byte in
        let source = bytes[origin]
        return source == byte || (byte == 0x20 && (source == 0x0A || source == 0x0D))
      })
    else { return nil }
    return origins
  }

  /// Whether the bytes from `start` to the end of its line (or of `content`) equal the
  /// literal's bytes from `index` (bytes past the literal's end are not compared: a
  /// stripped trailing space is there; the caller compares the whole content at the end).
  private func lineMatches(
    from start: Int, _ content: Range<Int>, _ literal: [UInt8], at index: Int
  )
    -> Bool
  {
    var position = start
    var literalIndex = index
    while position < content.upperBound && bytes[position] != 0x0A && bytes[position] != 0x0D {
      guard literalIndex < literal.count else { return true }
      guard literalIndex >= 0, literal[literalIndex] == bytes[position] else { return false }
      position += 1
      literalIndex += 1
    }
    return true
  }
}

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
      let contentStart = run.start + run.length
      let origins = normalised(contentStart..<runs[closer].start)
      if origins.count == literal.count
        && zip(origins, literal).allSatisfy({ origin, byte in
          let source = bytes[origin]
          return source == byte || (byte == 0x20 && (source == 0x0A || source == 0x0D))
        })
      {
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

  /// CommonMark's code span normalisation, keeping each byte's origin: a line ending becomes
  /// one space, and one leading and trailing space go when both are there and the content
  /// is not all spaces.
  private func normalised(_ content: Range<Int>) -> [Int] {
    var origins: [Int] = []
    origins.reserveCapacity(content.count)
    var position = content.lowerBound
    while position < content.upperBound {
      origins.append(position)
      let byte = bytes[position]
      position += 1
      if byte == 0x0D && position < content.upperBound && bytes[position] == 0x0A { position += 1 }
      if byte == 0x0A || byte == 0x0D {
        // cmark strips the leading whitespace of a paragraph's continuation lines.
        while position < content.upperBound && (bytes[position] == 0x20 || bytes[position] == 0x09)
        {
          position += 1
        }
      }
    }
    func isSpace(_ origin: Int) -> Bool {
      bytes[origin] == 0x20 || bytes[origin] == 0x0A || bytes[origin] == 0x0D
    }
    if origins.count >= 2, let first = origins.first, let last = origins.last, isSpace(first),
      isSpace(last), !origins.allSatisfy(isSpace)
    {
      origins.removeFirst()
      origins.removeLast()
    }
    return origins
  }
}

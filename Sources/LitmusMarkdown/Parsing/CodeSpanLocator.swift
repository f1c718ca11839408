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
  /// The text offset up to which the paragraph has been accounted for (the end of the
  /// last span found or text skipped).
  private var consumed: Int
  /// Bytes that ``occurrence(of:from:)`` may still look at: a few passes over the
  /// paragraph, so that many reference links with a backtick in their title (found
  /// elsewhere, so searched for in vain) cannot make a paragraph quadratic.
  private var searchBudget: Int

  init(bytes: [UInt8], range: Range<Int>) {
    self.bytes = bytes
    self.range = range
    self.consumed = range.lowerBound
    self.searchBudget = 4 * range.count + 4_096
  }

  /// Passes over raw HTML, so that backticks inside it (`<span title="`1 => 2`">`) are
  /// not taken for a later code span's: the next occurrence of `html`, byte for byte, is
  /// skipped. Call it for each raw HTML node in document order.
  mutating func skip(html: [UInt8]) {
    guard html.contains(UInt8(ascii: "`")), let found = occurrence(of: html) else { return }
    skip(to: found.upperBound)
  }

  /// Passes over an inline link's or image's title (`[x](url "`1 => 2`")`), so that its
  /// backticks are not taken for a later code span's: the next occurrence of `title`
  /// between quotes or parentheses and followed by the link's `)` is skipped. Call it when
  /// the link ends (its text's code spans come before its title).
  mutating func skip(linkTitle title: [UInt8]) {
    guard title.contains(UInt8(ascii: "`")) else { return }
    var from = consumed
    while let found = occurrence(of: title, from: from) {
      from = found.lowerBound + 1
      guard found.lowerBound > range.lowerBound, found.upperBound < range.upperBound else {
        continue
      }
      let opener = bytes[found.lowerBound - 1]
      let closer = bytes[found.upperBound]
      let matching: UInt8? =
        switch opener {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "'"): UInt8(ascii: "'")
        case UInt8(ascii: "("): UInt8(ascii: ")")
        default: nil
        }
      guard closer == matching else { continue }
      var after = found.upperBound + 1
      while after < range.upperBound, bytes[after] == 0x20 || bytes[after] == 0x09 {
        after += 1
      }
      guard after < range.upperBound, bytes[after] == UInt8(ascii: ")") else { continue }
      skip(to: after + 1)
      return
    }
  }

  /// Moves the search past `offset`: runs that start before it are not code spans.
  private mutating func skip(to offset: Int) {
    if !indexed { index() }
    while cursor < runs.count && runs[cursor].start < offset { cursor += 1 }
    consumed = max(consumed, offset)
  }

  /// The first occurrence of `needle` in the paragraph at or after `from`; nil also when
  /// the search budget is spent (the skip is then not made, as before it existed).
  private mutating func occurrence(of needle: [UInt8], from: Int? = nil) -> Range<Int>? {
    guard let first = needle.first else { return nil }
    var start = from ?? consumed
    while start + needle.count <= range.upperBound {
      searchBudget -= 1
      if searchBudget < 0 { return nil }
      if bytes[start] == first && bytes[start..<(start + needle.count)].elementsEqual(needle) {
        return start..<(start + needle.count)
      }
      start += 1
    }
    return nil
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
        consumed = runs[closer].start + runs[closer].length
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
  /// So the literal decides where in the line's run of `>`, spaces and tabs its content
  /// starts (``contentStart(line:prefixEnd:_:_:at:shift:)``).
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
      position = contentStart(
        line: position, prefixEnd: prefixEnd, content, literal, at: origins.count - shift,
        shift: shift)
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

  /// Where a continuation line's content starts, given the run of `>`, spaces and tabs
  /// from `line` to `prefixEnd`, and the literal's byte `index` where that content must
  /// be. The content starts with as many of the run's last bytes as the literal has such
  /// bytes at `index` (the byte after the run is none of them); when the span's content
  /// ends within the run, the literal's remaining length decides. Linear in the run.
  private func contentStart(
    line: Int, prefixEnd: Int, _ content: Range<Int>, _ literal: [UInt8], at index: Int,
    shift: Int
  ) -> Int {
    let run = prefixEnd - line
    if prefixEnd == content.upperBound {
      let remaining = literal.count + shift - index
      return remaining >= 0 && remaining <= run ? prefixEnd - remaining : prefixEnd
    }
    if bytes[prefixEnd] == 0x0A || bytes[prefixEnd] == 0x0D { return prefixEnd }
    var kept = 0
    while kept < run && index + kept >= 0 && index + kept < literal.count
      && (literal[index + kept] == 0x20 || literal[index + kept] == 0x09
        || literal[index + kept] == UInt8(ascii: ">"))
    {
      kept += 1
    }
    return prefixEnd - kept
  }
}

extension TeXParser {
  /// The columns read so far from an `array` specification, and where its braces close.
  private struct ColumnSpecification {
    var alignments: [String] = []
    /// Whether a rule precedes each column; one more entry, if present, is a rule
    /// after the last column.
    var rules: [Bool] = []
    var pendingRule = false
    /// How many more tokens may be visited (bounds `*{n}{…}` expansion).
    var budget = 4096
    var exhausted = false
    /// The index of the specification's opening `{`; the tables below start there.
    let start: Int
    /// For each `{` in the specification, the index of its `}`; -1 for other tokens.
    let closes: [Int]
    /// For each token in the specification, the index of the first token at or after
    /// it that is not a space.
    let nextNonSpace: [Int]

    /// Indexes the braces and spaces of a specification, so that finding where a
    /// `{` closes or skipping spaces takes constant time at any `*{n}{…}` depth.
    /// - Parameters:
    ///   - tokens: The formula's tokens.
    ///   - start: The index of the specification's `{`.
    /// - Returns: The empty specification, or nil if the `{` is never closed.
    init?(tokens: [TeXToken], start: Int) {
      var closes: [Int] = []
      var opens: [Int] = []
      var position = start
      while position < tokens.count {
        closes.append(-1)
        switch tokens[position].kind {
        case .beginGroup: opens.append(position)
        case .endGroup:
          if let open = opens.popLast() { closes[open - start] = position }
        default: break
        }
        position += 1
        if opens.isEmpty { break }
      }
      guard opens.isEmpty else { return nil }
      var nextNonSpace = [Int](repeating: position, count: closes.count)
      var next = position
      for index in (start..<position).reversed() {
        if tokens[index].kind != .space { next = index }
        nextNonSpace[index - start] = next
      }
      self.start = start
      self.closes = closes
      self.nextNonSpace = nextNonSpace
    }

    /// The index of the `}` closing the specification's own `{`.
    var end: Int { closes[0] }
  }

  /// The most columns `*{n}{…}` may repeat.
  private static let maximumRepeat = 100

  /// Parses an `array` column specification like `{c|cl}` (after `\begin{array}`).
  ///
  /// `l`, `c`, `r` align a column; `p{…}`, `m{…}` and `b{…}` are left-aligned columns
  /// (the width is ignored); `|` and `:` draw a rule; `*{n}{…}` repeats; `@{…}`,
  /// `!{…}`, `>{…}` and `<{…}` are accepted and ignored. Anything else gets one
  /// positioned diagnostic. Each `*{n}{…}` counts one nesting level, like a group, so
  /// nesting them deeper than the converter's nesting limit stops with
  /// `nesting too deep` at the first `*` past the limit. Time is linear in the
  /// specification's length: its braces are matched once, and expansion is bounded
  /// by a budget of visited tokens.
  /// - Parameters:
  ///   - token: The `\begin` token.
  ///   - name: The environment's name.
  /// - Returns: The table's layout.
  mutating func parseColumnSpecification(token: TeXToken, name: String) -> MathTable.Layout {
    skipSpaces()
    guard let open = peek(), open.kind == .beginGroup else {
      report(TeXMessage.missingArgument("\\begin{\(name)}"), at: token)
      return .array(alignments: [], rules: [])
    }
    guard var specification = ColumnSpecification(tokens: tokens, start: index) else {
      report(TeXMessage.missingCloseBrace, at: open)
      aborted = true
      return .array(alignments: [], rules: [])
    }
    let close = specification.end
    readColumns(index + 1..<close, into: &specification)
    index = close + 1
    if specification.pendingRule { specification.rules.append(true) }
    return .array(alignments: specification.alignments, rules: specification.rules)
  }

  /// Reads the columns in a range of tokens.
  ///
  /// `*{n}{…}` is expanded with an explicit stack rather than recursion, so nesting
  /// takes no call stack; it is still bounded by the nesting limit, counting from the
  /// environment's own depth. The first problem stops reading with one diagnostic.
  private mutating func readColumns(
    _ range: Range<Int>, into specification: inout ColumnSpecification
  ) {
    // The `*{n}{…}` being expanded, innermost last: its `*`, the tokens inside its
    // columns' braces, how many more times they are read, and what to read after.
    var repeats: [(star: TeXToken, columns: Range<Int>, remaining: Int, after: Range<Int>)] = []
    var position = range.lowerBound
    var end = range.upperBound
    while !aborted {
      if position >= end {
        guard var innermost = repeats.popLast() else { return }
        guard innermost.remaining > 0 else {
          (position, end) = (innermost.after.lowerBound, innermost.after.upperBound)
          continue
        }
        guard spend(at: innermost.star, from: &specification) else { return }
        innermost.remaining -= 1
        (position, end) = (innermost.columns.lowerBound, innermost.columns.upperBound)
        repeats.append(innermost)
        continue
      }
      let token = tokens[position]
      guard spend(at: token, from: &specification) else { return }
      position += 1
      switch token.kind {
      case .space:
        continue
      case .character("|"), .character(":"):
        specification.pendingRule = true
      case .character(let c) where c == "l" || c == "c" || c == "r":
        addColumn(c == "l" ? "left" : c == "r" ? "right" : "center", to: &specification)
      case .character(let c) where ["p", "m", "b", "@", "!", ">", "<"].contains(c):
        guard let argument = braced(after: position, before: end, in: specification) else {
          report(TeXMessage.missingColumnArgument(String(c)), at: token)
          return
        }
        position = argument.upperBound + 1
        if ["p", "m", "b"].contains(c) { addColumn("left", to: &specification) }
      case .character("*"):
        guard let count = braced(after: position, before: end, in: specification),
          let columns = braced(after: count.upperBound + 1, before: end, in: specification)
        else {
          report(TeXMessage.missingColumnArgument("*"), at: token)
          return
        }
        guard let times = repeatCount(count.lowerBound + 1..<count.upperBound, in: specification)
        else {
          report(
            TeXMessage.invalidColumnRepeat, from: token.offset,
            to: tokens[columns.upperBound].offset + 1)
          return
        }
        guard depth + repeats.count < maximumDepth else {
          report(TeXMessage.nestingTooDeep, at: token)
          aborted = true
          return
        }
        repeats.append(
          (
            star: token, columns: columns.lowerBound + 1..<columns.upperBound, remaining: times,
            after: columns.upperBound + 1..<end
          ))
        (position, end) = (columns.upperBound, columns.upperBound)
      case .beginGroup:
        let close = specification.closes[position - 1 - specification.start]
        report(
          TeXMessage.unsupportedColumn("{…}"), from: token.offset,
          to: tokens[close].offset + tokens[close].length)
        position = close + 1
      default:
        report(TeXMessage.unsupportedColumn(describe(token)), at: token)
      }
    }
  }

  /// Spends one step of the budget; when it runs out, reports it once.
  /// - Returns: Whether reading may go on.
  private mutating func spend(
    at token: TeXToken, from specification: inout ColumnSpecification
  ) -> Bool {
    if specification.exhausted { return false }
    specification.budget -= 1
    if specification.budget >= 0 { return true }
    specification.exhausted = true
    report(TeXMessage.columnSpecificationTooLong, at: token)
    return false
  }

  private func addColumn(_ alignment: String, to specification: inout ColumnSpecification) {
    specification.alignments.append(alignment)
    specification.rules.append(specification.pendingRule)
    specification.pendingRule = false
  }

  /// The range from the `{` after `position` (spaces skipped) to its `}`, both included
  /// as bounds: `lowerBound` is the `{`, `upperBound` the `}`. Constant time.
  private func braced(
    after position: Int, before end: Int, in specification: ColumnSpecification
  ) -> ClosedRange<Int>? {
    guard position < end else { return nil }
    let start = specification.nextNonSpace[position - specification.start]
    guard start < end, tokens[start].kind == .beginGroup else { return nil }
    let close = specification.closes[start - specification.start]
    guard close < end else { return nil }
    return start...close
  }

  /// The count of `*{count}{…}`: digits only, 1 to ``maximumRepeat``. Reads at most
  /// four digits, so it takes constant time however long the count is.
  private func repeatCount(_ range: Range<Int>, in specification: ColumnSpecification) -> Int? {
    var digits = ""
    var position = range.lowerBound
    while position < range.upperBound {
      position = specification.nextNonSpace[position - specification.start]
      guard position < range.upperBound else { break }
      guard case .character(let c) = tokens[position].kind, ("0"..."9").contains(c),
        digits.count < 4
      else { return nil }
      digits.unicodeScalars.append(c)
      position += 1
    }
    guard digits.count <= 3, let count = Int(digits), (1...Self.maximumRepeat).contains(count)
    else { return nil }
    return count
  }

  /// How a token reads in a message: the character or the command with its backslash.
  private func describe(_ token: TeXToken) -> String {
    switch token.kind {
    case .character(let c): return String(c)
    case .command(let name): return "\\" + name
    case .beginGroup: return "{"
    case .endGroup: return "}"
    case .superscript: return "^"
    case .subscript: return "_"
    case .alignment: return "&"
    case .space: return "space"
    }
  }
}

extension TeXParser {
  /// The columns read so far from an `array` specification.
  private struct ColumnSpecification {
    var alignments: [String] = []
    /// Whether a rule precedes each column; one more entry, if present, is a rule
    /// after the last column.
    var rules: [Bool] = []
    var pendingRule = false
    /// How many more tokens may be visited (bounds `*{n}{…}` expansion).
    var budget = 4096
    var exhausted = false
  }

  /// The most columns `*{n}{…}` may repeat.
  private static let maximumRepeat = 100

  /// Parses an `array` column specification like `{c|cl}` (after `\begin{array}`).
  ///
  /// `l`, `c`, `r` align a column; `p{…}`, `m{…}` and `b{…}` are left-aligned columns
  /// (the width is ignored); `|` and `:` draw a rule; `*{n}{…}` repeats; `@{…}`,
  /// `!{…}`, `>{…}` and `<{…}` are accepted and ignored. Anything else gets one
  /// positioned diagnostic.
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
    guard let close = matchingClose(of: index, before: tokens.count) else {
      report(TeXMessage.missingCloseBrace, at: open)
      aborted = true
      return .array(alignments: [], rules: [])
    }
    var specification = ColumnSpecification()
    readColumns(index + 1..<close, into: &specification)
    index = close + 1
    if specification.pendingRule { specification.rules.append(true) }
    return .array(alignments: specification.alignments, rules: specification.rules)
  }

  /// Reads the columns in a range of tokens.
  private mutating func readColumns(
    _ range: Range<Int>, into specification: inout ColumnSpecification
  ) {
    var position = range.lowerBound
    while position < range.upperBound, spend(at: tokens[position], from: &specification) {
      let token = tokens[position]
      position += 1
      switch token.kind {
      case .space:
        continue
      case .character("|"), .character(":"):
        specification.pendingRule = true
      case .character(let c) where c == "l" || c == "c" || c == "r":
        addColumn(c == "l" ? "left" : c == "r" ? "right" : "center", to: &specification)
      case .character(let c) where ["p", "m", "b", "@", "!", ">", "<"].contains(c):
        guard let argument = braced(after: position, before: range.upperBound) else {
          report(TeXMessage.missingColumnArgument(String(c)), at: token)
          return
        }
        position = argument.upperBound + 1
        if ["p", "m", "b"].contains(c) { addColumn("left", to: &specification) }
      case .character("*"):
        guard let count = braced(after: position, before: range.upperBound),
          let columns = braced(after: count.upperBound + 1, before: range.upperBound)
        else {
          report(TeXMessage.missingColumnArgument("*"), at: token)
          return
        }
        position = columns.upperBound + 1
        guard let repeats = repeatCount(count.lowerBound + 1..<count.upperBound) else {
          report(
            TeXMessage.invalidColumnRepeat, from: token.offset,
            to: tokens[columns.upperBound].offset + 1)
          return
        }
        for _ in 0..<repeats where spend(at: token, from: &specification) {
          readColumns(columns.lowerBound + 1..<columns.upperBound, into: &specification)
        }
      case .beginGroup:
        let close = matchingClose(of: position - 1, before: range.upperBound) ?? position - 1
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
  /// as bounds: `lowerBound` is the `{`, `upperBound` the `}`.
  private func braced(after position: Int, before end: Int) -> ClosedRange<Int>? {
    var start = position
    while start < end, tokens[start].kind == .space { start += 1 }
    guard start < end, tokens[start].kind == .beginGroup,
      let close = matchingClose(of: start, before: end)
    else { return nil }
    return start...close
  }

  /// The index of the `}` that closes the `{` at `open`, searching before `end`.
  private func matchingClose(of open: Int, before end: Int) -> Int? {
    var level = 0
    var scan = open + 1
    while scan < end {
      switch tokens[scan].kind {
      case .beginGroup: level += 1
      case .endGroup:
        if level == 0 { return scan }
        level -= 1
      default: break
      }
      scan += 1
    }
    return nil
  }

  /// The count of `*{count}{…}`: digits only, 1 to ``maximumRepeat``.
  private func repeatCount(_ range: Range<Int>) -> Int? {
    var digits = ""
    for token in tokens[range] {
      switch token.kind {
      case .character(let c) where ("0"..."9").contains(c): digits.unicodeScalars.append(c)
      case .space: continue
      default: return nil
      }
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

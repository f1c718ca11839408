/// Finds the outcome comments of an example block and attaches each to its statement.
///
/// Rules (NOTE-FORMAT): outcome comments (`// =>`, `// warning:`, `// error:`) directly follow
/// the statement they belong to, in any order; an ordinary comment or a blank line ends the
/// group. A `// =>` value continues on following plain `//` lines while its `[` brackets are
/// open (brackets inside quoted strings do not count). What the value says, and whether it
/// reads at all (an unclosed `[` included), is the stated-value parser's to report, once.
enum OutcomeScanner {
  private enum LineKind {
    case blank
    case code
    case comment(body: Int)
    case outcome(OutcomeKind, text: Int)
  }

  /// The outcomes of `lines`, and diagnostics for comments that cannot be attached.
  static func scan(_ lines: [CodeLine]) -> ([StatedOutcome], [MarkdownDiagnostic]) {
    var outcomes: [StatedOutcome] = []
    var diagnostics: [MarkdownDiagnostic] = []
    let bytes = lines.map { Array($0.text.utf8) }
    var statement: Int?
    var index = 0
    while index < lines.count {
      let line = bytes[index]
      switch classify(line) {
      case .blank, .comment:
        statement = nil
        index += 1
      case .code:
        statement = index
        index += 1
      case .outcome(let kind, let textStart):
        let text = trim(line, textStart..<line.count)
        let position = lines[index].position(atByte: text.lowerBound)
        guard let statementLine = statement else {
          diagnostics.append(
            MarkdownDiagnostic(
              message:
                "outcome comment with no statement before it: put it right after the statement",
              position: position))
          index += 1
          continue
        }
        var pieces = [
          StatedPiece(text: String(decoding: line[text], as: UTF8.self), position: position)
        ]
        let commentLine = index
        index += 1
        if kind == .value {
          var depth = bracketDepth(line[text])
          while depth > 0, index < lines.count,
            case .comment(let body) = classify(bytes[index])
          {
            let continuation = trim(bytes[index], body..<bytes[index].count)
            pieces.append(
              StatedPiece(
                text: String(decoding: bytes[index][continuation], as: UTF8.self),
                position: lines[index].position(atByte: continuation.lowerBound)))
            depth += bracketDepth(bytes[index][continuation])
            index += 1
          }
          // A `[` still open here is left to the stated-value parser, which reports
          // it once, at the bracket, when the value is judged.
        }
        outcomes.append(
          StatedOutcome(
            kind: kind, text: pieces.map(\.text).joined(separator: "\n"),
            statementLine: statementLine, commentLine: commentLine,
            position: pieces[0].position, pieces: pieces))
      }
    }
    return (outcomes, diagnostics)
  }

  private static func classify(_ line: [UInt8]) -> LineKind {
    var index = 0
    while index < line.count && (line[index] == 0x20 || line[index] == 0x09) { index += 1 }
    if index == line.count { return .blank }
    guard index + 1 < line.count, line[index] == 0x2F, line[index + 1] == 0x2F else {
      return .code
    }
    let body = index + 2
    if let (kind, text) = OutcomeKind.marker(in: line, body: body) {
      return .outcome(kind, text: text)
    }
    return .comment(body: body)
  }

  private static func trim(_ line: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && MathScanner.isWhitespace(line[lower]) { lower += 1 }
    while upper > lower && MathScanner.isWhitespace(line[upper - 1]) { upper -= 1 }
    return lower..<upper
  }

  /// The change in `[` nesting over `text`, ignoring brackets in double-quoted strings.
  private static func bracketDepth(_ text: ArraySlice<UInt8>) -> Int {
    var depth = 0
    var quoted = false
    var escaped = false
    for byte in text {
      if quoted {
        if escaped {
          escaped = false
        } else if byte == UInt8(ascii: "\\") {
          escaped = true
        } else if byte == UInt8(ascii: "\"") {
          quoted = false
        }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): quoted = true
      case UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "]"): depth -= 1
      default: break
      }
    }
    return depth
  }
}

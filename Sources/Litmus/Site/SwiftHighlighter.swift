import LitmusEval
import SwiftIDEUtils
import SwiftSyntax

/// Highlights Swift source with swift-syntax's own classification (the one
/// SourceKit uses), line by line, so results can be placed between lines.
///
/// Each token becomes `<span class="tok-KIND">…</span>` with the escaped
/// text; `KIND` is the `SyntaxClassification` case name (`keyword`,
/// `identifier`, `integerLiteral`, `lineComment`, …). Unclassified text is
/// escaped and left bare.
public enum SwiftHighlighter {
  /// The highlighted HTML of each line of `source` (split at `\n`), without
  /// line terminators.
  /// - Parameters:
  ///   - source: Swift source text.
  ///   - budget: The CPU time highlighting may still take, shared by the blocks of one
  ///     page; the parse's time is taken from it.
  /// - Returns: One HTML string per line.
  ///
  /// Source is escaped without highlighting when it is longer than 256 KiB, nests
  /// brackets deeper than 128 levels (SwiftParser's lookahead recurses once per
  /// bracket, and 100,000 nested brackets overflowed the stack), has more square
  /// brackets open at once than ``NestingScan`` allows (the lookahead's time doubles
  /// with each) or too many `<` (one level of recursion each), or when the budget runs
  /// out before the parse is done (``BoundedSwiftParse``: the lookahead is quadratic on
  /// text like `a<a<a<…`).
  public static func highlightedLines(
    _ source: String, budget: HighlightBudget = HighlightBudget()
  ) -> [String] {
    guard isSafeToParse(source), budget.remaining > .zero else { return plainLines(source) }
    let parse = BoundedSwiftParse(
      source, maximumNestingLevel: maximumDepth, budget: budget.remaining)
    budget.spend(parse.cpuTime)
    guard let tree = parse.tree else { return plainLines(source) }
    let bytes = Array(source.utf8)
    var lines: [String] = [""]
    var cursor = 0
    func emit(_ range: Range<Int>, kind: String?) {
      guard range.lowerBound < range.upperBound else { return }
      var segmentStart = range.lowerBound
      for index in range where bytes[index] == UInt8(ascii: "\n") {
        append(segmentStart..<index, kind: kind)
        lines.append("")
        segmentStart = index + 1
      }
      append(segmentStart..<range.upperBound, kind: kind)
    }
    func append(_ range: Range<Int>, kind: String?) {
      guard range.lowerBound < range.upperBound else { return }
      let text = HTMLText.escape(String(decoding: bytes[range], as: UTF8.self))
      if let kind {
        lines[lines.count - 1] += "<span class=\"tok-\(kind)\">\(text)</span>"
      } else {
        lines[lines.count - 1] += text
      }
    }
    for classified in tree.classifications {
      let start = min(max(classified.offset, cursor), bytes.count)
      let end = min(classified.endOffset, bytes.count)
      guard start < end else { continue }
      emit(cursor..<start, kind: nil)
      let kind = name(of: classified.kind)
      emit(start..<end, kind: kind)
      cursor = end
    }
    emit(cursor..<bytes.count, kind: nil)
    return lines
  }

  /// The lines of `source`, escaped, without highlighting.
  private static func plainLines(_ source: String) -> [String] {
    source.split(separator: "\n", omittingEmptySubsequences: false).map {
      HTMLText.escape(String($0))
    }
  }

  private static func name(of kind: SyntaxClassification) -> String? {
    switch kind {
    case .none: return nil
    case .keyword: return "keyword"
    case .identifier, .dollarIdentifier: return "identifier"
    case .type: return "type"
    case .integerLiteral, .floatLiteral: return "number"
    case .stringLiteral, .regexLiteral: return "string"
    case .lineComment, .blockComment, .docLineComment, .docBlockComment: return "comment"
    case .operator: return "operator"
    case .argumentLabel: return "label"
    case .attribute: return "attribute"
    default: return nil
    }
  }

  /// The deepest bracket nesting handed to SwiftParser.
  static let maximumDepth = 128

  /// Whether `source` is short and shallow enough for SwiftParser (brackets inside
  /// strings and comments count too: a false alarm only costs the colours).
  static func isSafeToParse(_ source: String) -> Bool {
    guard source.utf8.count <= 256 << 10,
      NestingScan.firstSquareBracketTooDeep(
        source, limit: NestingScan.maximumSquareBracketDepth) == nil,
      NestingScan.firstAngleBracketTooDeep(
        source, limit: NestingScan.maximumAngleBracketDepth) == nil
    else { return false }
    return NestingScan.firstTooDeep(source, limit: maximumDepth) == nil
  }
}

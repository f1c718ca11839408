import SwiftIDEUtils
import SwiftParser
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
  /// - Parameter source: Swift source text.
  /// - Returns: One HTML string per line.
  public static func highlightedLines(_ source: String) -> [String] {
    let tree = Parser.parse(source: source)
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
}

/// The plain text of inline content: what a title, an image's alt text or a heading slug use.
enum PlainText {
  /// Text, code and math as written, breaks as spaces, markup dropped — raw HTML too,
  /// tags and all, so a heading's title, slug and table-of-contents text are the text
  /// the page shows for it (`# B <i>note</i>` is `B note`).
  ///
  /// (An image's alt text is cmark's plain rendering instead, which keeps raw HTML.)
  /// - Parameters:
  ///   - inlines: The content.
  ///   - inlineValue: The text of an inline value span; by default the span as
  ///     written without its backticks (`= expr`, `expr => value`).
  static func of(
    _ inlines: [Inline], inlineValue: (InlineValueSpan) -> String = PlainText.written
  ) -> String {
    var result = ""
    var pending = Array(inlines.reversed())
    while let inline = pending.popLast() {
      switch inline.kind {
      case .text(let text), .code(let text): result += text
      case .html: continue
      case .softBreak, .lineBreak: result += " "
      case .math(let math): result += math.tex
      case .inlineValue(let span): result += inlineValue(span)
      default: pending += inline.children.reversed()
      }
    }
    return result
  }

  /// An inline value span as written, without its backticks.
  static func written(_ span: InlineValueSpan) -> String {
    span.stated.map { "\(span.expression) => \($0)" } ?? "= \(span.expression)"
  }
}

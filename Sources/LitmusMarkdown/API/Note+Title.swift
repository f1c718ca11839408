extension Note {
  /// The note's title: the front matter's `title`, else the plain text of the first
  /// level-1 heading that has any; never empty or only whitespace (nil instead, and the
  /// caller falls back to the file name).
  ///
  /// An inline value span in the heading shows what `value` gives for it; without a
  /// value, a checked span (`` `expr => 0.5` ``) shows its stated value, as the page
  /// does, and a computed one (`` `= expr` ``) its expression.
  /// - Parameter value: The text the page shows for an inline value span (its computed
  ///   value), or nil when there is none.
  /// - Returns: The title, trimmed, or nil.
  public func title(showing value: (InlineValueSpan) -> String?) -> String? {
    if let title = Self.trimmed(frontMatter.title ?? "") { return title }
    var pending = Array(blocks.reversed())
    while let block = pending.popLast() {
      if case .heading(level: 1) = block.kind,
        let title = Self.trimmed(
          PlainText.of(block.inlines) { span in value(span) ?? span.stated ?? span.expression })
      {
        return title
      }
      pending += block.children.reversed()
    }
    return nil
  }

  /// `text` without leading and trailing whitespace; nil when nothing is left.
  private static func trimmed(_ text: String) -> String? {
    let start = text.drop { $0.isWhitespace }
    let trimmed = String(start.reversed().drop { $0.isWhitespace }.reversed())
    return trimmed.isEmpty ? nil : trimmed
  }
}

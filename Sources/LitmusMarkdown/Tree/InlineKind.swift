/// The kinds of inline, one per cmark inline node plus math and inline value spans.
public enum InlineKind: Sendable {
  /// Literal text (entities and escapes already resolved).
  case text(String)
  /// A soft line break.
  case softBreak
  /// A hard line break.
  case lineBreak
  /// A code span that is not an inline value span; the literal after CommonMark normalisation.
  case code(String)
  /// Raw inline HTML.
  case html(String)
  /// A custom inline (never produced by the parser; kept for completeness).
  case customInline(onEnter: String, onExit: String)
  /// Emphasis (`*a*`).
  case emphasis
  /// Strong emphasis (`**a**`).
  case strong
  /// A link; `title` is empty when absent.
  case link(url: String, title: String)
  /// An image; its children are the alt text; `title` is empty when absent.
  case image(url: String, title: String)
  /// Inline or display math, taken out before Markdown parsing.
  indirect case math(MathSpan)
  /// A `` `= expr` `` or `` `expr => value` `` code span.
  indirect case inlineValue(InlineValueSpan)
}

/// The kinds of block, one per cmark block node plus ``example(_:)``.
public enum BlockKind: Sendable {
  /// The document root.
  case document
  /// A `>` block quote.
  case blockQuote
  /// A bullet or ordered list.
  case list(ListInfo)
  /// A list item.
  case item
  /// A fenced or indented code block that is not an example (an example block with no
  /// closing fence included); `info` is empty when absent.
  case codeBlock(info: String, literal: String)
  /// A `swift example` fenced code block.
  case example(ExampleBlock)
  /// A raw HTML block.
  case htmlBlock(String)
  /// A custom block (never produced by the parser; kept for completeness).
  case customBlock(onEnter: String, onExit: String)
  /// A paragraph.
  case paragraph
  /// An ATX or setext heading of the given level, 1…6.
  case heading(level: Int)
  /// A thematic break (`***`, `---`, `___`).
  case thematicBreak
}

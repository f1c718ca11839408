/// A parsed note: front matter, the document tree, and what there is to evaluate.
public struct Note: Sendable {
  /// The path given to the parser.
  public var path: String
  /// The front matter (all fields nil when there is none).
  public var frontMatter: FrontMatter
  /// The front matter's title, else the plain text of the first level-1 heading that has
  /// text (see ``title(showing:)``; inline values show their expressions here); nil when
  /// there is neither.
  public var title: String?
  /// The top-level blocks of the document.
  public var blocks: [Block]
  /// Example blocks and inline value spans, in document order; `items[i]` has id `i`.
  public var items: [EvaluationItem]
  /// Non-fatal problems, in document order.
  public var diagnostics: [MarkdownDiagnostic]

  /// Creates a note.
  /// - Parameters:
  ///   - path: The path of the file.
  ///   - frontMatter: The front matter.
  ///   - title: The title.
  ///   - blocks: The top-level blocks.
  ///   - items: The evaluation items in document order.
  ///   - diagnostics: Non-fatal problems.
  public init(
    path: String, frontMatter: FrontMatter, title: String?, blocks: [Block],
    items: [EvaluationItem], diagnostics: [MarkdownDiagnostic]
  ) {
    self.path = path
    self.frontMatter = frontMatter
    self.title = title
    self.blocks = blocks
    self.items = items
    self.diagnostics = diagnostics
  }
}

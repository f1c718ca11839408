/// One heading of a note, for a table of contents.
public struct TableOfContentsEntry: Sendable, Hashable {
  /// The heading level, 1…6.
  public var level: Int
  /// The heading's plain text.
  public var text: String
  /// The heading's `id` slug, as ``HTMLRenderer`` writes it with `headingAnchors` on.
  public var id: String
  /// The heading's content as HTML, rendered like the heading itself (math through the
  /// renderer's delegate); links are kept as their text.
  public var html: String

  /// Creates an entry.
  /// - Parameters:
  ///   - level: The level.
  ///   - text: The plain text.
  ///   - id: The slug.
  ///   - html: The content as HTML (defaults to the escaped plain text).
  public init(level: Int, text: String, id: String, html: String? = nil) {
    self.level = level
    self.text = text
    self.id = id
    self.html = html ?? HTMLEscaping.escapeHTML(text)
  }
}

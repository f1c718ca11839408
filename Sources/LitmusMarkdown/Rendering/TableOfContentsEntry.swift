/// One heading of a note, for a table of contents.
public struct TableOfContentsEntry: Sendable, Hashable {
  /// The heading level, 1…6.
  public var level: Int
  /// The heading's plain text.
  public var text: String
  /// The heading's `id` slug, as ``HTMLRenderer`` writes it with `headingAnchors` on.
  public var id: String

  /// Creates an entry.
  /// - Parameters:
  ///   - level: The level.
  ///   - text: The plain text.
  ///   - id: The slug.
  public init(level: Int, text: String, id: String) {
    self.level = level
    self.text = text
    self.id = id
  }
}

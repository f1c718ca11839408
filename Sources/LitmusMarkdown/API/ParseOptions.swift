/// Options for ``NoteParser``.
public struct ParseOptions: Sendable, Hashable {
  /// Whether math (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) is taken out before Markdown parsing.
  public var math: Bool
  /// Whether a `---` block at the very top is read as YAML front matter.
  ///
  /// Turn it off only to read plain CommonMark (the CommonMark spec starts documents with
  /// `---` thematic breaks); notes always have it on.
  public var frontMatter: Bool

  /// Creates options.
  /// - Parameters:
  ///   - math: Whether math is recognised (default `true`).
  ///   - frontMatter: Whether front matter is recognised (default `true`).
  public init(math: Bool = true, frontMatter: Bool = true) {
    self.math = math
    self.frontMatter = frontMatter
  }
}

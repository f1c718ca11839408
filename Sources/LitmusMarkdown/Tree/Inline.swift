/// An inline node of the document tree, immutable, with its position in the original file.
///
/// Positions of text-like inlines come from cmark's inline source positions (best effort);
/// code spans, math and inline value spans are located exactly in the original bytes.
public struct Inline: Sendable {
  /// What kind of inline this is, with its kind-specific data.
  public var kind: InlineKind
  /// Where the inline starts in the original file.
  public var position: SourcePosition
  /// Child inlines (emphasis, strong, link, image, custom).
  public var children: [Inline]

  /// Creates an inline.
  /// - Parameters:
  ///   - kind: The kind.
  ///   - position: The start position.
  ///   - children: Child inlines.
  public init(kind: InlineKind, position: SourcePosition, children: [Inline] = []) {
    self.kind = kind
    self.position = position
    self.children = children
  }
}

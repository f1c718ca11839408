/// A block node of the document tree, immutable, with its position in the original file.
public struct Block: Sendable {
  /// What kind of block this is, with its kind-specific data.
  public var kind: BlockKind
  /// The first byte of the block (cmark's start position, mapped back to the original file).
  public var position: SourcePosition
  /// Child blocks (document, block quote, list, item).
  public var children: [Block]
  /// Inline content (paragraph, heading).
  public var inlines: [Inline]

  /// Creates a block.
  /// - Parameters:
  ///   - kind: The kind.
  ///   - position: The start position.
  ///   - children: Child blocks.
  ///   - inlines: Inline content.
  public init(
    kind: BlockKind, position: SourcePosition, children: [Block] = [], inlines: [Inline] = []
  ) {
    self.kind = kind
    self.position = position
    self.children = children
    self.inlines = inlines
  }
}

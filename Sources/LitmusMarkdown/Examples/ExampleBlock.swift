/// A fenced code block whose info string starts with `swift example`.
public struct ExampleBlock: Sendable, Hashable {
  /// The block's id, its index in ``Note/items``.
  public var id: Int
  /// The attributes after `swift example`.
  public var attributes: ExampleAttributes
  /// The content lines (comment lines included), with their file positions.
  public var lines: [CodeLine]
  /// The lines joined by `"\n"`: what the interpreter reads.
  public var source: String
  /// The outcome comments, in order, each attached to its statement.
  public var outcomes: [StatedOutcome]
  /// The opening fence.
  public var position: SourcePosition
  /// The full info string, as written after the fence.
  public var info: String

  /// Creates an example block.
  /// - Parameters:
  ///   - id: The item id.
  ///   - attributes: The attributes.
  ///   - lines: The content lines.
  ///   - outcomes: The outcome comments.
  ///   - position: The opening fence.
  ///   - info: The info string.
  public init(
    id: Int, attributes: ExampleAttributes, lines: [CodeLine], outcomes: [StatedOutcome],
    position: SourcePosition, info: String
  ) {
    self.id = id
    self.attributes = attributes
    self.lines = lines
    self.source = lines.map(\.text).joined(separator: "\n")
    self.outcomes = outcomes
    self.position = position
    self.info = info
  }

  /// The code block's literal as cmark gives it: every line followed by `"\n"`.
  public var literal: String {
    lines.isEmpty ? "" : source + "\n"
  }
}

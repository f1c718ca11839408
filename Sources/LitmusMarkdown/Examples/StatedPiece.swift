/// A contiguous run of a stated outcome's text and where it sits in the file.
public struct StatedPiece: Sendable, Hashable {
  /// The text of this run (one comment line's share of the stated text).
  public var text: String
  /// The file position of the run's first byte.
  public var position: SourcePosition

  /// Creates a piece.
  /// - Parameters:
  ///   - text: The text.
  ///   - position: The position of its first byte.
  public init(text: String, position: SourcePosition) {
    self.text = text
    self.position = position
  }
}

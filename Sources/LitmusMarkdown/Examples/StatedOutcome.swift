/// An outcome comment (`// =>`, `// warning:`, `// error:`) attached to a statement.
public struct StatedOutcome: Sendable, Hashable {
  /// What is stated.
  public var kind: OutcomeKind
  /// The stated text, trimmed; continuation lines are joined with `"\n"` after their `//`
  /// and surrounding spaces are stripped.
  public var text: String
  /// The 0-based index into ``ExampleBlock/lines`` of the statement's last line, the code
  /// line the outcome group follows.
  public var statementLine: Int
  /// The 0-based index into ``ExampleBlock/lines`` of the comment line that starts this
  /// outcome.
  public var commentLine: Int
  /// The file position of the first byte of the stated text (just after the marker when the
  /// text is empty).
  public var position: SourcePosition
  /// The text split by comment line, one piece per comment line of this outcome (so the
  /// outcome spans lines `commentLine..<commentLine + pieces.count`):
  /// `pieces.map(\.text).joined(separator: "\n") == text`.
  public var pieces: [StatedPiece]

  /// Creates a stated outcome.
  /// - Parameters:
  ///   - kind: The kind.
  ///   - text: The stated text.
  ///   - statementLine: The index of the statement's last line.
  ///   - commentLine: The index of the first comment line of this outcome.
  ///   - position: Where the stated text starts.
  ///   - pieces: The text split by line, with positions.
  public init(
    kind: OutcomeKind, text: String, statementLine: Int, commentLine: Int,
    position: SourcePosition, pieces: [StatedPiece]
  ) {
    self.kind = kind
    self.text = text
    self.statementLine = statementLine
    self.commentLine = commentLine
    self.position = position
    self.pieces = pieces
  }

  /// The file byte offset of a UTF-8 byte of ``text``.
  ///
  /// Use it to rewrite a single number in place: the bytes of one number never span pieces.
  /// - Parameter byte: A 0-based UTF-8 offset into `text`.
  /// - Returns: The file offset, or nil for the `"\n"` joining two pieces or an offset past
  ///   the end.
  public func fileOffset(ofTextByte byte: Int) -> Int? {
    var start = 0
    for piece in pieces {
      let count = piece.text.utf8.count
      if byte >= start && byte < start + count { return piece.position.offset + byte - start }
      start += count + 1
    }
    return nil
  }

  /// The file byte range from the first byte of the stated text to the end of its last
  /// piece (it includes the `//` of continuation lines in between).
  public var fileRange: Range<Int> {
    guard let first = pieces.first, let last = pieces.last else {
      return position.offset..<position.offset
    }
    return first.position.offset..<(last.position.offset + last.text.utf8.count)
  }
}

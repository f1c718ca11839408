/// A non-fatal, positioned problem found while parsing a note.
///
/// Examples: a bad front-matter key or value, an unknown example-block attribute, a bad
/// `tolerance=`, unterminated math, an outcome comment with no statement before it, an
/// example block that is never closed.
public struct MarkdownDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// A short, lowercase message.
  public var message: String
  /// Where the problem is.
  public var position: SourcePosition

  /// Creates a diagnostic.
  /// - Parameters:
  ///   - message: A short, lowercase message.
  ///   - position: Where the problem is.
  public init(message: String, position: SourcePosition) {
    self.message = message
    self.position = position
  }

  /// `line:column: message`.
  public var description: String { "\(position): \(message)" }
}

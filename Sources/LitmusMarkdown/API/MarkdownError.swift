/// A problem that stops a note from being parsed at all.
///
/// Examples: invalid UTF-8, bad YAML in the front matter, an unknown front-matter key, a
/// front-matter value of the wrong type.
public struct MarkdownError: Error, CustomStringConvertible, Sendable, Hashable {
  /// A short, lowercase message that says what to do.
  public var message: String
  /// Where the problem is.
  public var position: SourcePosition
  /// The path of the note, as given to the parser.
  public var path: String

  /// Creates an error.
  /// - Parameters:
  ///   - message: A short, lowercase message.
  ///   - position: Where the problem is.
  ///   - path: The note's path.
  public init(message: String, position: SourcePosition, path: String) {
    self.message = message
    self.position = position
    self.path = path
  }

  /// `path:line:column: error: message`.
  public var description: String {
    "\(path):\(position.line):\(position.column): error: \(message)"
  }
}

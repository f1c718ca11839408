/// A problem that stops a note from being parsed at all: invalid UTF-8 or a NUL byte
/// (the file is not text).
///
/// Problems in a note that is text, such as bad YAML in the front matter or an unknown
/// front-matter key, are ``MarkdownDiagnostic``s of the parsed note instead.
public struct MarkdownError: Error, CustomStringConvertible, Sendable, Hashable {
  /// A short, lowercase message that says what to do.
  public var message: String
  /// Where the problem is.
  public var position: SourcePosition
  /// The path of the note, as given to the parser.
  public var path: String
  /// Whether the file is not text at all (invalid UTF-8, a NUL byte): callers treat such a
  /// file as unreadable. ``NoteParser`` throws only such errors.
  public var isNotText: Bool

  /// Creates an error.
  /// - Parameters:
  ///   - message: A short, lowercase message.
  ///   - position: Where the problem is.
  ///   - path: The note's path.
  ///   - isNotText: Whether the file is not text (invalid UTF-8, a NUL byte).
  public init(message: String, position: SourcePosition, path: String, isNotText: Bool = false) {
    self.message = message
    self.position = position
    self.path = path
    self.isNotText = isNotText
  }

  /// `path:line:column: error: message`.
  public var description: String {
    "\(path):\(position.line):\(position.column): error: \(message)"
  }
}

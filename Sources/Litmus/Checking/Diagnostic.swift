/// One line of a check report: a failure (`error`) or something that does
/// not fail the check (`warning`), at a position in a note.
public struct Diagnostic: Hashable, Sendable, Codable {
  /// How serious a diagnostic is.
  public enum Severity: String, Hashable, Sendable, Codable {
    /// Fails the check.
    case error
    /// Reported, does not fail the check.
    case warning
  }

  /// Whether this fails the check.
  public let severity: Severity
  /// The note's path as given on the command line.
  public let path: String
  /// The 1-based line in the note.
  public let line: Int
  /// The 1-based column in the note, counted in UTF-8 bytes.
  public let column: Int
  /// What is wrong, in one line.
  public let message: String
  /// Lines that follow the message: the statement, the differing elements.
  public let details: [String]

  /// Creates a diagnostic.
  /// - Parameters:
  ///   - severity: Error or warning.
  ///   - path: The note's path.
  ///   - line: The 1-based line.
  ///   - column: The 1-based UTF-8 column.
  ///   - message: The one-line message.
  ///   - details: Lines shown under the message.
  public init(
    _ severity: Severity, path: String, line: Int, column: Int, message: String,
    details: [String] = []
  ) {
    self.severity = severity
    self.path = path
    self.line = line
    self.column = column
    self.message = message
    self.details = details
  }

  /// The compiler-style first line: `path:line:column: error: message`.
  public var headline: String {
    "\(path):\(line):\(column): \(severity.rawValue): \(message)"
  }
}

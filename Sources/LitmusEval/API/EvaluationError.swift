/// A positioned, human-readable reason why a statement failed.
///
/// Messages are short and lowercase and, where possible, say what to do
/// (`unknown name `softmx`; did you mean `softmax`?`).
public struct EvaluationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The message, without position.
  public var message: String
  /// Where the problem is, within the evaluated source.
  public var location: SourceLocation
  /// The category of the problem.
  public var kind: EvaluationErrorKind
  /// Extra lines that help fix the problem (valid labels, overloads, …).
  public var notes: [String]
  /// A replacement name when the error is a misspelling, for fix-its.
  public var suggestion: String?

  /// Creates an error.
  /// - Parameters:
  ///   - message: The short, lowercase message.
  ///   - location: Where the problem is.
  ///   - kind: The category.
  ///   - notes: Extra help lines.
  ///   - suggestion: A suggested replacement name.
  public init(
    _ message: String, at location: SourceLocation, kind: EvaluationErrorKind,
    notes: [String] = [], suggestion: String? = nil
  ) {
    self.message = message
    self.location = location
    self.kind = kind
    self.notes = notes
    self.suggestion = suggestion
  }

  /// `line:column: message`.
  public var description: String { "\(location): \(message)" }
}

import LitmusMath

/// The outcome of one top-level statement (or one region with a syntax error).
public struct StatementResult: Sendable {
  /// Where the statement starts (first byte after leading trivia), within the source.
  public var start: SourceLocation
  /// Where the statement ends: the location of its last byte (inclusive), so
  /// `end.line` is the statement's last line, where `// =>` comments attach.
  public var end: SourceLocation
  /// Whether the statement is an expression whose value is shown.
  public var isExpression: Bool
  /// The value of an expression statement; `nil` for declarations,
  /// assignments and failures.
  public var value: Value?
  /// Why the statement failed, if it did.
  public var error: EvaluationError?
  /// The floating-point warnings the statement raised, in order of first occurrence.
  public var warnings: [FloatingPointWarning]
  /// The names the statement binds or assigns (poisoned when it fails).
  public var boundNames: [String]

  /// Creates a result.
  /// - Parameters:
  ///   - start: First location of the statement.
  ///   - end: Last location of the statement.
  ///   - isExpression: Whether it is an expression statement.
  ///   - value: Its value, if any.
  ///   - error: Its error, if any.
  ///   - warnings: Its floating-point warnings.
  ///   - boundNames: The names it binds.
  public init(
    start: SourceLocation, end: SourceLocation, isExpression: Bool, value: Value? = nil,
    error: EvaluationError? = nil, warnings: [FloatingPointWarning] = [],
    boundNames: [String] = []
  ) {
    self.start = start
    self.end = end
    self.isExpression = isExpression
    self.value = value
    self.error = error
    self.warnings = warnings
    self.boundNames = boundNames
  }
}

/// What an outcome comment states about the statement it follows.
public enum OutcomeKind: Sendable, Hashable {
  /// `// => value`: the statement's value.
  case value
  /// `// warning: text`: a floating-point warning the statement raises.
  case warning
  /// `// error: text`: an error the statement fails with.
  case error
}

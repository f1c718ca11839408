/// One stated value and its verdict: a `// =>`, `// warning:` or
/// `// error:` comment, or an inline `` `expr => value` `` span.
public struct CheckedValue: Hashable, Sendable, Codable {
  /// What kind of statement was made.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// `// =>` in an example block.
    case value
    /// `// warning:` in an example block.
    case warning
    /// `// error:` in an example block.
    case error
    /// `` `expr => value` `` in prose.
    case inline
  }

  /// What kind of statement was made.
  public let kind: Kind
  /// The 1-based line of the stated text.
  public let line: Int
  /// The 1-based UTF-8 column of the stated text.
  public let column: Int
  /// The statement or expression the value belongs to.
  public let statement: String
  /// The stated text as written.
  public let stated: String
  /// Whether it matched.
  public let passed: Bool
  /// For a failure, why (the same message as the error diagnostic).
  public let message: String?
}

/// The outcome of checking one note: every stated value with its verdict
/// and every diagnostic, in source order.
public struct NoteReport: Hashable, Sendable, Codable {
  /// The note's path as given.
  public let path: String
  /// The note's title, if it has one.
  public let title: String?
  /// The site order from front matter, if given.
  public let order: Int?
  /// Every stated value, in source order.
  public let checks: [CheckedValue]
  /// Every error and warning, in source order.
  public let diagnostics: [Diagnostic]
  /// Whether the note could not be read or parsed at all (exit code 2).
  public let isUnreadable: Bool

  /// Creates a report.
  /// - Parameters:
  ///   - path: The note's path.
  ///   - title: Its title.
  ///   - order: Its site order.
  ///   - checks: The stated values and verdicts.
  ///   - diagnostics: The errors and warnings.
  ///   - isUnreadable: Whether the note could not be read or parsed.
  public init(
    path: String, title: String?, order: Int? = nil, checks: [CheckedValue],
    diagnostics: [Diagnostic], isUnreadable: Bool = false
  ) {
    self.path = path
    self.title = title
    self.order = order
    self.checks = checks
    self.diagnostics = diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    self.isUnreadable = isUnreadable
  }

  /// The number of stated values that matched.
  public var passedCount: Int { checks.count { $0.passed } }
  /// The number of failures: every error diagnostic (a failed stated value,
  /// an unstated warning or error, a syntax error, a front-matter error).
  public var failedCount: Int { diagnostics.count { $0.severity == .error } }
}

/// The totals over every note checked in one run.
public struct CheckSummary: Hashable, Sendable {
  /// Stated values that matched.
  public let passed: Int
  /// Failures of every kind.
  public let failed: Int

  /// Adds up the reports.
  /// - Parameter reports: One report per note.
  public init(_ reports: [NoteReport]) {
    passed = reports.reduce(0) { $0 + $1.passedCount }
    failed = reports.reduce(0) { $0 + $1.failedCount }
  }

  /// The closing line of every report: `12 passed, 1 failed`.
  public var line: String { "\(passed) passed, \(failed) failed" }
}

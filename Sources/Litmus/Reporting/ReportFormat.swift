/// How `litmus check` prints its report.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// Compiler-style lines (`file:line:column: error: …`), then the summary.
  case text
  /// GitHub workflow-command annotations (`::error file=…`), then the summary.
  case github
  /// One JSON document on standard output; the summary goes to standard error.
  case json
}

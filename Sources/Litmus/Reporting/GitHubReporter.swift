/// Writes a check report as GitHub Actions workflow commands, so failures
/// appear as annotations on the pull request's diff, followed by the
/// summary line.
public struct GitHubReporter: Sendable {
  /// Creates a reporter.
  public init() {}

  /// The annotations and the summary line.
  /// - Parameter reports: One report per note.
  /// - Returns: The text to print.
  public func render(_ reports: [NoteReport]) -> String {
    var output = ""
    for report in reports {
      for diagnostic in report.diagnostics {
        let body = ([diagnostic.message] + diagnostic.details).joined(separator: "\n")
        output +=
          "::\(diagnostic.severity.rawValue) file=\(escapeProperty(diagnostic.path)),"
          + "line=\(diagnostic.line),col=\(diagnostic.column),title=litmus::\(escapeData(body))\n"
      }
    }
    output += CheckSummary(reports).line + "\n"
    return output
  }

  /// Escapes a message as the workflow-command syntax requires.
  private func escapeData(_ text: String) -> String {
    text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
  }

  /// Escapes a property value (also `:` and `,`).
  private func escapeProperty(_ text: String) -> String {
    escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
  }
}

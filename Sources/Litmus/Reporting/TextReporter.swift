/// Writes a check report as compiler-style lines, which editors and CI logs
/// can jump to:
///
/// ```
/// Notes/softmax.md:42:4: error: stated 0.2120, computed 0.2119 (0.21194156)
///     softmax(counts)
/// 1 passed, 1 failed
/// ```
public struct TextReporter: Sendable {
  /// Whether to colour `error:` and `warning:` with ANSI escapes.
  public var colored: Bool
  /// Whether to print per-note counts above the summary.
  public var verbose: Bool

  /// Creates a reporter.
  /// - Parameters:
  ///   - colored: Colour the severities (only on a terminal, never with `NO_COLOR`).
  ///   - verbose: Print per-note counts.
  public init(colored: Bool = false, verbose: Bool = false) {
    self.colored = colored
    self.verbose = verbose
  }

  /// The whole report, ending with the summary line and a newline.
  /// - Parameter reports: One report per note, in the order to print.
  /// - Returns: The text to print.
  public func render(_ reports: [NoteReport]) -> String {
    var output = ""
    for report in reports {
      for diagnostic in report.diagnostics {
        output += line(for: diagnostic) + "\n"
        for detail in diagnostic.details {
          output += "    " + detail + "\n"
        }
      }
    }
    if verbose {
      for report in reports {
        output += "\(report.path): \(report.passedCount) passed, \(report.failedCount) failed\n"
      }
    }
    output += CheckSummary(reports).line + "\n"
    return output
  }

  private func line(for diagnostic: Diagnostic) -> String {
    guard colored else { return diagnostic.headline }
    let color = diagnostic.severity == .error ? "\u{1B}[1;31m" : "\u{1B}[1;33m"
    return "\u{1B}[1m\(diagnostic.path):\(diagnostic.line):\(diagnostic.column):\u{1B}[0m "
      + "\(color)\(diagnostic.severity.rawValue):\u{1B}[0m \(diagnostic.message)"
  }
}

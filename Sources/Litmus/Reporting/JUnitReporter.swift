/// Writes a check report as JUnit XML: one test suite per note, one test
/// case per stated value, and one more per failure that no stated value
/// accounts for (an unstated error or warning, a syntax error).
public struct JUnitReporter: Sendable {
  /// Creates a reporter.
  public init() {}

  /// The XML document.
  /// - Parameter reports: One report per note.
  /// - Returns: The XML text, ending with a newline.
  public func render(_ reports: [NoteReport]) -> String {
    let summary = CheckSummary(reports)
    var xml = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    xml +=
      "<testsuites name=\"litmus\" tests=\"\(summary.passed + summary.failed)\" "
      + "failures=\"\(summary.failed)\">\n"
    for report in reports {
      let cases = testCases(for: report)
      let failures = cases.count { $0.failure != nil }
      xml +=
        "  <testsuite name=\"\(escape(report.path))\" tests=\"\(cases.count)\" "
        + "failures=\"\(failures)\">\n"
      for testCase in cases {
        xml +=
          "    <testcase classname=\"\(escape(report.path))\" name=\"\(escape(testCase.name))\""
        if let failure = testCase.failure {
          xml +=
            ">\n      <failure message=\"\(escape(failure.message))\">"
            + "\(escape(failure.body))</failure>\n    </testcase>\n"
        } else {
          xml += "/>\n"
        }
      }
      xml += "  </testsuite>\n"
    }
    xml += "</testsuites>\n"
    return xml
  }

  private struct TestCase {
    let name: String
    let failure: (message: String, body: String)?
  }

  private func testCases(for report: NoteReport) -> [TestCase] {
    var cases: [TestCase] = []
    var explained = Set<String>()
    let errors = report.diagnostics.filter { $0.severity == .error }
    for check in report.checks {
      let name = "line \(check.line): \(check.statement) => \(check.stated)"
      guard !check.passed else {
        cases.append(TestCase(name: name, failure: nil))
        continue
      }
      let diagnostic = errors.first { $0.line == check.line && $0.column == check.column }
      if let diagnostic { explained.insert(diagnostic.headline) }
      let message = check.message ?? "failed"
      cases.append(
        TestCase(
          name: name,
          failure: (
            message,
            ([diagnostic?.headline ?? message] + (diagnostic?.details ?? []))
              .joined(separator: "\n")
          )))
    }
    for diagnostic in errors where !explained.contains(diagnostic.headline) {
      cases.append(
        TestCase(
          name: "line \(diagnostic.line): \(diagnostic.message)",
          failure: (
            diagnostic.message, ([diagnostic.headline] + diagnostic.details).joined(separator: "\n")
          )))
    }
    return cases
  }

  private func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "\n": result += "&#10;"
      case "\t", "\r": result += "&#\(scalar.value);"
      default:
        // XML 1.0 forbids most control characters even as references.
        if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
          result += "\u{FFFD}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}

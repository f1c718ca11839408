import Foundation

/// Writes a check report as one JSON document: every note with its stated
/// values, verdicts and diagnostics, and the totals. Keys are sorted, so the
/// output is deterministic.
public struct JSONReporter: Sendable {
  private struct Document: Encodable {
    let notes: [NoteReport]
    let passed: Int
    let failed: Int
  }

  /// Creates a reporter.
  public init() {}

  /// The JSON document, ending with a newline.
  /// - Parameter reports: One report per note.
  /// - Returns: The text to print.
  public func render(_ reports: [NoteReport]) -> String {
    let summary = CheckSummary(reports)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let document = Document(notes: reports, passed: summary.passed, failed: summary.failed)
    guard let data = try? encoder.encode(document) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

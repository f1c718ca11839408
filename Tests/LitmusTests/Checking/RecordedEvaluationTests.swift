import LitmusEval
import LitmusMarkdown
import Testing

@testable import Litmus

/// `fix` re-checks the text it rewrote with the original check's evaluations. These
/// tests tamper with the recorded results to see whether they were reused.
@Suite struct RecordedEvaluationTests {
  private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  /// The original's evaluations, with every shown value replaced by 42.
  private func tampered(_ checked: CheckedNote) -> CheckedNote {
    var copy = checked
    copy.evaluations = checked.evaluations.map { evaluation in
      RecordedEvaluation(
        input: evaluation.input,
        results: evaluation.results.map { result in
          var result = result
          if result.value != nil { result.value = .double(42) }
          return result
        })
    }
    return copy
  }

  @Test func theFixedTextReusesTheOriginalsEvaluations() throws {
    let original = "# t\n\n```swift example\nlet v = 2.0\nv * 3\n// => 7\n```\n\n`v + 1 => 4`\n"
    let fixer = Fixer()
    let result = fixer.fix(bytes: bytes(original), path: "n.md")
    #expect(String(decoding: result.fixed, as: UTF8.self).contains("// => 6\n"))
    #expect(result.fixed != bytes(original))
    #expect(fixer.remaining(after: result).failedCount == 0)

    let previous = tampered(result.checked)
    let again = NoteChecker().check(bytes: result.fixed, path: "n.md", reusing: previous)
    // Judged against the tampered values: they were reused, not evaluated again.
    #expect(
      again.report.diagnostics.map(\.message) == ["stated 6, computed 42", "stated 3, computed 42"])
  }

  @Test func differentCodeIsEvaluatedAfresh() throws {
    let first = NoteChecker().check(
      bytes: bytes("# t\n\n```swift example\n2.0 * 3\n// => 6\n```\n"), path: "n.md")
    let other = bytes("# t\n\n```swift example\n2.0 * 4\n// => 8\n```\n")
    let again = NoteChecker().check(bytes: other, path: "n.md", reusing: tampered(first))
    #expect(again.report.failedCount == 0)
  }

  /// A `// =>` line inside a multi-line string is part of the string: the statement
  /// spans it, so the evaluations are not reused.
  @Test func statementsSpanningAnOutcomeLineAreEvaluatedAfresh() throws {
    let text = "# t\n\n```swift example\n\"\"\"\na\n// => 1\n\"\"\"\n```\n"
    let first = NoteChecker().check(bytes: bytes(text), path: "n.md")
    #expect(!RecordedEvaluation.areReusable(first.evaluations))
    let again = NoteChecker().check(bytes: bytes(text), path: "n.md", reusing: tampered(first))
    #expect(
      again.report.diagnostics.map(\.message)
        == first.report.diagnostics.map(\.message))
  }

  @Test func outcomeLinesAreBlankedInTheInput() throws {
    let note = try NoteParser.parse(
      bytes: bytes("# t\n\n```swift example\n1 + 1\n// => 2\n//    \n3\n```\n"), path: "n.md")
    #expect(
      RecordedEvaluation.inputs(of: note) == [
        .block(code: "1 + 1\n\n//    \n3", outcomeLines: [1], session: nil, firstLine: 4)
      ])
  }
}

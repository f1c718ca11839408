import Litmus
import LitmusEval
import LitmusMarkdown
import LitmusTeX
import Testing

/// In-process regression tests for the hostile inputs that broke Litmus, one per bug fixed.
struct HostileInputRegressionTests {
  /// 100,000 nested block quotes overflowed the stack when the note's tree was freed
  /// (Swift destroys nested arrays recursively). LitmusMarkdown now flattens nesting past
  /// 5,000 levels with a diagnostic; this checks it at the size the issue names.
  @Test func deeplyNestedQuotesAreFlattenedNotAStackOverflow() throws {
    let bytes = Array(("# t\n\n" + String(repeating: "> ", count: 100_000) + "x\n").utf8)
    let note = try NoteParser.parse(bytes: bytes, path: "note.md")
    #expect(note.diagnostics.map(\.message) == ["nesting deeper than 5000 levels is flattened"])
    #expect(note.diagnostics.first?.position.line == 3)
  }

  /// A one-million-element literal kept SwiftParser busy for minutes in a debug build;
  /// source longer than `maximumSourceBytes` is now an error before parsing.
  @Test func overlongExampleCodeIsALimitError() throws {
    let source =
      "let v: Vector = [" + Array(repeating: "1", count: 100_000).joined(separator: ", ") + "]"
    let results = Evaluator().evaluateBlock(source)
    let error = try #require(results.first?.error)
    #expect(results.count == 1)
    #expect(error.kind == .limit)
    #expect(
      error.message
        == "example code is too long: 300016 bytes exceeds the limit of 262144; split it")
    #expect(error.location == SourceLocation(line: 1, column: 1))
  }

  @Test func exampleCodeJustUnderTheLimitIsEvaluated() throws {
    let limits = EvaluationLimits(maximumSourceBytes: 20)
    let results = Evaluator(limits: limits).evaluateBlock("let x = 1\nx + 1")
    #expect(results.count == 2)
    #expect(results.allSatisfy { $0.error == nil })
    #expect(
      Evaluator(limits: limits).evaluateBlock("let x = 1\nx + 1 + 1 + 1 + 1").first?.error?.kind
        == .limit)
  }

  /// A 10 MB formula took minutes and 600 MB to convert in a debug build; formulas longer
  /// than `maximumLength` now get a diagnostic and the TeX fallback.
  @Test func overlongFormulaIsADiagnosticNotAConversion() {
    let tex = String(repeating: "x+", count: 600_000) + "x"
    let result = MathMLConverter().convert(tex, display: false)
    #expect(
      result.diagnostics.map(\.message) == [
        "formula is too long: 1200001 bytes exceeds the limit of 1048576; split it"
      ])
    #expect(result.html.hasPrefix("<code class=\"math-error\""))
  }

  /// `litmus build` on 100,000 nested brackets crashed (signal 11) in the highlighter:
  /// SwiftParser's lookahead recursed once per bracket. Such code is now shown plain.
  @Test func deeplyNestedCodeIsShownWithoutHighlighting() {
    let source = "let a = " + String(repeating: "[", count: 100_000) + "\nb"
    let lines = SwiftHighlighter.highlightedLines(source)
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("let a = [[[") == true)
    #expect(lines.last == "b")
  }

  @Test func shallowCodeIsStillHighlighted() {
    #expect(
      SwiftHighlighter.highlightedLines("let a = [[1]]").first?.contains("tok-keyword") == true)
  }
}

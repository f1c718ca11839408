import LitmusEval
import LitmusMarkdown
import LitmusTeX
import Testing

/// In-process regression tests for the hostile inputs that broke Litmus, one per bug fixed.
struct HostileInputRegressionTests {
  /// 100,000 nested block quotes overflowed the stack when the note's tree was freed
  /// (Swift destroys nested arrays recursively): now a positioned error.
  @Test func deeplyNestedQuotesAreAnErrorNotAStackOverflow() throws {
    let bytes = Array(("# t\n\n" + String(repeating: "> ", count: 100_000) + "x\n").utf8)
    let error = try #require(throws: MarkdownError.self) {
      try NoteParser.parse(bytes: bytes, path: "note.md")
    }
    #expect(
      error.message
        == "blocks and inlines are nested too deeply (the limit is 1000 levels): flatten the lists, quotes or emphasis"
    )
    // The document and 999 quotes fill the 1000 levels; the 1000th quote's `>` is at
    // column 2 × 999 + 1.
    #expect(error.position.line == 3)
    #expect(error.position.column == 1999)
  }

  @Test func twoThousandNestedListLevelsAreAnError() throws {
    var text = "# t\n\n"
    for level in 0..<2_000 { text += String(repeating: " ", count: 2 * level) + "- x\n" }
    #expect(throws: MarkdownError.self) {
      try NoteParser.parse(bytes: Array(text.utf8), path: "n.md")
    }
  }

  @Test func nestingWellBelowTheLimitStillParses() throws {
    let bytes = Array(("# t\n\n" + String(repeating: "> ", count: 300) + "x\n").utf8)
    let note = try NoteParser.parse(bytes: bytes, path: "note.md")
    var depth = 0
    var blocks = note.blocks
    while let quote = blocks.last, case .blockQuote = quote.kind {
      depth += 1
      blocks = quote.children
    }
    #expect(depth == 300)
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
    let tex = String(repeating: "x+", count: 40_000) + "x"
    let result = MathMLConverter().convert(tex, display: false)
    #expect(
      result.diagnostics.map(\.message) == [
        "formula is too long: 80001 bytes exceeds the limit of 65536; split it"
      ])
    #expect(result.html.hasPrefix("<code class=\"math-error\""))
  }
}

import Litmus
import LitmusEval
import LitmusMarkdown
import Testing

/// Inputs the libFuzzer harnesses in `Fuzz/` found to break an invariant, replayed in
/// process: one test per finding, named after the file libFuzzer wrote.
struct FuzzFindingRegressionTests {
  /// `markdown-crash-cf6f15fb…`: NUL bytes in an outcome's continuation line. cmark
  /// replaces each NUL by U+FFFD (three bytes), so the outcome's range ended past the end
  /// of the file (the harness's check; `fix` would have edited the wrong bytes). A NUL
  /// byte now makes the file "not text", like invalid UTF-8: a positioned error, exit 2.
  @Test func nulBytesInAnOutcomeAreNotText() throws {
    let bytes: [UInt8] =
      [
        0x60, 0x60, 0x60, 0x73, 0x77, 0x69, 0x66, 0x74, 0x20, 0x65, 0x78, 0x61,
        0x6D, 0x70, 0x6C, 0x65, 0x0A, 0x6C, 0x65, 0x74, 0x20, 0x47, 0x20, 0x3D,
        0x20, 0x73, 0x6F, 0x66, 0x74, 0x6D, 0x61, 0x78, 0x43, 0x72, 0x6F, 0x73,
        0x73, 0x45, 0x6E, 0x74, 0x72, 0x6F, 0x70, 0x79, 0x47, 0x72, 0x61, 0x64,
        0x69, 0x65, 0x6E, 0x74, 0x28, 0x6C, 0x6F, 0x67, 0x69, 0x74, 0x73, 0x3A,
        0x20, 0x5A, 0x2C, 0x20, 0x6C, 0x61, 0x62, 0x65, 0x6C, 0x73, 0x3A, 0x20,
        0x6C, 0x61, 0x62, 0x65, 0x6C, 0x73, 0x29, 0x0A, 0x47, 0x0A, 0x2F, 0x2F,
        0x20, 0x3D, 0x3E, 0x20, 0x5B, 0x5B, 0x2D, 0x30, 0x2E, 0x31, 0x38, 0x32,
        0x36, 0x36, 0x30, 0x2C, 0x20, 0x30, 0x2E, 0x31, 0x32, 0x35, 0x38, 0x33,
        0x35, 0x2C, 0x20, 0x30, 0x2E, 0x30, 0x35, 0x36, 0x38, 0x32, 0x34, 0x38,
        0x5D, 0x2C, 0x0A, 0x2F, 0x2F, 0x20, 0x20, 0x00, 0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x33, 0x34, 0x33, 0x30, 0x2C, 0x20, 0x30, 0x2E, 0x30,
        0x36, 0x36, 0x39, 0x34, 0x33, 0x39, 0x2C, 0x20, 0x2D, 0x30, 0x2E, 0x33,
        0x30, 0x33, 0x36, 0x35, 0x39, 0x5D, 0x5D, 0x0A, 0x60, 0x60, 0x60,
      ]
    #expect(bytes.count == 167)
    #expect(throws: MarkdownError.self) { try NoteParser.parse(bytes: bytes, path: "fuzz.md") }
    let checked = NoteChecker().check(bytes: bytes, path: "fuzz.md")
    #expect(checked.report.isUnreadable)
    #expect(
      checked.report.diagnostics.map(\.headline) == [
        "fuzz.md:5:5: error: a NUL byte at byte 127: a note is text; remove it"
      ])
    #expect(Fixer().fix(bytes: bytes, path: "fuzz.md").changed == false)
  }

  /// `eval-crash-595a4811…`: `let dLdv \u{FFFD}\u{FFFD}= 1 / v` (the harness decodes the
  /// fuzzer's bytes as UTF-8, so invalid bytes become U+FFFD, which a note may contain).
  /// The `=` lacks consistent whitespace, yet there is a space on both sides of the
  /// unexpected characters, and SwiftParserDiagnostics built an empty Fix-It and trapped:
  /// `litmus check` crashed with signal 4 on such a note. Litmus now reports it itself.
  @Test func equalsAfterUnexpectedCharactersIsASyntaxErrorNotATrap() throws {
    let bytes: [UInt8] = [
      0x6C, 0x65, 0x74, 0x20, 0x47, 0x20, 0x3D, 0x20, 0x28, 0x53, 0x20, 0x2D,
      0x20, 0x59, 0x29, 0x20, 0x2F, 0x20, 0x6D, 0x00, 0x00, 0x00, 0x00, 0x00,
      0x00, 0x00, 0x00, 0x00, 0x6C, 0x65, 0x74, 0x20, 0x64, 0x4C, 0x64, 0x76,
      0x20, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
      0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
      0xFF, 0x3D, 0x20, 0x31, 0x20, 0x2F, 0x20, 0x76, 0x00, 0x00, 0x00, 0x00,
      0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
      0x00, 0x00,
    ]
    let source = String(decoding: bytes, as: UTF8.self)
    let evaluator = Evaluator()
    let results = evaluator.evaluateBlock(source)
    #expect(results.contains { $0.error?.kind == .syntax })
    #expect(evaluator.evaluateExpression(source).error?.kind == .syntax)

    let note = "# t\n\n```swift example\nlet dLdv \u{FFFD}\u{FFFD}= 1 / v\n```\n"
    let checked = NoteChecker().check(bytes: Array(note.utf8), path: "note.md")
    #expect(
      checked.report.diagnostics.map(\.headline) == [
        "note.md:4:16: error: '=' must have consistent whitespace on both sides"
      ])
  }

  /// `eval-timeout-06561987…`: `([[[[[[[[[[[[[[[[[[pxe701.02)`. SwiftParser's lookahead
  /// for inline array types doubles its work with every `[` opened inside another: this
  /// took 25 s in a debug build, and 24 valid levels took 7 s in a release build. More
  /// than eight open at once are now a positioned limit error before parsing.
  @Test func squareBracketsInARowAreALimitNotExponentialTime() throws {
    let started = ContinuousClock.now
    let results = Evaluator().evaluateBlock("([[[[[[[[[[[[[[[[[[pxe701.02)")
    let error = try #require(results.first?.error)
    #expect(error.kind == .limit)
    #expect(error.location == SourceLocation(line: 1, column: 10))
    #expect(
      error.message
        == "more than 8 square brackets open at once; the Swift parser takes exponential time on them"
    )
    let valid = String(repeating: "[", count: 24) + "1" + String(repeating: "]", count: 24)
    #expect(Evaluator().evaluateBlock("let v = " + valid).first?.error?.kind == .limit)
    #expect(ContinuousClock.now - started < .seconds(5))
    // Three or four levels of data still parse.
    let tensor = Evaluator().evaluateBlock("let m: Matrix = [[1, 2], [3, 4]]\nm")
    #expect(tensor.allSatisfy { $0.error == nil })
  }

  /// `eval-slow-unit-4999ea30…` (and `eval-timeout-74c73435…`, `eval-timeout-b6929a50…`,
  /// `eval-slow-unit-0b070073…`): runs of eight `[` separated by bytes that decode to
  /// U+FFFD, which the Swift lexer skips like white space, so the lookahead went on
  /// doubling while the old rule counted eight "in a row" at most: 18–22 s in the
  /// fuzzer, 8.7 s in a release build. Brackets now count while open, whatever stands
  /// between them.
  @Test func squareBracketsSeparatedBySkippedCharactersAreALimit() throws {
    let started = ContinuousClock.now
    let source = Array(repeating: "[[[[[[[[", count: 3).joined(separator: "\u{FFFD}") + "x"
    let error = try #require(Evaluator().evaluateBlock(source).first?.error)
    #expect(error.kind == .limit)
    #expect(error.location == SourceLocation(line: 1, column: 12))
    #expect(
      error.message
        == "more than 8 square brackets open at once; the Swift parser takes exponential time on them"
    )
    // The same text in a plain `swift` block is shown without highlighting.
    #expect(SwiftHighlighter.highlightedLines(source) == [source])
    #expect(ContinuousClock.now - started < .seconds(5))
  }
}

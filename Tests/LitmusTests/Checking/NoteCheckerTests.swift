import Testing

@testable import Litmus

@Suite struct NoteCheckerTests {
  private func report(_ fixture: String) throws -> NoteReport {
    NoteChecker().check(bytes: try Fixtures.bytes("check/\(fixture)"), path: fixture).report
  }

  @Test(arguments: ["planted.md", "crlf.md", "frontmatter.md", "clean.md"])
  func reportsMatchTheGoldenFilesInEveryFormat(fixture: String) throws {
    let reports = [try report(fixture)]
    let stem = String(fixture.dropLast(3))
    try Fixtures.expectGolden(TextReporter().render(reports), "\(stem).text")
    try Fixtures.expectGolden(GitHubReporter().render(reports), "\(stem).github")
    try Fixtures.expectGolden(JSONReporter().render(reports), "\(stem).json")
    try Fixtures.expectGolden(JUnitReporter().render(reports), "\(stem).junit.xml")
  }

  @Test func plantedNoteReportsExactlyThePlantedFailures() throws {
    let failures = try report("planted.md").diagnostics.filter { $0.severity == .error }
    let lines = failures.map { "\($0.line):\($0.column)" }
    #expect(
      lines == [
        "10:52", "16:16", "18:7", "20:7", "24:7", "26:7", "32:1", "39:13", "44:1", "48:11",
        "49:22", "50:1", "57:1", "61:28",
      ])
  }

  @Test func outcomeBelongsToTheLastStatementOnItsLine() throws {
    let note = "# T\n\n```swift example\nlet a: Vector = [1, 2]; a.sum()\n// => 3\n```\n"
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "n.md").report
    #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)
    #expect(report.checks.map(\.passed) == [true])
  }

  @Test func wrongValueUnderTheLastStatementOnALineIsCaught() throws {
    let note = "# T\n\n```swift example\nlet b = 2; b * 3\n// => 5\n```\n"
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "n.md").report
    let failure = try #require(report.diagnostics.first { $0.severity == .error })
    #expect(failure.message == "stated 5, computed 6")
  }

  @Test func outcomeOnTheStatementLineFailsAndSaysWhereItGoes() throws {
    let note = """
      # T

      ```swift example
      let v: Vector = [3, 4]
      v.sum()   // => 8
      let s = "a // => b"
      v.min() // an ordinary comment
      [1, 2].count; v.max() // error: boom
      ```

      """
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "n.md").report
    let failures = report.diagnostics.filter { $0.severity == .error }
    #expect(failures.map { "\($0.line):\($0.column)" } == ["5:11", "8:23"])
    #expect(
      failures.first?.message
        == "this stated value is on the statement's line, so it is not checked: put `// => 8` "
        + "on the next line")
    #expect(
      failures.last?.message.hasPrefix("this stated error is on the statement's line") == true)
  }

  @Test func statedWarningsMayUseNumpysWording() throws {
    let note = """
      # T

      ```swift example
      log(Vector([0, 1]))
      // => [-inf, 0]
      // warning: divide by zero encountered in log
      log(Vector([0, 1]))
      // => [-inf, 0]
      // warning: division by zero
      log(Vector([0, 1]))
      // => [-inf, 0]
      // warning: overflow
      ```

      """
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "n.md").report
    let failures = report.diagnostics.filter { $0.severity == .error }
    // Only the third statement states the wrong warning: the raised one is unstated (at
    // the statement) and the stated one did not happen (at its comment).
    #expect(failures.map(\.line) == [10, 12])
  }

  @Test func misroundedSeedValueIsCaught() throws {
    let diagnostic = try #require(try report("planted.md").diagnostics.first { $0.line == 24 })
    #expect(diagnostic.message == "stated -4.60864, computed -4.60865 (-4.608649)")
  }

  @Test func vectorMismatchListsOnlyTheDifferingElement() throws {
    let diagnostic = try #require(try report("planted.md").diagnostics.first { $0.line == 16 })
    #expect(
      diagnostic.details == ["softmax(counts)", "[1]: stated 0.2120, computed 0.2119 (0.21194156)"])
  }

  @Test func dependencyNamesTheFailedLineOfTheFile() throws {
    let diagnostic = try #require(try report("planted.md").diagnostics.first { $0.line == 50 })
    #expect(diagnostic.message == "depends on `broken`, which failed at line 49")
  }

  @Test func sessionsAreSeparateEnvironments() throws {
    let diagnostic = try #require(try report("planted.md").diagnostics.first { $0.line == 57 })
    #expect(diagnostic.message.hasPrefix("unknown name `counts`"))
  }

  @Test func blockToleranceReplacesTheDigitRule() throws {
    // `q.sum()` is 0.75; `// => 0.7501` passes only because of tolerance=1e-3.
    let checks = try report("planted.md").checks.filter { $0.line == 56 }
    #expect(checks.map(\.passed) == [true])
  }

  @Test func crlfPositionsCountLinesAndBytesLikeLF() throws {
    let diagnostics = try report("crlf.md").diagnostics
    #expect(diagnostics.map { "\($0.line):\($0.column)" } == ["10:7", "15:21"])
  }

  @Test func frontMatterErrorsAreFailuresAndTheNoteIsStillChecked() throws {
    let report = try report("frontmatter.md")
    #expect(
      report.diagnostics.map(\.headline) == [
        "frontmatter.md:3:1: error: unknown front matter key `colour` (allowed: title, precision, tolerance, order)",
        "frontmatter.md:4:12: error: `precision` must be an integer from 1 to 17",
        "frontmatter.md:11:7: error: stated 3, computed 2",
      ])
    #expect(report.title == "Bad key")
    #expect(!report.isUnreadable)
  }

  @Test func titleShowsTheComputedValueOfAnInlineSpan() {
    let note = "# Inline `= 1 + 1` heading, `= oops` and `1 + 1 => 3`\n"
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "t.md").report
    // A failed span shows its expression; a checked one its stated value, as the page does.
    #expect(report.title == "Inline 2 heading, oops and 3")
  }

  @Test func unclosedExampleIsOneFailureNotACascade() {
    let note =
      "# T\n\n```swift example\nlet v: Vector = [1, 2, 3]\nv.sum()\n// => 7\n\n## Next\n\nProse `v.max() => 3`.\n"
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "u.md").report
    #expect(
      report.diagnostics.map(\.headline) == [
        "u.md:3:1: error: example block is never closed: add a closing ``` fence"
      ])
    #expect(report.checks.isEmpty)
  }

  @Test func invalidUTF8IsUnreadable() {
    let report = NoteChecker().check(bytes: [0x23, 0x20, 0xFF, 0xFE, 0x0A], path: "binary.md")
      .report
    #expect(report.isUnreadable)
    #expect(report.failedCount == 1)
  }

  @Test func cleanNotePasses() throws {
    let report = try report("clean.md")
    #expect(report.failedCount == 0)
    #expect(report.passedCount == 3)
  }

  @Test func everyFailureOfALargeNoteIsReported() {
    var note = "# Many\n\n```swift example\nlet v: Vector = [1, 2, 3, 4]\n"
    for index in 0..<200 {
      note += "v.sum() + \(index).0\n// => \(index)\n"
    }
    note += "```\n"
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "many.md").report
    #expect(report.failedCount == 200)
    #expect(report.checks.count == 200)
  }

  @Test func outcomeWithoutStatementFails() {
    let note = "```swift example\n// => 3\n```\n"
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "x.md").report
    #expect(report.failedCount == 1)
  }

  @Test func valueStatedAfterADeclarationFails() {
    let note = "```swift example\nlet x = 3\n// => 3\n```\n"
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "x.md").report
    #expect(
      report.diagnostics.first?.message
        == "a value is stated, but the statement has none; state values after expressions")
  }

  @Test func unreadableFormulaFailsEvenWithoutStrict() {
    let report = NoteChecker().check(bytes: Array("Math: $\\frac{a}{b$.\n".utf8), path: "m.md")
      .report
    #expect(report.failedCount == 1)
    #expect(report.diagnostics.first?.severity == .error)
  }

  @Test func unknownTeXCommandWarnsAndFailsOnlyWhenStrict() {
    let note = Array("Math: $\\foo{x}$.\n".utf8)
    let relaxed = NoteChecker().check(bytes: note, path: "m.md").report
    #expect(relaxed.failedCount == 0)
    #expect(relaxed.diagnostics.map(\.severity) == [.warning])
    #expect(relaxed.diagnostics.first?.column == 8)
    let strict = NoteChecker(options: CheckOptions(strict: true)).check(bytes: note, path: "m.md")
      .report
    #expect(strict.failedCount == 1)
  }

  @Test func formulaProblemsOnContinuedQuoteLinesAreAtTheirColumn() {
    let note = "> $$\n> a + \\foo\n> $$\n\n> Text $a +\n> \\foo$ more\n\n> > $x +\n> > \\baz$\n"
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "m.md").report
    #expect(report.diagnostics.map { "\($0.line):\($0.column)" } == ["2:7", "6:3", "9:5"])
  }

  @Test func errorInAContinuedInlineSpanIsAtItsByte() {
    let note = "> `1.0 /\n> nope => 1`\n\n> - `= 1.0 /\n>   nope`\n"
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "m.md").report
    #expect(report.diagnostics.map { "\($0.line):\($0.column)" } == ["2:3", "5:5"])
  }

  @Test func unclosedBracketInAStatedValueIsOneFailureAtTheBracket() {
    let note = "```swift example\nlet v: Vector = [1, 2]\nv\n// => [1, 2\n```\n"
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "x.md").report
    #expect(report.failedCount == 1)
    let errors = report.diagnostics.filter { $0.severity == .error }
    #expect(errors.map { "\($0.line):\($0.column)" } == ["4:7"])
    #expect(errors.first?.message == "cannot read the stated value: missing `]` for the `[` here")
  }

  @Test func raggedStatedMatrixIsReportedAtTheStatedValue() {
    let note = "```swift example\nlet m: Matrix = [[1, 2], [3, 4]]\nm\n// => [[1, 2], [3]]\n```\n"
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "x.md").report
    let error = report.diagnostics.first { $0.severity == .error }
    #expect(report.failedCount == 1)
    #expect(error.map { "\($0.line):\($0.column)" } == "4:7")
    #expect(
      error?.message
        == "shape mismatch: the stated value has rows of different lengths (2 and 1); "
        + "computed a 2×2 matrix")
  }
}

import Testing

@testable import Litmus

@Suite struct ReporterTests {
  private let report = NoteReport(
    path: "Notes/a,b.md", title: "A",
    checks: [
      CheckedValue(
        kind: .value, line: 3, column: 7, statement: "f(x)", stated: "1", passed: false,
        message: "stated 1, computed 2")
    ],
    diagnostics: [
      Diagnostic(
        .error, path: "Notes/a,b.md", line: 3, column: 7, message: "stated 1, computed 2",
        details: ["f(x)"]),
      Diagnostic(
        .warning, path: "Notes/a,b.md", line: 9, column: 2, message: "unknown command \\foo"),
    ])

  @Test func textIsCompilerStyleWithSummaryLast() {
    #expect(
      TextReporter().render([report]) == """
        Notes/a,b.md:3:7: error: stated 1, computed 2
            f(x)
        Notes/a,b.md:9:2: warning: unknown command \\foo
        0 passed, 1 failed

        """)
  }

  @Test func verboseAddsPerNoteCounts() {
    #expect(
      TextReporter(verbose: true).render([report]).contains("Notes/a,b.md: 0 passed, 1 failed\n"))
  }

  @Test func colourWrapsOnlyTheSeverity() {
    let text = TextReporter(colored: true).render([report])
    #expect(text.contains("\u{1B}[1;31merror:\u{1B}[0m"))
  }

  @Test func githubAnnotationsEscapePropertiesAndNewlines() {
    let text = GitHubReporter().render([report])
    #expect(
      text.hasPrefix(
        "::error file=Notes/a%2Cb.md,line=3,col=7,title=litmus::stated 1, computed 2%0Af(x)\n"))
    #expect(text.hasSuffix("0 passed, 1 failed\n"))
  }

  @Test func junitHasOneCasePerStatedValueAndEscapes() {
    let xml = JUnitReporter().render([report])
    #expect(xml.contains("<testsuite name=\"Notes/a,b.md\" tests=\"1\" failures=\"1\">"))
    #expect(xml.contains("<failure message=\"stated 1, computed 2\">"))
  }
}

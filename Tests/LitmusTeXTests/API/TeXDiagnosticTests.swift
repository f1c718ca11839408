import LitmusTeX
import Testing

@Suite struct TeXDiagnosticTests {
  @Test func unknownCommandIsPositionedOnTheCommand() {
    #expect(
      diagnostics(#"a + \foo{b}"#) == [
        TeXDiagnostic(message: "unknown command \\foo", offset: 4, length: 4)
      ])
  }

  @Test func offsetsCountUTF8Bytes() {
    // α is two bytes, the space and + are one each.
    #expect(diagnostics("α + \\bar{x} \\qux").map(\.offset) == [13])
  }

  @Test func unknownEnvironmentCoversTheBegin() {
    #expect(
      diagnostics(#"\begin{foo} a \end{foo}"#)
        == [TeXDiagnostic(message: "unknown environment foo", offset: 0, length: 11)])
  }

  @Test func missingCloseBraceIsPositionedOnTheOpenBrace() {
    #expect(
      diagnostics(#"\frac{a}{b"#)
        == [TeXDiagnostic(message: "unbalanced braces: missing }", offset: 8, length: 1)])
  }

  @Test func unexpectedCloseBraceIsPositionedOnIt() {
    #expect(
      diagnostics("a}+b")
        == [TeXDiagnostic(message: "unbalanced braces: unexpected }", offset: 1, length: 1)])
  }

  @Test func leftWithoutRight() {
    #expect(
      diagnostics(#"\left( x"#)
        == [TeXDiagnostic(message: "\\left without \\right", offset: 0, length: 5)])
  }

  @Test func rightWithoutLeft() {
    #expect(
      diagnostics(#"x \right)"#)
        == [TeXDiagnostic(message: "\\right without \\left", offset: 2, length: 6)])
  }

  @Test func missingArgumentNamesTheCommand() {
    #expect(
      diagnostics(#"\frac{a}"#)
        == [TeXDiagnostic(message: "missing argument for \\frac", offset: 0, length: 5)])
  }

  @Test func missingEndNamesTheEnvironment() {
    #expect(diagnostics(#"\begin{matrix} a"#).map(\.message) == ["missing \\end{matrix}"])
  }

  @Test func mismatchedEndNamesBoth() {
    #expect(
      diagnostics(#"\begin{matrix} a \end{pmatrix}"#)
        == [
          TeXDiagnostic(
            message: "\\end{pmatrix} does not match \\begin{matrix}", offset: 17, length: 13)
        ])
  }

  @Test func doubleSubscriptIsReported() {
    #expect(diagnostics("x_a_b").map(\.message) == ["double subscript"])
  }

  @Test func misplacedAlignmentOutsideEnvironment() {
    #expect(diagnostics("a & b").map(\.message) == ["misplaced & outside an environment"])
  }

  @Test func severalProblemsAreAllReportedInOrder() {
    #expect(diagnostics(#"\foo + \bar{x} + \baz"#).map(\.offset) == [0, 17])
  }

  @Test func loneBackslashAtEnd() {
    #expect(diagnostics("x\\").map(\.message) == ["incomplete command \\ at end of formula"])
  }
}

@Suite struct TeXDiagnosticLocationTests {
  @Test func locationOnTheFirstLineIsTheByteColumn() {
    let diagnostic = TeXDiagnostic(message: "m", offset: 4, length: 4)
    #expect(diagnostic.location(in: #"a + \foo"#) == (line: 1, column: 5))
  }

  @Test func locationAfterANewlineRestartsTheColumn() {
    let tex = "a +\n  \\foo"
    let found = MathMLConverter().convert(tex, display: true).diagnostics
    #expect(found.map { $0.location(in: tex).line } == [2])
    #expect(found.map { $0.location(in: tex).column } == [3])
  }

  @Test func locationCountsMultibyteCharactersInBytes() {
    let diagnostic = TeXDiagnostic(message: "m", offset: 3, length: 1)
    #expect(diagnostic.location(in: "α+x") == (line: 1, column: 4))
  }
}

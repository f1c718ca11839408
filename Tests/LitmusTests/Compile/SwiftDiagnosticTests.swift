import Testing

@testable import Litmus

@Suite struct SwiftDiagnosticTests {
  @Test func readsAStatementDiagnostic() throws {
    let line = "@3:1:35: error: cannot find 'undefinedThing' in scope"
    let diagnostic = try #require(SwiftDiagnostic.parse(line: line[...]))
    #expect(diagnostic.statementID == 3)
    #expect(diagnostic.line == 1)
    #expect(diagnostic.column == 35)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.message == "cannot find 'undefinedThing' in scope")
  }

  @Test func keepsColonsInsideThePathAndTheMessage() throws {
    let line = "/tmp/a:b/main.swift:12:4: note: did you mean 'x: y'?"
    let diagnostic = try #require(SwiftDiagnostic.parse(line: line[...]))
    #expect(diagnostic.file == "/tmp/a:b/main.swift")
    #expect(diagnostic.line == 12)
    #expect(diagnostic.severity == .note)
    #expect(diagnostic.message == "did you mean 'x: y'?")
    #expect(diagnostic.statementID == nil)
  }

  @Test func readsAnErrorWithoutPosition() throws {
    let diagnostic = try #require(SwiftDiagnostic.parse(line: "error: link command failed"[...]))
    #expect(diagnostic.line == 0)
    #expect(diagnostic.message == "link command failed")
  }

  @Test func skipsSourceExcerptsAndCarets() {
    let output = """
      @2:1:9: error: cannot convert value of type 'Int' to expected argument type 'Double'
      let y = x * 0.5
              ^
      """
    #expect(SwiftDiagnostic.parse(output).count == 1)
  }
}

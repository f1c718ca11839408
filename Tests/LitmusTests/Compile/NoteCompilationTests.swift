import Foundation
import LitmusEval
import LitmusMarkdown
import Testing

@testable import Litmus

/// What a program's output becomes: agreements, disagreements, traps.
@Suite struct NoteCompilationTests {
  private let compilation = NoteCompilation(
    path: "n.md", toolchain: SwiftToolchain(swiftc: "/usr/bin/false", version: ""),
    library: MathLibrary(directory: URL(fileURLWithPath: "/"), wasBuilt: false, modules: []),
    options: CompileOptions(), directory: URL(fileURLWithPath: "/"))

  /// A statement at note line `line`, column 3, expecting `expected`.
  private func statement(_ id: Int, line: Int, expected: Value?) -> ProgramStatement {
    let start = SourcePosition(line: line, column: 3, offset: 0)
    return ProgramStatement(
      id: id, start: start, text: "s\(id)", origins: [], expected: expected.map(ProbeValue.init),
      scaffolding: 0...0)
  }

  private func outcome(
    _ output: String, status: Int32 = 0, crashed: Bool = false, error: String = ""
  )
    -> ProcessOutcome
  {
    ProcessOutcome(
      status: status, crashed: crashed, timedOut: false, standardOutput: output,
      standardError: error)
  }

  @Test func agreeingValuesAreCountedAndSilent() {
    // 0.5 = 0x3fe0000000000000.
    let (diagnostics, agreed) = compilation.compare(
      outcome("@@reached 0\n@@litmus 0 double 3fe0000000000000\n"),
      statements: [statement(0, line: 4, expected: .double(0.5))])
    #expect(diagnostics.isEmpty)
    #expect(agreed == 1)
  }

  @Test func aDisagreementIsAnErrorAtTheStatement() throws {
    // Swift printed 0.30000000000000004 (0x3fd3333333333334); the interpreter had 0.3.
    let (diagnostics, agreed) = compilation.compare(
      outcome("@@reached 0\n@@litmus 0 double 3fd3333333333334\n"),
      statements: [statement(0, line: 7, expected: .double(0.3))])
    #expect(agreed == 0)
    let diagnostic = try #require(diagnostics.first)
    #expect(
      diagnostic.headline
        == "n.md:7:3: error: swift: Swift computes 0.30000000000000004, the interpreter 0.3")
    #expect(diagnostic.details == ["s0"])
  }

  @Test func aTrapIsPinnedToTheStatementThatRan() throws {
    let (diagnostics, _) = compilation.compare(
      outcome(
        "@@reached 0\n@@litmus 0 int 3\n@@reached 1\n", status: 4, crashed: true,
        error: "LitmusMath/Trapping.swift:9: Fatal error: label 7 is out of range\n"),
      statements: [
        statement(0, line: 4, expected: .int(3)), statement(1, line: 5, expected: nil),
        statement(2, line: 6, expected: .int(1)),
      ])
    #expect(
      diagnostics.map(\.headline) == [
        "n.md:5:3: error: swift: the compiled program stopped here: "
          + "LitmusMath/Trapping.swift:9: Fatal error: label 7 is out of range; "
          + "the statement after it did not run"
      ])
  }

  @Test func unreadableOutputIsReported() {
    let (diagnostics, _) = compilation.compare(
      outcome("@@litmus 0 vector 9 1\n"), statements: [statement(0, line: 2, expected: .int(1))])
    #expect(
      diagnostics.map(\.message) == ["swift: cannot read the value the compiled program printed"])
  }
}

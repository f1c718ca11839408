import SwiftParser
import SwiftSyntax
import Testing

@testable import LitmusEval

@Suite struct ParserDiagnosticsTests {
  private func firstDiagnostic(_ source: String) -> ParserDiagnostics.Found? {
    ParserDiagnostics.firstDiagnostic(in: Parser.parse(source: source))
  }

  @Test func smallNodesGetTheGeneratorsFirstDiagnostic() throws {
    let found = try #require(firstDiagnostic("let a = (1 + 2"))
    #expect(found.message == "expected ')' to end tuple")
    #expect(found.position.utf8Offset == 14)
  }

  /// Each missing `>` made the generator rebuild every parent up to the root: 1,500 of
  /// them took 53 s in a debug build. The node is narrowed and detached first.
  @Test func manyMissingTokensAreQuickAndKeepTheirPosition() throws {
    let started = ContinuousClock.now
    let source = "let a: " + String(repeating: "a<", count: 3_000) + "x"
    // Parsing and visiting 3,000 levels needs more stack than a test thread has.
    let found = try #require(Evaluator.onLargeStack { firstDiagnostic(source) })
    #expect(found.message == "expected '>' to end generic argument clause")
    #expect(found.position.utf8Offset == source.utf8.count)
    #expect(ContinuousClock.now - started < .seconds(10 * Sanitizer.slowdown))
  }

  @Test func narrowingFindsTheFirstErrorOfALargeNode() throws {
    let padding = Array(repeating: "1", count: 200).joined(separator: ", ")
    let source = "let a = f([\(padding)], (1 + 2, [\(padding)])"
    let found = try #require(firstDiagnostic(source))
    #expect(found.message.hasPrefix("expected ')'"))
    #expect(found.position.utf8Offset == source.utf8.count)
  }
}

import LitmusEval
import Testing

/// Where Swift and the interpreter disagreed, found by `litmus check
/// --compile`: the interpreter now says no where swiftc says no.
@Suite struct LibrarySwiftAgreementTests {
  @Test(arguments: ["exp(1)", "log(2)", "exp(-(1 + 2))"])
  func scalarExpAndLogOfAnIntegerLiteralAreAmbiguousAsInSwift(_ source: String) throws {
    let result = try #require(Evaluator().evaluateBlock(source).first)
    let name = String(source.prefix(3))
    #expect(result.error?.message.hasPrefix("ambiguous use of '\(name)'") == true)
    #expect(result.error?.location == SourceLocation(line: 1, column: 1))
  }

  @Test(arguments: [
    // Double literals and Double values are unambiguous (numpy: exp(1) = 2.718281828459045).
    ("exp(1.0)", 2.718281828459045), ("log(1.0)", 0), ("exp(Double(1))", 2.718281828459045),
  ])
  func scalarExpAndLogOfADoubleStillWork(_ source: String, _ expected: Double) throws {
    let result = try #require(Evaluator().evaluateBlock(source).first)
    #expect(result.error == nil)
    guard case .double(let value) = result.value else {
      Issue.record("expected a Double, got \(String(describing: result.value))")
      return
    }
    #expect(value == expected)
  }
}

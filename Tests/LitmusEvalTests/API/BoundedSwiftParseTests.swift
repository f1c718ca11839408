import SwiftSyntax
import Testing

@testable import LitmusEval

@Suite struct BoundedSwiftParseTests {
  /// `a<a<a<…`: every `<` after a name looks ahead to the end of the text for generic
  /// arguments, so the parse is quadratic (thousands of them take minutes in debug).
  static func quadratic(_ count: Int) -> String {
    String(repeating: "a<", count: count) + "x"
  }

  @Test func shortSourceIsParsedInPlace() throws {
    let parse = BoundedSwiftParse("let v = 1\nv + 1", maximumNestingLevel: 256, budget: .zero)
    let tree = try #require(parse.tree)
    #expect(tree.statements.count == 2)
    #expect(tree.description == "let v = 1\nv + 1")
  }

  @Test func longSourceIsParsedOnTheHelperWithTheSameResult() throws {
    let source = Array(repeating: "let v: Vector = [1, 2, 3]", count: 100).joined(separator: "\n")
    #expect(source.utf8.count > BoundedSwiftParse.inPlaceLimit)
    let parse = BoundedSwiftParse(source, maximumNestingLevel: 256, budget: .seconds(60))
    let tree = try #require(parse.tree)
    #expect(tree.statements.count == 100)
    #expect(tree.description == source)
    #expect(parse.cpuTime > .zero)
  }

  @Test func aParseThatOutrunsItsBudgetIsGivenUp() {
    let started = ContinuousClock.now
    let parse = BoundedSwiftParse(
      Self.quadratic(4_000), maximumNestingLevel: 256, budget: .milliseconds(200))
    #expect(parse.tree == nil)
    #expect(parse.cpuTime == .milliseconds(200))
    #expect(ContinuousClock.now - started < .seconds(5 * Sanitizer.slowdown))
  }

  @Test func longSourceWithNoBudgetLeftIsNotParsed() {
    let source = String(repeating: "1\n", count: 1_000)
    let parse = BoundedSwiftParse(source, maximumNestingLevel: 256, budget: .zero)
    #expect(parse.tree == nil)
    #expect(parse.cpuTime == .zero)
  }

  /// The lookahead for an attribute's generic arguments doubles with each `@a<`: even a
  /// short source with an `@` goes to the helper, under the budget.
  @Test func shortSourceWithAnAttributeIsParsedUnderTheBudget() {
    let started = ContinuousClock.now
    let source = String(repeating: "@a<", count: 30) + "x"
    #expect(source.utf8.count < BoundedSwiftParse.inPlaceLimit)
    let parse = BoundedSwiftParse(source, maximumNestingLevel: 256, budget: .milliseconds(200))
    #expect(parse.tree == nil)
    #expect(ContinuousClock.now - started < .seconds(5 * Sanitizer.slowdown))
    let attribute = BoundedSwiftParse(
      "@a let x = 1", maximumNestingLevel: 256, budget: .seconds(60))
    #expect(attribute.tree?.description == "@a let x = 1")
  }
}

import Testing

@testable import Litmus

@Suite struct SwiftHighlighterTests {
  @Test func tokensAreClassified() {
    let lines = SwiftHighlighter.highlightedLines("let v = softmax(x) // note\n1.5")
    #expect(lines.count == 2)
    #expect(lines[0].contains("<span class=\"tok-keyword\">let</span>"))
    #expect(lines[0].contains("<span class=\"tok-comment\">// note</span>"))
    #expect(lines[1] == "<span class=\"tok-number\">1.5</span>")
  }

  /// 23 nested `[` took 3 s to highlight (SwiftParser's inline-array lookahead doubles
  /// with each); more than 8 open at once are shown as plain text at once.
  @Test func deepSquareBracketsAreShownPlain() {
    let started = ContinuousClock.now
    let source = "let a = " + String(repeating: "[(", count: 30) + "x"
    #expect(SwiftHighlighter.highlightedLines(source) == [source])
    #expect(ContinuousClock.now - started < .seconds(2))
  }

  @Test func tooManyOpenAngleBracketsAreShownPlain() {
    let source = String(repeating: "a<", count: 5_000) + "x"
    let escaped = String(repeating: "a&lt;", count: 5_000) + "x"
    #expect(SwiftHighlighter.highlightedLines(source) == [escaped])
  }

  /// Highlighting a page shares one budget: once a slow block has spent it, the page's
  /// other blocks are shown plain instead of each taking its own time.
  @Test func aSlowBlockSpendsThePagesBudget() {
    let budget = HighlightBudget(.milliseconds(200))
    let slow = String(repeating: "a<", count: 4_000) + "x"
    let started = ContinuousClock.now
    let lines = SwiftHighlighter.highlightedLines(slow, budget: budget)
    #expect(lines.first?.contains("<span") == false)
    #expect(budget.remaining <= .zero)
    #expect(SwiftHighlighter.highlightedLines("let a = 1", budget: budget) == ["let a = 1"])
    #expect(ContinuousClock.now - started < .seconds(5))
  }

  @Test func aQuickBlockCostsLittleOfTheBudget() {
    let budget = HighlightBudget()
    let lines = SwiftHighlighter.highlightedLines("let a = 1", budget: budget)
    #expect(lines.first?.contains("tok-keyword") == true)
    #expect(budget.remaining > HighlightBudget.perPage - .seconds(1))
    #expect(budget.remaining < HighlightBudget.perPage)
  }

  @Test func attributesAreHighlightedAndNestedOnesBounded() {
    let lines = SwiftHighlighter.highlightedLines("@Test func f() {}")
    #expect(lines.first?.contains("<span class=\"tok-attribute\">") == true)
    let started = ContinuousClock.now
    let budget = HighlightBudget(.milliseconds(200))
    let nested = String(repeating: "@a<", count: 30) + "x"
    #expect(
      SwiftHighlighter.highlightedLines(nested, budget: budget) == [
        nested.replacingOccurrences(of: "<", with: "&lt;")
      ])
    #expect(ContinuousClock.now - started < .seconds(5))
  }
}

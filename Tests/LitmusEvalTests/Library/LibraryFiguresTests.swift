import LitmusEval
import LitmusPlot
import Testing

/// `plot`, `bars` and `heatmap` as example statements.
@Suite struct LibraryFiguresTests {
  @Test(arguments: [
    ("plot(-4...4) { x in exp(x) }", "a plot of 1 curve"),
    ("plot(-4...4, title: \"exp\") { exp($0) }", "a plot of 1 curve"),
    ("plot(0...1) { x in 1 }", "a plot of 1 curve"),
    (
      "plot(-2...2, label: \"exp\") { x in exp(x) }.plot(label: \"1 + x\") { x in 1 + x }",
      "a plot of 2 curves"
    ),
    ("bars(softmax([3, 3, 4]), labels: [\"candy\", \"toy\", \"cake\"])", "a bar chart of 3 values"),
    (
      "let names = [\"candy\", \"toy\", \"cake\"]\nbars([1, 2, 3], labels: names)",
      "a bar chart of 3 values"
    ),
    ("heatmap(softmaxJacobian(softmax([1, 2, 3])))", "a heat map of a 3×3 matrix"),
  ])
  func figureStatementsHaveAFigureValue(source: String, expected: String) {
    #expect(show(source) == expected)
    guard case .figure? = evaluate(source).last?.value else {
      Issue.record("not a figure: \(source)")
      return
    }
  }

  @Test(arguments: [
    (
      "plot(1...1) { x in x }",
      "error: cannot plot over 1...1: the range must have finite, different bounds"
    ),
    (
      "plot(-1...1) { x in Double.nan }",
      "error: the function has no finite value on -1...1; nothing to draw"
    ),
    ("bars([0.2, 0.8], labels: [\"a\"])", "error: 1 labels for 2 bars; give one label each"),
    ("bars([0.5]).plot { x in x }", "error: only a line plot can take another curve"),
  ])
  func badFiguresAreClearErrors(source: String, expected: String) {
    #expect(show(source) == expected)
  }

  @Test func aClosureThatReturnsAVectorIsATypeError() {
    let message = show("plot(0...1) { x in softmax([x, 1]) }")
    #expect(message.hasPrefix("error: "))
    #expect(message.contains("Vector"))
  }

  @Test func warningsRaisedWhileSamplingCountLikeAnyOther() {
    let result = evaluate("plot(0...1) { p in -log(p) }").last
    #expect(result?.warnings.map(\.description) == ["division by zero in log"])
  }

  @Test func stringArraysAreValuesOfTheirOwn() {
    #expect(show("[\"a\", \"b\"]") == "[\"a\", \"b\"]")
    #expect(show("let labels: [String] = [\"a\", \"b\"]\nlabels.count") == "2")
  }
}

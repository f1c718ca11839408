import Foundation
import LitmusMath
import Testing

@testable import LitmusPlot

/// Golden SVG for each kind of figure, plus properties checked against
/// values computed by hand.
struct FigureTests {
  static let expPlot = plot(-4...4, title: "exp(x)", xLabel: "x", yLabel: "exp(x)") { exp($0) }
  static let logPlot = plot(
    0...1, label: "−log p", title: "Cross-entropy of the true class", xLabel: "p",
    yLabel: "loss"
  ) { -log($0) }
  .plot(label: "1 − p") { 1 - $0 }
  static let candy = bars(
    [0.3, 0.3, 0.4], labels: ["candy", "toy", "cake"], title: "p", yLabel: "probability")
  static let naive = bars([.nan, .nan, .nan], labels: ["candy", "toy", "cake"])
  static let jacobian = heatmap(
    softmaxJacobian(softmax([1, 2, 3])), labels: ["a", "b", "c"], title: "Jacobian")

  @Test func expPlotMatchesItsGolden() throws {
    try Golden.expect(Self.expPlot.svg, "exp-plot.svg")
  }

  @Test func logPlotWithTwoCurvesMatchesItsGolden() throws {
    try Golden.expect(Self.logPlot.svg, "log-plot.svg")
  }

  @Test func barsMatchTheirGolden() throws {
    try Golden.expect(Self.candy.svg, "candy-bars.svg")
  }

  @Test func barsOfNaNMatchTheirGolden() throws {
    try Golden.expect(Self.naive.svg, "nan-bars.svg")
  }

  @Test func heatmapMatchesItsGolden() throws {
    try Golden.expect(Self.jacobian.svg, "jacobian-heatmap.svg")
  }

  @Test(arguments: [expPlot, logPlot, candy, naive, jacobian])
  func everyFigureIsWellFormedSVGWithTitleAndDescriptionFirst(_ figure: Figure) throws {
    let parsed = try #require(XMLCheck.elements(of: figure.svg), "not well-formed XML")
    #expect(Array(parsed.elements.prefix(3)) == ["svg", "title", "desc"])
    #expect(!(parsed.texts["title"] ?? "").isEmpty)
    #expect(!(parsed.texts["desc"] ?? "").isEmpty)
    #expect(!figure.svg.contains("id="), "ids would collide between figures on one page")
    #expect(!figure.svg.contains("<script"))
  }

  @Test func theSameFigureGivesTheSameBytes() {
    let again = plot(-4...4, title: "exp(x)", xLabel: "x", yLabel: "exp(x)") { exp($0) }
    #expect(again.svg == Self.expPlot.svg)
  }

  @Test func barDescriptionListsEachLabelWithItsValue() throws {
    let parsed = try #require(XMLCheck.elements(of: Self.candy.svg))
    #expect(parsed.texts["desc"] == "Bar chart: candy 0.3, toy 0.3, cake 0.4.")
  }

  @Test func nanBarsAreLabelledAndHaveNoBar() {
    #expect(Self.naive.svg.components(separatedBy: ">nan</text>").count == 4)
    #expect(!Self.naive.svg.contains("style=\"fill: var(--litmus-plot-1"))
  }

  @Test func heatmapDescriptionHasTheJacobianByHand() throws {
    // s = softmax([1, 2, 3]) = [0.0900306, 0.244728, 0.665241];
    // J = diag(s) - s sᵀ: J00 = s0(1 - s0) = 0.0819251, J01 = -s0 s1 = -0.0220331,
    // J02 = -s0 s2 = -0.0598925.
    let parsed = try #require(XMLCheck.elements(of: Self.jacobian.svg))
    let desc = try #require(parsed.texts["desc"])
    #expect(desc.contains("a: 0.0819, -0.022, -0.0599;"))
    #expect(Self.jacobian.svg.contains(">0.0819</text>"))
  }

  @Test func textInAFigureIsEscaped() {
    let figure = bars([1], labels: ["<b>&"], title: "\"quoted\" <title>")
    #expect(figure.svg.contains("&lt;b&gt;&amp;"))
    #expect(!figure.svg.contains("<b>"))
    #expect(XMLCheck.elements(of: figure.svg) != nil)
  }

  @Test func plotTicksOfExpAreRound() {
    let svg = Self.expPlot.svg
    for tick in ["-4", "-2", "0", "2", "4", "20", "40", "60"] {
      #expect(svg.contains(">\(tick)</text>"), "tick \(tick)")
    }
  }

  @Test func aLongTitleWidensASmallHeatmapAndShrinksToFit() {
    // 100 characters at 0.62 em need 868 px at 14 px: the figure widens to
    // 560 px and the title shrinks to the 9 px floor.
    let figure = heatmap([[1]], title: String(repeating: "x", count: 100))
    #expect(figure.svg.contains("viewBox=\"0 0 560 "))
    #expect(figure.svg.contains("font-size=\"9\" font-weight=\"600\""))
  }
}

import Foundation
import LitmusMath
import Testing

@testable import LitmusPlot

struct CheckedPlotTests {
  @Test func anEmptyRangeIsAClearError() {
    #expect(throws: PlotError.emptyRange(lower: 1, upper: 1)) {
      try CheckedPlot.plot(1...1) { $0 }
    }
    #expect(
      PlotError.emptyRange(lower: 1, upper: 1).message
        == "cannot plot over 1...1: the range must have finite, different bounds")
  }

  @Test func anInfiniteRangeIsAClearError() {
    #expect(throws: PlotError.emptyRange(lower: 0, upper: .infinity)) {
      try CheckedPlot.plot(0...Double.infinity) { $0 }
    }
  }

  @Test func aFunctionThatIsNaNEverywhereIsAClearError() {
    #expect(throws: PlotError.noFiniteValue(lower: -1, upper: 1)) {
      try CheckedPlot.plot(-1...1) { _ in .nan }
    }
    #expect(
      PlotError.noFiniteValue(lower: -1, upper: 1).message
        == "the function has no finite value on -1...1; nothing to draw")
  }

  @Test func aConstantFunctionIsDrawnInABandAroundItsValue() throws {
    let figure = try CheckedPlot.plot(0...1) { _ in 2 }
    // The band is 1.8...2.2, with ticks every 0.1 and a flat line at y = 2.
    let svg = figure.svg
    for tick in ["1.8", "1.9", "2.0", "2.1", "2.2"] { #expect(svg.contains(">\(tick)</text>")) }
    let path = try #require(svg.split(separator: "\n").first { $0.hasPrefix("<path") })
    #expect(path.components(separatedBy: "L").count == 2, "a straight line is two points")
  }

  @Test func nanValuesLeaveGapsInTheCurve() throws {
    let figure = try CheckedPlot.plot(-1...1) { x in abs(x) < 0.25 ? .nan : x }
    guard case .curves(let curves, _) = figure.content else {
      Issue.record("not a plot")
      return
    }
    let d = CurveRenderer.pathData(curves[0], in: frame(yRange: -1...1))
    #expect(d.filter { $0 == "M" }.count == 2)
  }

  @Test func segmentsLeavingTheWindowAreCutAtItsEdge() {
    // y = 10x from 0 to 1 in a frame showing 0...5: the line ends at x = 0.5, y = 5.
    let curve = Curve(label: nil, xs: [0, 1], ys: [0, 10])
    let d = CurveRenderer.pathData(curve, in: frame(yRange: 0...5))
    #expect(d == "M0 100L50 0")
  }

  @Test func addingACurveKeepsTheRangeAndLegendOrder() throws {
    let figure = try CheckedPlot.plot(-2...2, label: "exp") { exp($0) }
    let both = try CheckedPlot.plot(adding: figure, label: "1 + x") { 1 + $0 }
    guard case .curves(let curves, let range) = both.content else {
      Issue.record("not a plot")
      return
    }
    #expect(range == -2...2)
    #expect(curves.map(\.label) == ["exp", "1 + x"])
    #expect(both.kindDescription == "a plot of 2 curves")
  }

  @Test func onlyALinePlotTakesAnotherCurve() throws {
    let chart = try CheckedPlot.bars([1, 2])
    #expect(throws: PlotError.notALinePlot) { try CheckedPlot.plot(adding: chart) { $0 } }
  }

  @Test func aPlotTakesAtMostSixCurves() throws {
    var figure = try CheckedPlot.plot(0...1) { $0 }
    for k in 2...6 { figure = try CheckedPlot.plot(adding: figure) { $0 * Double(k) } }
    #expect(throws: PlotError.tooManyCurves(limit: 6)) {
      try CheckedPlot.plot(adding: figure) { $0 }
    }
  }

  @Test func errorsFromTheFunctionPropagate() {
    struct Stop: Error, Equatable {}
    #expect(throws: Stop()) { try CheckedPlot.plot(0...1) { _ in throw Stop() } }
  }

  @Test func barsNeedOneLabelPerValue() {
    #expect(throws: PlotError.labelCount(expected: 3, found: 2, of: "bars")) {
      try CheckedPlot.bars([0.2, 0.3, 0.5], labels: ["candy", "toy"])
    }
    #expect(
      PlotError.labelCount(expected: 3, found: 2, of: "bars").message
        == "2 labels for 3 bars; give one label each")
  }

  @Test func anEmptyVectorOrMatrixIsAClearError() throws {
    #expect(throws: PlotError.noData("vector")) { try CheckedPlot.bars(Vector([])) }
    let empty = try Checked.matrix(rows: 0, columns: 3, repeating: 0)
    #expect(throws: PlotError.noData("matrix")) { try CheckedPlot.heatmap(empty) }
    #expect(PlotError.noData("matrix").message == "cannot draw an empty matrix")
  }

  @Test func aHugeHeatmapIsRefused() throws {
    let big = try Checked.matrix(rows: 41, columns: 2, repeating: 1)
    #expect(throws: PlotError.tooLarge(rows: 41, columns: 2, limit: 40)) {
      try CheckedPlot.heatmap(big)
    }
  }

  @Test func barsWithoutLabelsAreNumberedFromZero() throws {
    let figure = try CheckedPlot.bars([0.5, 0.5])
    #expect(figure.content == .bars(values: [0.5, 0.5], labels: ["0", "1"]))
  }

  private func frame(yRange: ClosedRange<Double>) -> PlotFrame {
    PlotFrame(left: 0, top: 0, right: 100, bottom: 100, xRange: 0...1, yRange: yRange)
  }
}

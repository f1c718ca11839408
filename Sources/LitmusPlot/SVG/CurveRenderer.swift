/// Draws a line plot: axes with round ticks, one path per curve (gaps at
/// non-finite values, clipped to the y window), and a legend.
struct CurveRenderer {
  let figure: Figure
  let curves: [Curve]
  let range: ClosedRange<Double>

  static let width = 560.0
  static let height = 320.0

  var svg: String {
    let window = ValueWindow.window(curves.flatMap(\.ys))
    let (yRange, yTicks) = Ticks.covering(window, target: 6)
    let xTicks = Ticks(inside: range, target: 9)
    let hasLegend = curves.count > 1 || curves.contains { $0.label != nil }
    let top = 12 + (figure.title == nil ? 0 : 22) + (hasLegend ? 22 : 0)
    let bottom = Self.height - 28 - (figure.xLabel == nil ? 0 : 18)
    let left = 14 + (figure.yLabel == nil ? 0 : 18) + PlotFrame.tickLabelWidth(yTicks)
    let frame = PlotFrame(
      left: left, top: Double(top), right: Self.width - 16, bottom: bottom, xRange: range,
      yRange: yRange)

    var writer = SVGWriter()
    SVGDocument.begin(
      &writer, width: Self.width, height: Self.height, kind: "plot",
      name: figure.title ?? "Plot of \(curveNames.joined(separator: ", "))",
      description: description(window: window, shown: yRange), title: figure.title)
    frame.drawAxes(&writer, xTicks: xTicks, yTicks: yTicks)
    frame.drawLabels(&writer, xLabel: figure.xLabel, yLabel: figure.yLabel, height: Self.height)
    for (index, curve) in curves.enumerated() {
      let d = Self.pathData(curve, in: frame)
      guard !d.isEmpty else { continue }
      var style = "fill=\"none\" style=\"stroke: \(Palette.series(index))\" stroke-width=\"2\" "
      style += "stroke-linejoin=\"round\" stroke-linecap=\"round\""
      let dash = Palette.dashes[index % Palette.dashes.count]
      if !dash.isEmpty { style += " stroke-dasharray=\"\(dash)\"" }
      writer.raw("<path d=\"\(d)\" \(style)/>\n")
    }
    if hasLegend { drawLegend(&writer, y: Double(top) - 10, left: left) }
    SVGDocument.end(&writer)
    return writer.result
  }

  private var curveNames: [String] {
    curves.enumerated().map { index, curve in curve.label ?? "curve \(index + 1)" }
  }

  private func drawLegend(_ writer: inout SVGWriter, y: Double, left: Double) {
    var x = left
    for (index, name) in curveNames.enumerated() {
      var style =
        "style=\"stroke: \(Palette.series(index))\" stroke-width=\"2\" stroke-linecap=\"round\""
      let dash = Palette.dashes[index % Palette.dashes.count]
      if !dash.isEmpty { style += " stroke-dasharray=\"\(dash)\"" }
      writer.line(x, y - 4, x + 22, y - 4, style: style)
      writer.label(name, x: x + 28, y: y, anchor: "start")
      x += 28 + SVGDocument.estimatedWidth(name) + 18
    }
  }

  private func description(window: ClosedRange<Double>, shown: ClosedRange<Double>) -> String {
    var parts = [
      "Line plot over x from \(PlotNumberText.general(range.lowerBound, digits: 6)) "
        + "to \(PlotNumberText.general(range.upperBound, digits: 6))."
    ]
    for (curve, name) in zip(curves, curveNames) {
      let finite = curve.ys.filter(\.isFinite)
      guard let low = finite.min(), let high = finite.max() else { continue }
      var text =
        "\(name): y from \(PlotNumberText.general(low, digits: 3)) to \(PlotNumberText.general(high, digits: 3))"
      if finite.count < curve.ys.count { text += ", not finite at some x" }
      parts.append(text + ".")
    }
    let clipped = curves.flatMap(\.ys).contains {
      $0.isFinite && ($0 < shown.lowerBound || $0 > shown.upperBound)
    }
    if clipped {
      parts.append(
        "The y axis shows \(PlotNumberText.general(shown.lowerBound, digits: 3)) to "
          + "\(PlotNumberText.general(shown.upperBound, digits: 3)); curves leaving it are cut.")
    }
    return parts.joined(separator: " ")
  }

  /// The SVG path data of a curve: subpaths between non-finite values,
  /// segments clipped to the frame's y range, nearly collinear points dropped.
  static func pathData(_ curve: Curve, in frame: PlotFrame) -> String {
    var subpaths: [[(Double, Double)]] = []
    var current: [(Double, Double)] = []
    let (low, high) = (frame.yRange.lowerBound, frame.yRange.upperBound)
    func finish() {
      if current.count > 1 { subpaths.append(current) }
      current = []
    }
    var lastEnd: (Double, Double)?
    for i in 1..<max(curve.xs.count, 1) {
      let (ax, ay, bx, by) = (curve.xs[i - 1], curve.ys[i - 1], curve.xs[i], curve.ys[i])
      guard ay.isFinite, by.isFinite else {
        finish()
        lastEnd = nil
        continue
      }
      var t0 = 0.0
      var t1 = 1.0
      if ay == by {
        if ay < low || ay > high {
          finish()
          lastEnd = nil
          continue
        }
      } else {
        let tLow = (low - ay) / (by - ay)
        let tHigh = (high - ay) / (by - ay)
        t0 = max(0, min(tLow, tHigh))
        t1 = min(1, max(tLow, tHigh))
        if t0 > t1 {
          finish()
          lastEnd = nil
          continue
        }
      }
      let start = (ax + t0 * (bx - ax), ay + t0 * (by - ay))
      let end = (ax + t1 * (bx - ax), ay + t1 * (by - ay))
      if t0 > 0 || lastEnd == nil {
        finish()
        current.append((frame.px(start.0), frame.py(start.1)))
      }
      current.append((frame.px(end.0), frame.py(end.1)))
      lastEnd = t1 < 1 ? nil : end
    }
    finish()
    return subpaths.map { points in
      let kept = simplified(points)
      return kept.enumerated().map { index, point in
        (index == 0 ? "M" : "L") + PlotNumberText.coordinate(point.0) + " "
          + PlotNumberText.coordinate(point.1)
      }.joined()
    }.joined()
  }

  /// Drops points that lie within 0.05 px of the straight segment that
  /// replaces them (each kept segment is checked against every point it
  /// skips, so the error cannot accumulate).
  static func simplified(_ points: [(Double, Double)]) -> [(Double, Double)] {
    guard points.count > 2 else { return points }
    var kept = [points[0]]
    var anchor = 0
    var candidate = 2
    while candidate < points.count {
      let a = points[anchor]
      let b = points[candidate]
      let fits = (anchor + 1..<candidate).allSatisfy { distance(points[$0], a, b) <= 0.05 }
      if fits {
        candidate += 1
      } else {
        anchor = candidate - 1
        kept.append(points[anchor])
        candidate = anchor + 2
      }
    }
    kept.append(points[points.count - 1])
    return kept
  }

  /// The distance from `p` to the segment from `a` to `b`.
  private static func distance(
    _ p: (Double, Double), _ a: (Double, Double), _ b: (Double, Double)
  ) -> Double {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1)
    let squared = dx * dx + dy * dy
    let t = squared > 0 ? max(0, min(1, ((p.0 - a.0) * dx + (p.1 - a.1) * dy) / squared)) : 0
    let (ex, ey) = (a.0 + t * dx - p.0, a.1 + t * dy - p.1)
    return (ex * ex + ey * ey).squareRoot()
  }
}

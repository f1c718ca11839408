/// The rectangle data is drawn in, with the maps from data to pixels.
struct PlotFrame {
  /// The left edge, in pixels.
  var left: Double
  /// The top edge.
  var top: Double
  /// The right edge.
  var right: Double
  /// The bottom edge.
  var bottom: Double
  /// The x values at the left and right edges.
  var xRange: ClosedRange<Double>
  /// The y values at the bottom and top edges.
  var yRange: ClosedRange<Double>

  /// The pixel column of `x`.
  func px(_ x: Double) -> Double {
    left + (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * (right - left)
  }

  /// The pixel row of `y`.
  func py(_ y: Double) -> Double {
    top + (yRange.upperBound - y) / (yRange.upperBound - yRange.lowerBound) * (bottom - top)
  }

  /// Light grid lines at the ticks, the frame, and the tick labels; the x
  /// ticks are omitted when `xTicks` is nil (bar charts label categories).
  func drawAxes(_ writer: inout SVGWriter, xTicks: Ticks?, yTicks: Ticks) {
    let grid = "stroke=\"currentColor\" stroke-opacity=\"0.14\""
    for y in yTicks.values {
      writer.line(left, py(y), right, py(y), style: grid)
      writer.label(yTicks.label(y), x: left - 6, y: py(y) + 4, anchor: "end")
    }
    if let xTicks {
      for x in xTicks.values {
        writer.line(px(x), top, px(x), bottom, style: grid)
        writer.label(xTicks.label(x), x: px(x), y: bottom + 16)
      }
    }
    writer.rect(
      left, top, right - left, bottom - top,
      style: "fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.5\"")
  }

  /// The axis labels: under the x tick labels and, turned, left of the y tick labels.
  func drawLabels(_ writer: inout SVGWriter, xLabel: String?, yLabel: String?, height: Double) {
    if let xLabel {
      writer.label(xLabel, x: (left + right) / 2, y: height - 8)
    }
    if let yLabel {
      let cx = 14.0
      let cy = (top + bottom) / 2
      writer.label(
        yLabel, x: cx, y: cy,
        extra:
          " transform=\"rotate(-90 \(PlotNumberText.coordinate(cx)) \(PlotNumberText.coordinate(cy)))\""
      )
    }
  }

  /// The width of the widest y tick label, estimated, at 12 px.
  static func tickLabelWidth(_ ticks: Ticks) -> Double {
    ticks.values.map { SVGDocument.estimatedWidth(ticks.label($0)) }.max() ?? 0
  }
}

import LitmusMath

/// Draws a heat map: one cell per element, orange for positive and blue for
/// negative values with opacity by magnitude (so 0 is the page's background
/// in light and dark mode), row and column labels, values in the cells of
/// small matrices, and a colour scale.
struct HeatmapRenderer {
  let figure: Figure
  let matrix: Matrix
  let rowLabels: [String]
  let columnLabels: [String]

  /// The strongest cell opacity, so that text on a cell stays readable.
  static let strongest = 0.85

  var svg: String {
    let (rows, columns) = (matrix.rows, matrix.columns)
    let elements = matrix.elements
    let finite = elements.filter(\.isFinite)
    let largest = finite.map(abs).max() ?? 0
    let hasNegative = finite.contains { $0 < 0 } || elements.contains(-.infinity)
    let cell = max(8, min(56, (360 / Double(max(rows, columns))).rounded(.down)))
    let showValues = cell >= 36
    let rowLabelWidth = rowLabels.map { SVGDocument.estimatedWidth($0) }.max() ?? 0
    let left = 14 + rowLabelWidth + 6
    let top = 14 + (figure.title == nil ? 0 : 22) + 18.0
    let gridWidth = cell * Double(columns)
    let gridHeight = cell * Double(rows)
    let scaleLeft = left + gridWidth + 24
    let scaleHeight = max(gridHeight, 120)
    let scaleTop = top
    let lowEnd = hasNegative ? -largest : 0
    let scaleTicks = scaleTickValues(low: lowEnd, high: largest)
    let scaleLabelWidth = scaleTicks.map { SVGDocument.estimatedWidth($0.1) }.max() ?? 0
    let titleWidth = Double(figure.title?.count ?? 0) * 14 * SVGDocument.titleAdvance + 24
    let width = max(scaleLeft + 14 + 6 + scaleLabelWidth + 14, 200, min(titleWidth, 560))
      .rounded(.up)
    let height = (top + max(gridHeight, scaleHeight) + 16).rounded(.up)

    var writer = SVGWriter()
    SVGDocument.begin(
      &writer, width: width, height: height, kind: "heatmap",
      name: figure.title ?? "Heat map of a \(rows)×\(columns) matrix",
      description: description(largest: largest), title: figure.title)
    let labelEvery = max(1, Int(16 / cell) + 1)
    for column in 0..<columns where column % labelEvery == 0 {
      writer.label(
        columnLabels[column], x: left + cell * (Double(column) + 0.5), y: top - 6,
        extra: " fill-opacity=\"0.8\"")
    }
    for row in 0..<rows where row % labelEvery == 0 {
      writer.label(
        rowLabels[row], x: left - 6, y: top + cell * (Double(row) + 0.5) + 4, anchor: "end",
        extra: " fill-opacity=\"0.8\"")
    }
    for row in 0..<rows {
      for column in 0..<columns {
        let value = elements[row * columns + column]
        let x = left + cell * Double(column)
        let y = top + cell * Double(row)
        if value.isNaN {
          writer.rect(
            x + 1.5, y + 1.5, cell - 3, cell - 3,
            style:
              "fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.5\" stroke-dasharray=\"3 2\""
          )
        } else {
          writer.rect(x, y, cell, cell, style: fillStyle(value, largest: largest))
        }
        if showValues {
          writer.label(
            PlotNumberText.general(value, digits: 3), x: x + cell / 2, y: y + cell / 2 + 4,
            extra: " font-size=\"11\"")
        }
      }
    }
    writer.rect(
      left, top, gridWidth, gridHeight,
      style: "fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.5\"")
    drawScale(
      &writer, left: scaleLeft, top: scaleTop, height: scaleHeight, low: lowEnd, high: largest,
      ticks: scaleTicks)
    SVGDocument.end(&writer)
    return writer.result
  }

  private func fillStyle(_ value: Double, largest: Double) -> String {
    let magnitude =
      value.isInfinite ? 1 : largest > 0 ? min(abs(value) / largest, 1) : 0
    let colour = value < 0 ? Palette.negative : Palette.positive
    return
      "style=\"fill: \(colour)\" fill-opacity=\"\(PlotNumberText.general(magnitude * Self.strongest, digits: 3))\""
  }

  /// The scale's tick values and their text: the ends and 0.
  private func scaleTickValues(low: Double, high: Double) -> [(Double, String)] {
    var values = [high]
    if low < 0 { values.append(0) }
    values.append(low)
    if high == low { values = [high] }
    return values.map { ($0, PlotNumberText.general($0, digits: 3)) }
  }

  private func drawScale(
    _ writer: inout SVGWriter, left: Double, top: Double, height: Double, low: Double,
    high: Double, ticks: [(Double, String)]
  ) {
    let steps = 16
    let stepHeight = height / Double(steps)
    for step in 0..<steps {
      let fraction = (Double(step) + 0.5) / Double(steps)
      let value = high - fraction * (high - low)
      writer.rect(
        left, top + stepHeight * Double(step), 14, stepHeight,
        style: fillStyle(value, largest: max(high, -low)))
    }
    writer.rect(
      left, top, 14, height, style: "fill=\"none\" stroke=\"currentColor\" stroke-opacity=\"0.5\"")
    for (value, text) in ticks {
      let y = high > low ? top + (high - value) / (high - low) * height : top + height / 2
      writer.line(
        left + 14, y, left + 18, y, style: "stroke=\"currentColor\" stroke-opacity=\"0.5\"")
      writer.label(text, x: left + 21, y: y + 4, anchor: "start", extra: " font-size=\"11\"")
    }
  }

  private func description(largest: Double) -> String {
    let elements = matrix.elements
    let finite = elements.filter(\.isFinite)
    var text = "Heat map of a \(matrix.rows)×\(matrix.columns) matrix"
    if let low = finite.min(), let high = finite.max() {
      text +=
        ", values from \(PlotNumberText.general(low, digits: 3)) to \(PlotNumberText.general(high, digits: 3))"
    }
    text += "; orange cells are positive, blue negative, stronger for larger magnitudes."
    if elements.count <= 64 {
      let rows = (0..<matrix.rows).map { row in
        rowLabels[row] + ": "
          + (0..<matrix.columns).map {
            PlotNumberText.general(elements[row * matrix.columns + $0], digits: 3)
          }.joined(separator: ", ")
      }
      text += " Rows: " + rows.joined(separator: "; ") + "."
    }
    return text
  }
}

/// Draws a bar chart: a value axis through 0 with round ticks, one bar per
/// value with its value above it, and the category labels underneath.
struct BarRenderer {
  let figure: Figure
  let values: [Double]
  let labels: [String]

  static let width = 560.0
  static let height = 300.0

  var svg: String {
    let finite = values.filter(\.isFinite)
    var low = min(0, finite.min() ?? 0)
    var high = max(0, finite.max() ?? 0)
    if low == high { high = 1 }
    if values.contains(.infinity) && high <= 0 { high = 1 }
    if values.contains(-.infinity) && low >= 0 { low = -1 }
    let (yRange, yTicks) = Ticks.covering(low...high, target: 5)
    let top = 16 + (figure.title == nil ? 0 : 22)
    let bottom = Self.height - 28 - (figure.xLabel == nil ? 0 : 18)
    let left = 14 + (figure.yLabel == nil ? 0 : 18) + PlotFrame.tickLabelWidth(yTicks)
    let frame = PlotFrame(
      left: left, top: Double(top), right: Self.width - 16, bottom: bottom,
      xRange: 0...Double(values.count), yRange: yRange)

    var writer = SVGWriter()
    SVGDocument.begin(
      &writer, width: Self.width, height: Self.height, kind: "bars",
      name: figure.title ?? "Bar chart of \(values.count) values", description: description,
      title: figure.title)
    frame.drawAxes(&writer, xTicks: nil, yTicks: yTicks)
    frame.drawLabels(&writer, xLabel: figure.xLabel, yLabel: figure.yLabel, height: Self.height)
    let band = (frame.right - frame.left) / Double(values.count)
    let barWidth = min(band * 0.62, 72)
    let zero = frame.py(0)
    let widest = labels.map { SVGDocument.estimatedWidth($0) }.max() ?? 0
    let labelEvery = max(1, Int((widest + 6) / band) + 1)
    let showValues = band >= 34
    for (index, value) in values.enumerated() {
      let center = frame.px(Double(index) + 0.5)
      if index % labelEvery == 0 {
        writer.label(labels[index], x: center, y: frame.bottom + 16)
      }
      guard !value.isNaN else {
        writer.label("nan", x: center, y: zero - 6, extra: " fill-opacity=\"0.75\"")
        continue
      }
      let end = value.isFinite ? frame.py(value) : (value > 0 ? frame.top : frame.bottom)
      writer.rect(
        center - barWidth / 2, min(zero, end), barWidth, abs(end - zero),
        style: "style=\"fill: \(Palette.series(0))\"")
      if showValues {
        let text = PlotNumberText.general(value, digits: 3)
        let y = value >= 0 ? max(end - 5, frame.top + 12) : min(end + 14, frame.bottom - 4)
        writer.label(text, x: center, y: y)
      }
    }
    SVGDocument.end(&writer)
    return writer.result
  }

  private var description: String {
    let shown = zip(labels, values).prefix(60).map { label, value in
      "\(label) \(PlotNumberText.general(value, digits: 4))"
    }
    var text = "Bar chart: " + shown.joined(separator: ", ")
    if values.count > 60 { text += ", and \(values.count - 60) more" }
    return text + "."
  }
}

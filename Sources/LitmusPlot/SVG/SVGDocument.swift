/// The shared frame of every figure: the `<svg>` element with its size,
/// accessible name and description, and the title drawn at the top.
enum SVGDocument {
  /// Opens the `<svg>` element and writes its `<title>`, `<desc>` and, if
  /// the figure has one, its visible title.
  static func begin(
    _ writer: inout SVGWriter, width: Double, height: Double, kind: String, name: String,
    description: String, title: String?
  ) {
    let w = PlotNumberText.coordinate(width)
    let h = PlotNumberText.coordinate(height)
    writer.raw(
      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"litmus-figure \(kind)\" role=\"img\" "
        + "viewBox=\"0 0 \(w) \(h)\" width=\"\(w)\" height=\"\(h)\" "
        + "font-family=\"system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif\" "
        + "font-size=\"12\" fill=\"currentColor\" style=\"max-width: 100%; height: auto\">\n")
    writer.text("title", name)
    writer.text("desc", description)
    if let title {
      // A long title shrinks (down to 9 px) rather than run off the figure.
      let size = max(9, min(14, (width - 16) / (Double(title.count) * titleAdvance)))
      writer.label(
        title, x: width / 2, y: 20,
        extra: " font-size=\"\(PlotNumberText.coordinate(size))\" font-weight=\"600\"")
    }
  }

  /// Closes the `<svg>` element.
  static func end(_ writer: inout SVGWriter) {
    writer.close("svg")
  }

  /// The estimated advance of a bold title character, per pixel of font size.
  static let titleAdvance = 0.62

  /// The width a text takes at 12 px, estimated (no font metrics at build time).
  static func estimatedWidth(_ text: String, size: Double = 12) -> Double {
    Double(text.count) * size * 0.6
  }
}

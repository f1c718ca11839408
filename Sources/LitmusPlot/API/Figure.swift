/// A figure computed by an example: a line plot, a bar chart or a heat map,
/// drawn as a standalone SVG by ``svg``.
///
/// Figures are values: build them with ``plot(_:label:title:xLabel:yLabel:_:)``,
/// ``bars(_:labels:title:xLabel:yLabel:)`` and ``heatmap(_:labels:title:)``
/// (or the throwing forms in ``CheckedPlot``), compare them, and render them.
/// The same figure always gives the same bytes.
public struct Figure: Hashable, Sendable {
  /// What the figure shows.
  public var content: FigureContent
  /// The title drawn above the figure and used as its accessible name (`nil`: none drawn).
  public var title: String?
  /// The label of the horizontal axis (`nil`: none).
  public var xLabel: String?
  /// The label of the vertical axis (`nil`: none).
  public var yLabel: String?

  /// Creates a figure from its content and labels.
  /// - Parameters:
  ///   - content: What the figure shows.
  ///   - title: The title (`nil`: none).
  ///   - xLabel: The horizontal axis label (`nil`: none).
  ///   - yLabel: The vertical axis label (`nil`: none).
  public init(
    _ content: FigureContent, title: String? = nil, xLabel: String? = nil, yLabel: String? = nil
  ) {
    self.content = content
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
  }

  /// A short description of the figure's kind: "a plot of 2 curves",
  /// "a bar chart of 3 values", "a heat map of a 3×3 matrix".
  public var kindDescription: String {
    switch content {
    case .curves(let curves, _):
      "a plot of \(curves.count) \(curves.count == 1 ? "curve" : "curves")"
    case .bars(let values, _):
      "a bar chart of \(values.count) \(values.count == 1 ? "value" : "values")"
    case .heatmap(let m, _, _): "a heat map of a \(m.rows)×\(m.columns) matrix"
    }
  }

  /// The figure as an SVG element, ready to put inline in HTML.
  ///
  /// The SVG has a `<title>` and a `<desc>` (the data in words), no scripts,
  /// no ids (many figures can share a page), `currentColor` for text and axes
  /// and CSS custom properties with fallbacks for data colours
  /// (`--litmus-plot-1` … `--litmus-plot-6`, `--litmus-plot-positive`,
  /// `--litmus-plot-negative`), so it follows the page's light or dark mode.
  /// Coordinates are rounded to hundredths of a pixel; the bytes depend only
  /// on the figure.
  public var svg: String {
    switch content {
    case .curves(let curves, let range):
      CurveRenderer(figure: self, curves: curves, range: range).svg
    case .bars(let values, let labels):
      BarRenderer(figure: self, values: values, labels: labels).svg
    case .heatmap(let matrix, let rowLabels, let columnLabels):
      HeatmapRenderer(
        figure: self, matrix: matrix, rowLabels: rowLabels, columnLabels: columnLabels
      ).svg
    }
  }
}

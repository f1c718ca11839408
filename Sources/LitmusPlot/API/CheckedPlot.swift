import LitmusMath

/// The figure builders that report bad input as ``PlotError`` instead of
/// trapping; the example interpreter calls these. The free functions
/// (`plot`, `bars`, `heatmap`) call them and trap with the message.
public enum CheckedPlot {
  /// The most curves one plot takes (the palette's size).
  public static let maximumCurves = 6
  /// The most rows or columns a heat map takes.
  public static let maximumHeatmapSide = 40

  /// A line plot of `f` over `range`, sampled densely and refined where the
  /// curve bends or runs into an asymptote.
  ///
  /// Where `f` is NaN or ±∞ the curve has a gap; a function that shoots off
  /// (−log p near 0, 1/x near 0) is clipped to a window around the bulk of
  /// its values. A constant function is drawn in a band around its value.
  /// - Parameters:
  ///   - range: The x range; its bounds must be finite and different.
  ///   - label: The curve's legend text (`nil`: no legend for a single curve).
  ///   - title: The figure's title.
  ///   - xLabel: The horizontal axis label.
  ///   - yLabel: The vertical axis label.
  ///   - f: The function to draw; called a few hundred times, in increasing x.
  /// - Returns: The figure.
  /// - Throws: ``PlotError/emptyRange(lower:upper:)``,
  ///   ``PlotError/noFiniteValue(lower:upper:)``, or what `f` throws.
  public static func plot(
    _ range: ClosedRange<Double>, label: String? = nil, title: String? = nil,
    xLabel: String? = nil, yLabel: String? = nil, _ f: (Double) throws -> Double
  ) throws -> Figure {
    let curve = try sample(range, label: label, f)
    return Figure(.curves([curve], range: range), title: title, xLabel: xLabel, yLabel: yLabel)
  }

  /// `figure` with one more curve, `f` sampled over the figure's x range.
  /// - Parameters:
  ///   - figure: A line plot.
  ///   - label: The new curve's legend text.
  ///   - f: The function to draw.
  /// - Returns: The figure with the curve added after the others.
  /// - Throws: ``PlotError/notALinePlot``, ``PlotError/tooManyCurves(limit:)``,
  ///   ``PlotError/noFiniteValue(lower:upper:)``, or what `f` throws.
  public static func plot(
    adding figure: Figure, label: String? = nil, _ f: (Double) throws -> Double
  ) throws -> Figure {
    guard case .curves(let curves, let range) = figure.content else {
      throw PlotError.notALinePlot
    }
    guard curves.count < maximumCurves else {
      throw PlotError.tooManyCurves(limit: maximumCurves)
    }
    var result = figure
    result.content = .curves(curves + [try sample(range, label: label, f)], range: range)
    return result
  }

  /// A bar chart with one bar per element of `values`.
  ///
  /// NaN elements get no bar and the label `nan`; ±∞ bars run to the edge of
  /// the chart and are labelled `inf`/`-inf`. The value axis always includes 0.
  /// - Parameters:
  ///   - values: The heights; must not be empty.
  ///   - labels: One label per bar (`nil`: the indices 0, 1, …).
  ///   - title: The figure's title.
  ///   - xLabel: The horizontal axis label.
  ///   - yLabel: The vertical axis label.
  /// - Returns: The figure.
  /// - Throws: ``PlotError/noData(_:)`` for an empty vector,
  ///   ``PlotError/labelCount(expected:found:of:)`` for labels of another count.
  public static func bars(
    _ values: Vector, labels: [String]? = nil, title: String? = nil, xLabel: String? = nil,
    yLabel: String? = nil
  ) throws(PlotError) -> Figure {
    guard values.count > 0 else { throw .noData("vector") }
    let names = try checkedLabels(labels, count: values.count, of: "bars")
    return Figure(
      .bars(values: values.elements, labels: names), title: title, xLabel: xLabel, yLabel: yLabel)
  }

  /// A heat map of `matrix`: one cell per element, coloured by sign and
  /// magnitude (0 is blank, the largest magnitude is the strongest colour),
  /// with a colour scale and, on small matrices, the values in the cells.
  ///
  /// NaN cells are outlined and labelled `nan`; infinite cells take the
  /// strongest colour and the scale is set by the finite values.
  /// - Parameters:
  ///   - matrix: The matrix; must not be empty, at most
  ///     ``maximumHeatmapSide`` rows and columns.
  ///   - labels: Labels for the rows and, if the matrix is square, the
  ///     columns (`nil`: indices). A non-square matrix takes row labels only.
  ///   - title: The figure's title.
  /// - Returns: The figure.
  /// - Throws: ``PlotError/noData(_:)``, ``PlotError/tooLarge(rows:columns:limit:)``,
  ///   ``PlotError/labelCount(expected:found:of:)``.
  public static func heatmap(_ matrix: Matrix, labels: [String]? = nil, title: String? = nil)
    throws(PlotError) -> Figure
  {
    guard matrix.rows > 0, matrix.columns > 0 else { throw .noData("matrix") }
    guard matrix.rows <= maximumHeatmapSide, matrix.columns <= maximumHeatmapSide else {
      throw .tooLarge(rows: matrix.rows, columns: matrix.columns, limit: maximumHeatmapSide)
    }
    let rowLabels = try checkedLabels(labels, count: matrix.rows, of: "rows")
    let columnLabels =
      labels != nil && matrix.rows == matrix.columns
      ? rowLabels : (0..<matrix.columns).map(String.init)
    return Figure(
      .heatmap(matrix, rowLabels: rowLabels, columnLabels: columnLabels), title: title)
  }

  private static func checkedLabels(_ labels: [String]?, count: Int, of what: String)
    throws(PlotError) -> [String]
  {
    guard let labels else { return (0..<count).map(String.init) }
    guard labels.count == count else {
      throw .labelCount(expected: count, found: labels.count, of: what)
    }
    return labels
  }

  private static func sample(
    _ range: ClosedRange<Double>, label: String?, _ f: (Double) throws -> Double
  ) throws -> Curve {
    guard range.lowerBound.isFinite, range.upperBound.isFinite,
      range.lowerBound < range.upperBound
    else { throw PlotError.emptyRange(lower: range.lowerBound, upper: range.upperBound) }
    let (xs, ys) = try Sampler.sample(range, f)
    guard ys.contains(where: \.isFinite) else {
      throw PlotError.noFiniteValue(lower: range.lowerBound, upper: range.upperBound)
    }
    return Curve(label: label, xs: xs, ys: ys)
  }
}

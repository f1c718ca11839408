/// Why a figure cannot be drawn; ``message`` says what to do.
public enum PlotError: Error, Hashable, Sendable {
  /// A range whose bounds are equal or not finite, which has nothing to plot.
  case emptyRange(lower: Double, upper: Double)
  /// A function that is NaN or infinite at every sample of its range.
  case noFiniteValue(lower: Double, upper: Double)
  /// A vector or matrix with no elements.
  case noData(String)
  /// A label list whose length differs from the data's.
  case labelCount(expected: Int, found: Int, of: String)
  /// A curve added to a figure that is not a line plot.
  case notALinePlot
  /// More curves than the palette can tell apart.
  case tooManyCurves(limit: Int)
  /// A matrix too large to draw one cell per element.
  case tooLarge(rows: Int, columns: Int, limit: Int)

  /// The error as one short lowercase sentence.
  public var message: String {
    switch self {
    case .emptyRange(let lower, let upper):
      "cannot plot over \(PlotNumberText.general(lower, digits: 6))...\(PlotNumberText.general(upper, digits: 6)): "
        + "the range must have finite, different bounds"
    case .noFiniteValue(let lower, let upper):
      "the function has no finite value on \(PlotNumberText.general(lower, digits: 6))..."
        + "\(PlotNumberText.general(upper, digits: 6)); nothing to draw"
    case .noData(let what): "cannot draw an empty \(what)"
    case .labelCount(let expected, let found, let of):
      "\(found) labels for \(expected) \(of); give one label each"
    case .notALinePlot: "only a line plot can take another curve"
    case .tooManyCurves(let limit): "a plot takes at most \(limit) curves"
    case .tooLarge(let rows, let columns, let limit):
      "a \(rows)×\(columns) heat map is too large to read; at most \(limit) rows and columns"
    }
  }
}

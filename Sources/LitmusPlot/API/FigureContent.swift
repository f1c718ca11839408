import LitmusMath

/// What a ``Figure`` shows.
public enum FigureContent: Hashable, Sendable {
  /// Curves over a common x range (`plot(-4...4) { x in exp(x) }`).
  case curves([Curve], range: ClosedRange<Double>)
  /// One bar per element of a vector, with a label under each.
  case bars(values: [Double], labels: [String])
  /// A matrix as coloured cells, with the labels of its rows and columns.
  case heatmap(Matrix, rowLabels: [String], columnLabels: [String])
}

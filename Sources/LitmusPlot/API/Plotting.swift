import LitmusMath

/// A line plot of `f` over `range`: `plot(-4...4) { x in exp(x) }`.
///
/// See ``CheckedPlot/plot(_:label:title:xLabel:yLabel:_:)`` for sampling,
/// gaps at NaN and ±∞, and clipping of asymptotes.
/// - Parameters:
///   - range: The x range; traps if its bounds are equal or not finite.
///   - label: The curve's legend text.
///   - title: The figure's title.
///   - xLabel: The horizontal axis label.
///   - yLabel: The vertical axis label.
///   - f: The function to draw.
/// - Returns: The figure; traps if `f` has no finite value on `range`.
public func plot(
  _ range: ClosedRange<Double>, label: String? = nil, title: String? = nil,
  xLabel: String? = nil, yLabel: String? = nil, _ f: (Double) -> Double
) -> Figure {
  do {
    return try CheckedPlot.plot(
      range, label: label, title: title, xLabel: xLabel, yLabel: yLabel, f)
  } catch {
    fatalError(describe(error))
  }
}

/// A bar chart of `values`: `bars(p, labels: ["candy", "toy", "cake"])`.
/// - Parameters:
///   - values: The heights; traps if empty. NaN gets no bar.
///   - labels: One label per bar (`nil`: indices); traps on another count.
///   - title: The figure's title.
///   - xLabel: The horizontal axis label.
///   - yLabel: The vertical axis label.
/// - Returns: The figure.
public func bars(
  _ values: Vector, labels: [String]? = nil, title: String? = nil, xLabel: String? = nil,
  yLabel: String? = nil
) -> Figure {
  do {
    return try CheckedPlot.bars(
      values, labels: labels, title: title, xLabel: xLabel, yLabel: yLabel)
  } catch {
    fatalError(error.message)
  }
}

/// A heat map of `matrix` with a colour scale: `heatmap(softmaxJacobian(s))`.
/// - Parameters:
///   - matrix: The matrix; traps if empty or larger than 40 rows or columns.
///   - labels: Row labels (and column labels for a square matrix).
///   - title: The figure's title.
/// - Returns: The figure.
public func heatmap(_ matrix: Matrix, labels: [String]? = nil, title: String? = nil) -> Figure {
  do {
    return try CheckedPlot.heatmap(matrix, labels: labels, title: title)
  } catch {
    fatalError(error.message)
  }
}

extension Figure {
  /// This line plot with one more curve over the same range:
  /// `plot(-2...2, label: "exp") { x in exp(x) }.plot(label: "1 + x") { x in 1 + x }`.
  /// - Parameters:
  ///   - label: The new curve's legend text.
  ///   - f: The function to draw.
  /// - Returns: The figure; traps if this is not a line plot, already has six
  ///   curves, or `f` has no finite value.
  public func plot(label: String? = nil, _ f: (Double) -> Double) -> Figure {
    do {
      return try CheckedPlot.plot(adding: self, label: label, f)
    } catch {
      fatalError(describe(error))
    }
  }
}

private func describe(_ error: any Error) -> String {
  (error as? PlotError)?.message ?? "\(error)"
}

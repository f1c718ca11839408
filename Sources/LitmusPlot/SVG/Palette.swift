/// Data colours as CSS custom properties with mid-tone fallbacks that read on
/// both light and dark backgrounds; text and axes use `currentColor`.
enum Palette {
  /// The fallback colours of the curve palette, in order.
  static let curves = ["#3d7fd9", "#d9730d", "#2e9e5b", "#b15fc4", "#c9485b", "#7f8c1f"]

  /// The CSS colour of curve or bar series `index` (0-based).
  static func series(_ index: Int) -> String {
    let slot = ((index % curves.count) + curves.count) % curves.count
    return "var(--litmus-plot-\(slot + 1), \(curves[slot]))"
  }

  /// The CSS colour of positive heat-map cells.
  static let positive = "var(--litmus-plot-positive, #d9730d)"
  /// The CSS colour of negative heat-map cells.
  static let negative = "var(--litmus-plot-negative, #3d7fd9)"
  /// Dash patterns that tell curves apart without colour.
  static let dashes = ["", "6 3", "2 3", "8 3 2 3", "1 2", "10 4"]
}

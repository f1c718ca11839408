/// What a symbol command such as `\alpha`, `\le` or `\sum` stands for.
enum MathSymbol: Sendable, Equatable {
  /// An identifier (`<mi>`), upright if TeX sets it upright (capital Greek, `\nabla`).
  case identifier(String, upright: Bool)
  /// An operator (`<mo>`) of a TeX class.
  case symbol(String, AtomClass)
  /// A large operator and where its scripts go.
  case largeOperator(String, limits: LimitsPlacement)
  /// A function name and where its scripts go.
  case function(String, limits: LimitsPlacement)
  /// A horizontal space of a width in em.
  case space(String)
}

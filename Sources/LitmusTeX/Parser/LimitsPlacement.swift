/// Where the scripts of a large operator or function name go.
enum LimitsPlacement: Sendable, Equatable {
  /// Under and over in display style, beside otherwise (`\sum`, `\max`).
  case display
  /// Always under and over (`\limits`).
  case always
  /// Always beside (`\int`, `\log`, `\nolimits`).
  case never
}

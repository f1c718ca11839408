/// The delimiter after the numbers of an ordered list.
public enum ListDelimiter: Sendable, Hashable {
  /// None (bullet lists).
  case none
  /// `1.`
  case period
  /// `1)`
  case parenthesis
}

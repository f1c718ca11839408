/// What the page shows for an inline span: `` `= expr` `` becomes its
/// value; `` `expr => value` `` shows the stated value with its verdict.
public struct InlineView: Sendable, Hashable {
  /// The computed value formatted with the note's precision, if any.
  public let value: String?
  /// The stated text of a checked span.
  public let stated: String?
  /// The verdict of a checked span; `nil` for a computed one.
  public let passed: Bool?
  /// The error message, if the expression failed.
  public let error: String?
  /// Floating-point warnings the expression raised (`overflow in exp`). An inline span
  /// cannot state a warning, so any warning makes the span a failure, whatever its value.
  public var warnings: [String] = []
}

/// The verdict on one outcome comment, for display.
public struct OutcomeVerdict: Sendable, Hashable {
  /// Which comment it was.
  public let kind: CheckedValue.Kind
  /// The stated text.
  public let stated: String
  /// Whether it held.
  public let passed: Bool
  /// For a failure, the computed value (rounded like the stated one) or what
  /// happened instead.
  public let computed: String?
}

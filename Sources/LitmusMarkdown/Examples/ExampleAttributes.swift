/// The attributes written after `swift example` in a fence's info string.
public struct ExampleAttributes: Sendable, Hashable {
  /// `hidden`: evaluated but not shown.
  public var hidden: Bool
  /// `session=NAME`: a separate named environment; nil means the note's default one.
  public var session: String?
  /// `tolerance=X`: an absolute tolerance for this block's stated numbers.
  public var tolerance: Double?

  /// Creates attributes.
  /// - Parameters:
  ///   - hidden: Whether the block is hidden.
  ///   - session: The session name.
  ///   - tolerance: The absolute tolerance.
  public init(hidden: Bool = false, session: String? = nil, tolerance: Double? = nil) {
    self.hidden = hidden
    self.session = session
    self.tolerance = tolerance
  }
}

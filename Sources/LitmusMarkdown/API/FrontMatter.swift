/// The keys a note may set in its YAML front matter (see NOTE-FORMAT).
public struct FrontMatter: Sendable, Hashable {
  /// The note's title; when absent the first level-1 heading is used.
  public var title: String?
  /// Significant digits for displayed numbers, 1…17.
  public var precision: Int?
  /// An absolute tolerance (finite, ≥ 0) that replaces the digits-as-written rule.
  public var tolerance: Double?
  /// A sort key for the site index.
  public var order: Int?

  /// Creates front matter.
  /// - Parameters:
  ///   - title: The title.
  ///   - precision: Significant digits, 1…17.
  ///   - tolerance: An absolute tolerance.
  ///   - order: A sort key for the index.
  public init(
    title: String? = nil, precision: Int? = nil, tolerance: Double? = nil, order: Int? = nil
  ) {
    self.title = title
    self.precision = precision
    self.tolerance = tolerance
    self.order = order
  }

  /// The keys that front matter may contain, in the order messages list them.
  public static let allowedKeys = ["title", "precision", "tolerance", "order"]
}

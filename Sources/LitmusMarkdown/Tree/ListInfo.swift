/// The attributes of a list.
public struct ListInfo: Sendable, Hashable {
  /// Whether the list is ordered.
  public var ordered: Bool
  /// The start number of an ordered list (1 for bullet lists).
  public var start: Int
  /// Whether the list is tight (paragraphs render without `<p>`).
  public var tight: Bool
  /// The delimiter of an ordered list.
  public var delimiter: ListDelimiter

  /// Creates list attributes.
  /// - Parameters:
  ///   - ordered: Whether the list is ordered.
  ///   - start: The start number.
  ///   - tight: Whether the list is tight.
  ///   - delimiter: The delimiter after ordered-list numbers.
  public init(ordered: Bool, start: Int, tight: Bool, delimiter: ListDelimiter) {
    self.ordered = ordered
    self.start = start
    self.tight = tight
    self.delimiter = delimiter
  }
}

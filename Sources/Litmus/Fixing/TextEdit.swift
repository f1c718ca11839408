/// A replacement of a byte range of a note's file by new text.
public struct TextEdit: Hashable, Sendable, Comparable {
  /// The UTF-8 byte range in the original file.
  public let range: Range<Int>
  /// The text to put there.
  public let text: String
  /// The text the range must hold for the edit to apply; an edit whose
  /// bytes differ (the file changed, or the range was mapped wrongly) is
  /// skipped rather than corrupting the file.
  public let expected: String

  /// Creates an edit.
  /// - Parameters:
  ///   - range: The byte range to replace.
  ///   - text: The new text.
  ///   - expected: What the range holds now.
  public init(range: Range<Int>, text: String, expected: String) {
    self.range = range
    self.text = text
    self.expected = expected
  }

  /// Orders edits by where they start.
  /// - Parameters:
  ///   - lhs: An edit.
  ///   - rhs: Another edit.
  /// - Returns: Whether `lhs` starts first.
  public static func < (lhs: TextEdit, rhs: TextEdit) -> Bool {
    (lhs.range.lowerBound, lhs.range.upperBound) < (rhs.range.lowerBound, rhs.range.upperBound)
  }

  /// Applies non-overlapping edits to bytes (overlapping ones after the
  /// first, and ones whose range does not hold their expected text, are
  /// skipped).
  /// - Parameters:
  ///   - edits: The edits, in any order.
  ///   - bytes: The original file.
  /// - Returns: The edited file.
  public static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var cursor = 0
    for edit in edits.sorted()
    where edit.range.lowerBound >= cursor && edit.range.upperBound <= bytes.count
      && bytes[edit.range].elementsEqual(edit.expected.utf8)
    {
      result += bytes[cursor..<edit.range.lowerBound]
      result += Array(edit.text.utf8)
      cursor = edit.range.upperBound
    }
    result += bytes[cursor...]
    return result
  }
}

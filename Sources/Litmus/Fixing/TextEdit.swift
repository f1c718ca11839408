import LitmusMarkdown

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
  /// Where the replaced text starts, for messages about an edit that could not be applied.
  public let position: SourcePosition?

  /// Creates an edit.
  /// - Parameters:
  ///   - range: The byte range to replace.
  ///   - text: The new text.
  ///   - expected: What the range holds now.
  ///   - position: Where the range starts in the file, for messages.
  public init(range: Range<Int>, text: String, expected: String, position: SourcePosition? = nil) {
    self.range = range
    self.text = text
    self.expected = expected
    self.position = position
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
    applying(edits, to: bytes).bytes
  }

  /// Applies non-overlapping edits to bytes, and says which were left out.
  ///
  /// An edit is applied only when its range holds exactly its expected text (the stated
  /// number as written) and does not overlap an edit applied before it; a repeat of an
  /// applied edit (the same range and text) is neither applied again nor left out.
  /// - Parameters:
  ///   - edits: The edits, in any order.
  ///   - bytes: The original file.
  /// - Returns: The edited file, the edits applied, and those left out, in file order.
  public static func applying(_ edits: [TextEdit], to bytes: [UInt8]) -> (
    bytes: [UInt8], applied: [TextEdit], skipped: [TextEdit]
  ) {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var cursor = 0
    var applied: [TextEdit] = []
    var skipped: [TextEdit] = []
    for edit in edits.sorted() {
      if let last = applied.last, last.range == edit.range, last.text == edit.text { continue }
      guard edit.range.lowerBound >= cursor, edit.range.upperBound <= bytes.count,
        bytes[edit.range].elementsEqual(edit.expected.utf8)
      else {
        skipped.append(edit)
        continue
      }
      result += bytes[cursor..<edit.range.lowerBound]
      result += Array(edit.text.utf8)
      cursor = edit.range.upperBound
      applied.append(edit)
    }
    result += bytes[cursor...]
    return (result, applied, skipped)
  }
}

/// A place in a note's original bytes.
///
/// Lines and columns are 1-based; columns count UTF-8 bytes, a tab counts as one column, and a
/// `\r` before `\n` is never counted. `offset` is 0-based into the original file bytes, so a
/// UTF-8 byte-order mark counts in offsets but not in the columns of line 1.
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, counted in UTF-8 bytes.
  public var column: Int
  /// The 0-based byte offset into the original file.
  public var offset: Int

  /// Creates a position.
  /// - Parameters:
  ///   - line: The 1-based line.
  ///   - column: The 1-based column in UTF-8 bytes.
  ///   - offset: The 0-based byte offset into the original file.
  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  /// `line:column`, the form compilers print.
  public var description: String { "\(line):\(column)" }

  /// Orders positions by their byte offset.
  /// - Parameters:
  ///   - lhs: A position.
  ///   - rhs: Another position in the same file.
  /// - Returns: Whether `lhs` comes first in the file.
  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    lhs.offset < rhs.offset
  }

  /// The position `count` bytes further on the same line.
  /// - Parameter count: A byte count that does not cross a line break.
  /// - Returns: The moved position.
  public func advanced(by count: Int) -> SourcePosition {
    SourcePosition(line: line, column: column + count, offset: offset + count)
  }
}

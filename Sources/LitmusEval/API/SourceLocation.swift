/// A position within the source text handed to the ``Evaluator``.
///
/// Lines and columns are 1-based; columns count UTF-8 bytes (as clang and
/// swiftc do) and a tab counts as one column.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The 1-based line number.
  public var line: Int
  /// The 1-based column, counted in UTF-8 bytes.
  public var column: Int

  /// Creates a location.
  /// - Parameters:
  ///   - line: The 1-based line number.
  ///   - column: The 1-based UTF-8 column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`, the way compilers print positions.
  public var description: String { "\(line):\(column)" }

  /// Orders locations by line, then column.
  /// - Parameters:
  ///   - lhs: A location.
  ///   - rhs: Another location.
  /// - Returns: Whether `lhs` comes before `rhs`.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

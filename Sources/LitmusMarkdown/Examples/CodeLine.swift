/// One content line of an example block.
public struct CodeLine: Sendable, Hashable {
  /// The line's text without its line terminator.
  public var text: String
  /// The file position of the line's first content byte (after fence indentation and
  /// container prefixes such as `> ` or list indentation).
  ///
  /// For an empty line this is the end of the line in the file.
  public var position: SourcePosition
  /// How many leading bytes of `text` do not exist in the file (spaces cmark made from a
  /// partially consumed tab); `position` is then the position of byte `unmappedPrefix`.
  public var unmappedPrefix: Int

  /// Creates a code line.
  /// - Parameters:
  ///   - text: The text.
  ///   - position: The position of its first mapped byte.
  ///   - unmappedPrefix: Leading bytes with no counterpart in the file (usually 0).
  public init(text: String, position: SourcePosition, unmappedPrefix: Int = 0) {
    self.text = text
    self.position = position
    self.unmappedPrefix = unmappedPrefix
  }

  /// The file position of a byte of `text`.
  /// - Parameter byte: A 0-based UTF-8 offset into `text`; offsets inside an unmapped prefix
  ///   map to the first mapped byte.
  /// - Returns: The position in the file.
  public func position(atByte byte: Int) -> SourcePosition {
    position.advanced(by: max(0, byte - unmappedPrefix))
  }
}

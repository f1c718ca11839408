/// Why the text of a stated value could not be read.
public struct StatedValueError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong, short and lowercase.
  public let message: String
  /// The UTF-8 byte offset within the stated text where the problem is.
  public let offset: Int

  /// Creates an error at a byte offset of the stated text.
  /// - Parameters:
  ///   - message: What is wrong.
  ///   - offset: The UTF-8 byte offset of the problem.
  public init(_ message: String, at offset: Int) {
    self.message = message
    self.offset = offset
  }

  /// The message.
  public var description: String { message }
}

/// The verdict on one stated value.
public struct Judgement: Hashable, Sendable {
  /// One element that differs, with its position in the value.
  public struct Difference: Hashable, Sendable {
    /// The element's indices: `[2]` in a vector, `[1, 0]` in a matrix, `[]`
    /// for a scalar.
    public let indices: [Int]
    /// The number as the author wrote it, or the stated text of a non-number.
    public let stated: String
    /// The computed element rounded like the stated one.
    public let computed: String
    /// The computed element with more digits, to show how far off it is.
    public let computedInFull: String
    /// Where `fix` would write the computed number instead of the stated
    /// one; `nil` where no in-place fix exists (Bools, strings).
    public let replacement: Replacement?
  }

  /// A rewrite of one stated number: its byte range within the stated text
  /// and the text to put there.
  public struct Replacement: Hashable, Sendable {
    /// The UTF-8 byte range of the number within the stated text.
    public let range: Range<Int>
    /// The computed value written like the stated one.
    public let text: String
  }

  /// Whether the computed value matches the stated one.
  public let passed: Bool
  /// For a failure, what is wrong in one line: `stated 0.2120, computed 0.2119
  /// (0.21194156)`, or a shape or kind mismatch.
  public let message: String?
  /// For a failure of numbers in matching shapes, the elements that differ.
  public let differences: [Difference]

  /// A passing verdict.
  public static let pass = Judgement(passed: true, message: nil, differences: [])

  /// A failing verdict with a message and the differing elements.
  /// - Parameters:
  ///   - message: The one-line explanation.
  ///   - differences: The elements that differ, if any.
  /// - Returns: The verdict.
  public static func fail(_ message: String, differences: [Difference] = []) -> Judgement {
    Judgement(passed: false, message: message, differences: differences)
  }
}

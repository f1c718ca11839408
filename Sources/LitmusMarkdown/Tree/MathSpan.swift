/// A piece of TeX math found in prose.
public struct MathSpan: Sendable, Hashable {
  /// The TeX between the delimiters, byte for byte as written (except that, for math inside
  /// a block quote, the `>` markers of its continuation lines are left out).
  public var tex: String
  /// Whether it is display math (`$$…$$`, `\[…\]`) rather than inline (`$…$`, `\(…\)`).
  public var display: Bool
  /// The first byte of the TeX content in the original file.
  public var position: SourcePosition

  /// Creates a math span.
  /// - Parameters:
  ///   - tex: The TeX source.
  ///   - display: Whether it is display math.
  ///   - position: The position of the first TeX byte.
  public init(tex: String, display: Bool, position: SourcePosition) {
    self.tex = tex
    self.display = display
    self.position = position
  }
}

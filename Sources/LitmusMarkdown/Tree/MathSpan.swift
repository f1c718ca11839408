/// A piece of TeX math found in prose.
public struct MathSpan: Sendable, Hashable {
  /// The TeX between the delimiters, byte for byte as written (except that, for math inside
  /// a block quote, the `>` markers of its continuation lines are left out).
  public var tex: String
  /// Whether it is display math (`$$…$$`, `\[…\]`) rather than inline (`$…$`, `\(…\)`).
  public var display: Bool
  /// The first byte of the TeX content in the original file.
  public var position: SourcePosition
  /// Where each byte of ``tex`` is in the file (continuation lines inside a block quote or
  /// list item start after their container prefix).
  public var map: SourceMap

  /// Creates a math span.
  /// - Parameters:
  ///   - tex: The TeX source.
  ///   - display: Whether it is display math.
  ///   - position: The position of the first TeX byte.
  ///   - map: Where each TeX byte is; by default the TeX lies as it is from `position`.
  public init(tex: String, display: Bool, position: SourcePosition, map: SourceMap? = nil) {
    self.tex = tex
    self.display = display
    self.position = position
    self.map = map ?? SourceMap(contiguous: tex, at: position)
  }
}

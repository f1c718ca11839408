extension TeXDiagnostic {
  /// The line and column of the diagnostic within its formula.
  ///
  /// Lines are 1-based and split at `\n`; columns are 1-based and count UTF-8
  /// bytes, as positions do everywhere in Litmus. To place the diagnostic in a
  /// note, add the line to the formula's first line minus one; on the formula's
  /// first line, also add its first column minus one.
  ///
  /// ```swift
  /// let tex = "a +\n\\foo"
  /// let diagnostic = MathMLConverter().convert(tex, display: true).diagnostics[0]
  /// diagnostic.location(in: tex)  // (line: 2, column: 1)
  /// ```
  /// - Parameter tex: The formula the diagnostic was reported for.
  /// - Returns: The 1-based line and UTF-8 column; an offset past the end of `tex`
  ///   counts as the end of `tex`.
  public func location(in tex: String) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = 0
    var position = 0
    for byte in tex.utf8 {
      if position >= offset { break }
      position += 1
      if byte == UInt8(ascii: "\n") {
        line += 1
        lineStart = position
      }
    }
    return (line, position - lineStart + 1)
  }
}

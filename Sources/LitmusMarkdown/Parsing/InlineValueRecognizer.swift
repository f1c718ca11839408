/// Recognises the two inline value forms in a code span's literal.
enum InlineValueRecognizer {
  /// A recognised span: byte ranges into the literal.
  struct Match {
    var expression: Range<Int>
    var stated: Range<Int>?
  }

  /// `= expr` (an `=` then whitespace then a non-empty expression) or `expr => value` (split
  /// at the last ` => `, both sides non-empty); nil for any other code span.
  static func match(_ literal: [UInt8]) -> Match? {
    if literal.count >= 2 && literal[0] == UInt8(ascii: "=")
      && (literal[1] == 0x20 || literal[1] == 0x09)
    {
      let expression = trimmed(literal, 1..<literal.count)
      return expression.isEmpty ? nil : Match(expression: expression, stated: nil)
    }
    let arrow = Array(" => ".utf8)
    guard literal.count >= arrow.count + 2 else { return nil }
    var index = literal.count - arrow.count
    while index >= 0 {
      if literal[index..<(index + arrow.count)].elementsEqual(arrow) {
        let expression = trimmed(literal, 0..<index)
        let stated = trimmed(literal, (index + arrow.count)..<literal.count)
        if expression.isEmpty || stated.isEmpty { return nil }
        return Match(expression: expression, stated: stated)
      }
      index -= 1
    }
    return nil
  }

  private static func trimmed(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper && MathScanner.isWhitespace(bytes[lower]) { lower += 1 }
    while upper > lower && MathScanner.isWhitespace(bytes[upper - 1]) { upper -= 1 }
    return lower..<upper
  }
}

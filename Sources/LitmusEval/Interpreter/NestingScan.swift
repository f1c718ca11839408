/// A linear pre-check of bracket nesting, so that absurdly nested input is
/// refused before the parser walks it. Brackets inside string literals and
/// comments are counted too, which can only over-estimate the depth.
enum NestingScan {
  /// The UTF-8 offset of the first opening bracket deeper than `limit`, if any.
  static func firstTooDeep(_ source: String, limit: Int) -> Int? {
    var depth = 0
    for (offset, byte) in source.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
        depth += 1
        if depth > limit { return offset }
      case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
        depth = max(0, depth - 1)
      default:
        break
      }
    }
    return nil
  }

  /// The most square brackets that may open in a row (white space between them
  /// allowed) before the parser is not trusted with the text.
  ///
  /// SwiftParser (swift-syntax 603) looks ahead at every `[` for an inline array type
  /// (`[3 of Int]`), and the lookahead of each level re-reads the levels inside it: the
  /// time doubles with every `[` opened in a row (24 in a row took 7 s in a release
  /// build, 26 with a stray token after them more than a minute; found by the eval
  /// fuzzer). Data needs three or four (`[[[1, 2]], [[3, 4]]]`); 8 keeps the worst case
  /// at milliseconds.
  static let maximumSquareBracketRun = 8

  /// The UTF-8 offset of the first `[` that opens more than `limit` square brackets in
  /// a row (only white space between them), if any.
  static func firstSquareBracketRunTooLong(_ source: String, limit: Int) -> Int? {
    var run = 0
    for (offset, byte) in source.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "["):
        run += 1
        if run > limit { return offset }
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        break
      default:
        run = 0
      }
    }
    return nil
  }
}

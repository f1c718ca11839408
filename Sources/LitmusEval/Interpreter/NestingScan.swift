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
}

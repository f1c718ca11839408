/// A linear pre-check of bracket nesting, so that absurdly nested input is
/// refused before the parser walks it. Brackets inside string literals and
/// comments are counted too, which can only over-estimate the depth.
public enum NestingScan {
  /// The UTF-8 offset of the first opening bracket deeper than `limit`, if any.
  /// - Parameters:
  ///   - source: The text to scan.
  ///   - limit: The deepest nesting of `(`, `[` and `{` allowed.
  public static func firstTooDeep(_ source: String, limit: Int) -> Int? {
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

  /// The most square brackets that may be open at once before the parser is not
  /// trusted with the text.
  ///
  /// SwiftParser (swift-syntax 603) looks ahead at every `[` for an inline array type
  /// (`[3 of Int]`), and the lookahead of each level re-reads the levels inside it: the
  /// time doubles with every `[` opened inside another (24 took 7 s in a release build,
  /// 26 with a stray token after them more than a minute). Whatever stands between the
  /// brackets does not stop it: white space, comments, characters the lexer skips
  /// (`[[[[[[[[\u{FFFD}[[[[[[[[\u{FFFD}…`, found by the eval fuzzer), `(`, or a type
  /// with generic arguments (`[(`, `[a<`). Data needs three or four
  /// (`[[[1, 2]], [[3, 4]]]`); 8 keeps the worst case at milliseconds.
  public static let maximumSquareBracketDepth = 8

  /// The UTF-8 offset of the first `[` that makes more than `limit` square brackets
  /// open at once, if any.
  ///
  /// Every `[` counts and every `]` closes one, wherever they stand, with one
  /// exception: a `]` inside a comment only closes a `[` of the same comment, so that
  /// `/* ]]]] */` cannot hide open brackets from the scan while an outcome comment
  /// such as `// => [0.2, 0.8]` leaves nothing open. Comments are found naively (a
  /// `//` inside a string literal is taken for one too); every mistake of that kind
  /// can only count more brackets open, never fewer. Block comments nest, as in Swift.
  /// - Parameters:
  ///   - source: The text to scan.
  ///   - limit: The most `[` allowed open at once.
  public static func firstSquareBracketTooDeep(_ source: String, limit: Int) -> Int? {
    firstTooManyOpen(source, opener: UInt8(ascii: "["), closer: UInt8(ascii: "]"), limit: limit)
  }

  /// The most `@` a block may contain before the parser is not trusted with it.
  ///
  /// Attributes are not part of the example language, but SwiftParser reads them, and
  /// its lookahead for an attribute's generic arguments doubles with each level of
  /// `@a<@a<…` (24 levels took 24 s in a release build; found by a search over short
  /// token patterns). Every `@` counts, in strings and comments too.
  public static let maximumAttributeCount = 8

  /// The UTF-8 offset of the first `@` beyond `limit` of them, if any.
  /// - Parameters:
  ///   - source: The text to scan.
  ///   - limit: The most `@` allowed.
  public static func firstAttributeBeyond(_ source: String, limit: Int) -> Int? {
    var count = 0
    for (offset, byte) in source.utf8.enumerated() where byte == UInt8(ascii: "@") {
      count += 1
      if count > limit { return offset }
    }
    return nil
  }

  /// The most `<` that may be open at once (not closed by a `>`) before the parser is
  /// not trusted with the text.
  ///
  /// SwiftParser reads `a<a<a<…` as generic arguments nested in each other, one level
  /// of recursion per `<`, both in its lookahead and in types: 60,000 of them overflowed
  /// a 256 MB stack in a debug build (about 4 KB a level). Real examples close what they
  /// open or compare with a handful of `<`; 4,096 keeps the stack under 20 MB.
  public static let maximumAngleBracketDepth = 4096

  /// The UTF-8 offset of the first `<` that makes more than `limit` of them open at
  /// once, if any.
  ///
  /// Every `<` counts (also in `<=`, strings and comments: a comparison is a `<` the
  /// parser may take for generic arguments) and every `>` closes one, except the `>`
  /// of `->` and, as in ``firstSquareBracketTooDeep(_:limit:)``, a `>` inside a comment
  /// that no `<` of the same comment opened.
  /// - Parameters:
  ///   - source: The text to scan.
  ///   - limit: The most `<` allowed open at once.
  public static func firstAngleBracketTooDeep(_ source: String, limit: Int) -> Int? {
    firstTooManyOpen(
      source, opener: UInt8(ascii: "<"), closer: UInt8(ascii: ">"),
      notACloserAfter: UInt8(ascii: "-"), limit: limit)
  }

  /// The UTF-8 offset of the first `opener` that makes more than `limit` of them open
  /// at once, if any: every `opener` counts, and every `closer` closes one, except
  /// right after `notACloserAfter` and inside a comment (found naively, nested as in
  /// Swift), where it only closes an `opener` of the same comment.
  private static func firstTooManyOpen(
    _ source: String, opener: UInt8, closer: UInt8, notACloserAfter: UInt8? = nil, limit: Int
  ) -> Int? {
    var depth = 0
    var inLineComment = false
    var blockCommentDepth = 0
    // Openers inside the current comment, which its closers may close.
    var openedInComment = 0
    var previous: UInt8 = 0
    for (offset, byte) in source.utf8.enumerated() {
      let inComment = inLineComment || blockCommentDepth > 0
      switch byte {
      case opener:
        depth += 1
        if inComment { openedInComment += 1 }
        if depth > limit { return offset }
      case closer where previous != notACloserAfter:
        if !inComment {
          depth = max(0, depth - 1)
        } else if openedInComment > 0 {
          openedInComment -= 1
          depth -= 1
        }
      case UInt8(ascii: "\n"):
        if inLineComment {
          inLineComment = false
          openedInComment = 0
        }
      case UInt8(ascii: "/") where previous == UInt8(ascii: "/") && !inComment:
        inLineComment = true
        openedInComment = 0
      case UInt8(ascii: "/") where previous == UInt8(ascii: "*") && blockCommentDepth > 0:
        blockCommentDepth -= 1
        if blockCommentDepth == 0 { openedInComment = 0 }
        previous = 0  // `*/*` is not a new opening
        continue
      case UInt8(ascii: "*") where previous == UInt8(ascii: "/") && !inLineComment:
        if blockCommentDepth == 0 { openedInComment = 0 }
        blockCommentDepth += 1
        previous = 0  // `/*/` is not a closing
        continue
      default:
        break
      }
      previous = byte
    }
    return nil
  }
}

/// Counts the places in a note where cmark may start a node, in one pass over the bytes,
/// so that a note dense with markup is refused before cmark builds its tree.
///
/// cmark allocates about 250 bytes per node, and text such as `_*_*…` or `[a] [a] …` makes
/// a node for almost every byte, so a few megabytes of it cost a gigabyte before any
/// element can be counted. cmark splits text only at its special characters (`\`, `` ` ``,
/// `&`, `_`, `*`, `[`, `]`, `<`, `!`) and at line ends (`\n`, `\r\n` or a lone `\r`), and a container (block quote, list
/// item) opens only at a `>` or list marker before a line's text: those are the places
/// counted. A run of `` ` ``, `*`, `_` or `$` counts once (it is one delimiter run, one
/// math delimiter or one fence). Each place makes at most about three nodes, so a count
/// under ``ParseOptions/maximumMarkup`` bounds what cmark allocates.
struct MarkupCounter {
  /// The offset in `bytes[range]` at which the count first exceeds `limit`, or nil when
  /// it never does.
  static func offset(pastLimit limit: Int, in bytes: [UInt8], range: Range<Int>) -> Int? {
    var count = 0
    var atLineStart = true
    var previous: UInt8 = 0
    for index in range {
      let byte = bytes[index]
      var counts = false
      switch byte {
      case UInt8(ascii: "\n"):
        // The `\n` of a CRLF pair ends the line the `\r` began to end: counted once.
        counts = previous != UInt8(ascii: "\r")
        atLineStart = true
      case UInt8(ascii: "\r"):
        // cmark ends a line at a lone `\r` too.
        counts = true
        atLineStart = true
      case UInt8(ascii: "\\"), UInt8(ascii: "&"), UInt8(ascii: "["), UInt8(ascii: "]"),
        UInt8(ascii: "<"), UInt8(ascii: "!"):
        counts = true
        atLineStart = false
      case UInt8(ascii: "`"), UInt8(ascii: "_"), UInt8(ascii: "$"):
        counts = byte != previous
        atLineStart = false
      case UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: ">"):
        // List markers and quote markers before a line's text; `*` is also emphasis.
        counts = atLineStart || (byte == UInt8(ascii: "*") && byte != previous)
      case UInt8(ascii: " "), UInt8(ascii: "\t"):
        break
      case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: ")"):
        // An ordered list marker (`12.` or `3)`) keeps the line start open.
        if !atLineStart { break }
        counts = byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")
      default:
        atLineStart = false
      }
      previous = byte
      if counts {
        count += 1
        if count > limit { return index }
      }
    }
    return nil
  }
}

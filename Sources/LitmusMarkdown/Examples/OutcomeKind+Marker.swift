extension OutcomeKind {
  /// The outcome a comment's body states, if it starts (after spaces or tabs) with one of
  /// the markers `=>`, `warning:` or `error:`.
  /// - Parameters:
  ///   - line: A line's bytes.
  ///   - body: Where the comment's body starts in `line`: just after its `//`.
  /// - Returns: The kind, and where the stated text starts (just after the marker); `nil`
  ///   for an ordinary comment.
  public static func marker(in line: [UInt8], body: Int) -> (kind: OutcomeKind, text: Int)? {
    var marker = body
    while marker < line.count && (line[marker] == 0x20 || line[marker] == 0x09) { marker += 1 }
    for (word, kind) in [("=>", OutcomeKind.value), ("warning:", .warning), ("error:", .error)] {
      let word = Array(word.utf8)
      if line.count - marker >= word.count
        && line[marker..<(marker + word.count)].elementsEqual(word)
      {
        return (kind, marker + word.count)
      }
    }
    return nil
  }
}

/// Parses a note: front matter, math, CommonMark, example blocks and inline value spans.
public struct NoteParser: Sendable {
  /// Parses the bytes of a note.
  ///
  /// Parsing is linear in the size of the input (cmark plus a few linear scans); it never
  /// traps on any input.
  /// - Parameters:
  ///   - bytes: The file's bytes (UTF-8, LF or CRLF, an optional byte-order mark).
  ///   - path: The path to report in errors.
  ///   - options: What to recognise besides CommonMark.
  /// - Returns: The note.
  /// - Throws: ``MarkdownError`` for invalid UTF-8 or a NUL byte, naming the byte offset:
  ///   such a file is not text. (cmark would replace a NUL by U+FFFD, three bytes for one,
  ///   so positions after it would no longer be positions in the file.) Everything else,
  ///   a bad front matter included, is a diagnostic of the returned note.
  public static func parse(bytes: [UInt8], path: String, options: ParseOptions = .init())
    throws(MarkdownError) -> Note
  {
    let source = SourceText(bytes)
    if let invalid = UTF8Validator.firstInvalidOffset(in: bytes) {
      throw MarkdownError(
        message: "invalid utf-8 at byte \(invalid): save the file as utf-8",
        position: source.position(ofOffset: invalid), path: path, isNotText: true)
    }
    if let nul = bytes.firstIndex(of: 0) {
      throw MarkdownError(
        message: "a NUL byte at byte \(nul): a note is text; remove it",
        position: source.position(ofOffset: nul), path: path, isNotText: true)
    }
    var frontMatter = FrontMatter()
    var bodyStart = source.bomLength
    var diagnostics: [MarkdownDiagnostic] = []
    if options.frontMatter {
      var parser = FrontMatterParser(source: source)
      (frontMatter, bodyStart) = parser.parse(at: bodyStart)
      diagnostics = parser.problems
    }
    let body = bodyStart..<bytes.count
    var spans: [FoundMath] = []
    if options.math && mayContainMath(bytes[body]) {
      var scanner = MathScanner(bytes: bytes)
      scanner.scan(regions: proseRegions(source: source, body: body))
      spans = scanner.spans
      diagnostics += scanner.problems.map {
        MarkdownDiagnostic(message: $0.message, position: source.position(ofOffset: $0.offset))
      }
    }
    let text = TransformedText(source: source, body: body, spans: spans)
    var builder = TreeBuilder(source: source, text: text)
    CommonMarkConverter.walk(text.bytes, into: &builder)
    diagnostics += builder.diagnostics
    diagnostics.sort { $0.position < $1.position }
    var note = Note(
      path: path, frontMatter: frontMatter, title: nil, blocks: builder.blocks,
      items: builder.items, diagnostics: diagnostics)
    note.title = note.title(showing: { _ in nil })
    return note
  }

  private static func mayContainMath(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.contains(UInt8(ascii: "$")) || bytes.contains(UInt8(ascii: "\\"))
  }

  /// The body minus its code and HTML blocks, found by a first cmark pass over the body.
  private static func proseRegions(source: SourceText, body: Range<Int>) -> [Range<Int>] {
    let bodyBytes = Array(source.bytes[body])
    var collector = LeafBlockCollector()
    CommonMarkConverter.walk(bodyBytes, contents: false, into: &collector)
    let lines = LineTable(bodyBytes)
    var regions: [Range<Int>] = []
    var cursor = body.lowerBound
    for (first, last) in collector.lineRanges {
      let start = body.lowerBound + lines.start(ofLine: first - 1)
      let end = body.lowerBound + lines.start(ofLine: last)
      if start > cursor { regions.append(cursor..<start) }
      cursor = max(cursor, end)
    }
    if cursor < body.upperBound { regions.append(cursor..<body.upperBound) }
    return regions
  }
}

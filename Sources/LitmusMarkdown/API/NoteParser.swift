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
  ///   so positions after it would no longer be positions in the file.) Also for a note
  ///   longer than `options.maximumBytes`, denser than `options.maximumMarkup`, or with
  ///   more than `options.maximumElements` Markdown elements, at the first byte, markup
  ///   character or element past the limit. Everything else, a bad front matter
  ///   included, is a diagnostic of the returned note.
  public static func parse(bytes: [UInt8], path: String, options: ParseOptions = .init())
    throws(MarkdownError) -> Note
  {
    if bytes.count > options.maximumBytes {
      // Only the bytes up to the limit are looked at: the reader may have stopped there.
      let prefix = Array(bytes[...options.maximumBytes])
      throw MarkdownError(
        message: "the note is longer than the limit of \(options.maximumBytes) bytes from "
          + "here: split it into several notes",
        position: SourceText(prefix).position(ofOffset: options.maximumBytes), path: path)
    }
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
    if let dense = MarkupCounter.offset(
      pastLimit: options.maximumMarkup, in: bytes, range: body)
    {
      throw MarkdownError(
        message: "more than \(options.maximumMarkup) line ends and markup characters "
          + "(`*`, `_`, `[`, `<`, `>`, list markers…) in one note: split it into several notes",
        position: source.position(ofOffset: dense), path: path)
    }
    var spans: [FoundMath] = []
    let limit = options.maximumElements
    func tooManyElements(at offset: Int) -> MarkdownError {
      MarkdownError(
        message: "more than \(limit) Markdown elements in one note (paragraphs, headings, "
          + "spans, math…): split it into several notes",
        position: source.position(ofOffset: offset), path: path)
    }
    if options.math && mayContainMath(bytes[body]) {
      let regions: [Range<Int>]
      switch proseRegions(source: source, body: body, elementLimit: limit) {
      case .success(let found): regions = found
      case .failure(let past): throw tooManyElements(at: past.offset)
      }
      var scanner = MathScanner(bytes: bytes)
      scanner.scan(regions: regions)
      spans = scanner.spans
      // Each span is an element: refuse before copying the spans' text.
      if spans.count > limit { throw tooManyElements(at: spans[limit].range.lowerBound) }
      diagnostics += scanner.problems.map {
        MarkdownDiagnostic(message: $0.message, position: source.position(ofOffset: $0.offset))
      }
    }
    let text = TransformedText(source: source, body: body, spans: spans)
    var builder = TreeBuilder(source: source, text: text)
    if let past = CommonMarkConverter.walk(text.bytes, elementLimit: limit, into: &builder) {
      throw tooManyElements(
        at: text.originalOffset(text.offset(line: past.line, column: max(past.column, 1))))
    }
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

  /// A file offset where a note has one Markdown element too many.
  private struct ElementLimitExceeded: Error {
    let offset: Int
  }

  /// The body minus its code and HTML blocks, found by a first cmark pass over the body;
  /// or, when the body has more than `elementLimit` elements, where the first past it is.
  private static func proseRegions(source: SourceText, body: Range<Int>, elementLimit: Int)
    -> Result<[Range<Int>], ElementLimitExceeded>
  {
    let bodyBytes = Array(source.bytes[body])
    var collector = LeafBlockCollector()
    let lines = LineTable(bodyBytes)
    if let past = CommonMarkConverter.walk(
      bodyBytes, contents: false, elementLimit: elementLimit, into: &collector)
    {
      let lineStart = lines.start(ofLine: max(past.line, 1) - 1)
      let offset = min(lineStart + max(past.column, 1) - 1, bodyBytes.count)
      return .failure(ElementLimitExceeded(offset: body.lowerBound + offset))
    }
    var regions: [Range<Int>] = []
    var cursor = body.lowerBound
    for (first, last) in collector.lineRanges {
      let start = body.lowerBound + lines.start(ofLine: first - 1)
      let end = body.lowerBound + lines.start(ofLine: last)
      if start > cursor { regions.append(cursor..<start) }
      cursor = max(cursor, end)
    }
    if cursor < body.upperBound { regions.append(cursor..<body.upperBound) }
    return .success(regions)
  }
}

/// Renders a ``Note`` to HTML exactly as cmark's `html.c` renders ordinary CommonMark, and
/// asks its delegate for math, example blocks, plain code blocks and inline value spans.
///
/// Display math that stands directly in a paragraph is rendered as a block between the
/// paragraph's pieces (`<p>a</p>`, the math, `<p>b</p>`) rather than inside a `<p>`, which
/// could not hold a block; line breaks next to it are dropped. Display math in a heading,
/// or nested in emphasis or a link, is phrasing content there and is rendered by the
/// delegate's ``HTMLRenderDelegate/renderDisplayMathInPhrasing(_:)``, which writes no
/// block element, so the HTML stays valid. The walk is iterative, so deep nesting is fine.
public struct HTMLRenderer {
  /// The rendering options.
  public var options: HTMLRenderOptions
  /// The hooks for non-CommonMark parts.
  public var delegate: any HTMLRenderDelegate

  /// Creates a renderer.
  /// - Parameters:
  ///   - options: The options.
  ///   - delegate: The hooks (default: ``DefaultHTMLRenderDelegate``).
  public init(
    options: HTMLRenderOptions = .init(),
    delegate: any HTMLRenderDelegate = DefaultHTMLRenderDelegate()
  ) {
    self.options = options
    self.delegate = delegate
  }

  private enum Work {
    case enterBlock(Block, tight: Bool)
    case exitBlock(Block, tight: Bool)
    case enterInline(Inline)
    case exitInline(Inline)
    /// The inlines of `list` from `next` on, rendered one at a time (no copy of the list).
    case inlineSequence([Inline], next: Int)
    /// Literal output, after a line break when `newlineBefore` and the output does not end
    /// in one.
    case raw(String, newlineBefore: Bool)
  }

  /// Renders a note's blocks.
  /// - Parameter note: The note.
  /// - Returns: The HTML.
  public func render(_ note: Note) -> String {
    render(note.blocks)
  }

  /// Renders blocks (for example one section of a note).
  /// - Parameter blocks: The blocks.
  /// - Returns: The HTML.
  public func render(_ blocks: [Block]) -> String {
    run(blocks.reversed().map { .enterBlock($0, tight: false) })
  }

  /// Does the work, last item first, and returns the output.
  private func run(_ initialWork: [Work]) -> String {
    var output: [UInt8] = []
    var slugger = HeadingSlugger()
    var work = initialWork
    while let next = work.popLast() {
      switch next {
      case .enterBlock(let block, let tight):
        enter(block, tight: tight, output: &output, work: &work, slugger: &slugger)
      case .exitBlock(let block, let tight):
        exit(block, tight: tight, output: &output)
      case .enterInline(let inline):
        enter(inline, output: &output, work: &work)
      case .exitInline(let inline):
        exit(inline, output: &output)
      case .inlineSequence(let list, let next):
        guard next < list.count else { continue }
        work.append(.inlineSequence(list, next: next + 1))
        work.append(.enterInline(list[next]))
      case .raw(let text, let newlineBefore):
        if newlineBefore { cr(&output) }
        put(text, &output)
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The headings of a note with the `id`s ``render(_:)-(Note)`` gives them when
  /// `headingAnchors` is on.
  /// - Parameter note: The note.
  /// - Returns: One entry per heading, in document order.
  public func tableOfContents(_ note: Note) -> [TableOfContentsEntry] {
    var slugger = HeadingSlugger()
    var entries: [TableOfContentsEntry] = []
    var pending = Array(note.blocks.reversed())
    while let block = pending.popLast() {
      if case .heading(let level) = block.kind {
        let text = PlainText.of(block.inlines)
        entries.append(
          TableOfContentsEntry(
            level: level, text: text, id: slugger.slug(for: text), html: inlineHTML(block)))
      }
      pending += block.children.reversed()
    }
    return entries
  }

  /// A heading's inline content as HTML, without links (a table of contents links it).
  private func inlineHTML(_ heading: Block) -> String {
    var unlinked: [Inline] = []
    var pending = Array(heading.inlines.reversed())
    while let inline = pending.popLast() {
      if case .link = inline.kind {
        pending += inline.children.reversed()
      } else {
        unlinked.append(inline)
      }
    }
    // The inlines alone, not a paragraph: display math in them stays phrasing content.
    return run([.inlineSequence(unlinked, next: 0)])
  }

  private func put(_ text: String, _ output: inout [UInt8]) {
    output += Array(text.utf8)
  }

  private func cr(_ output: inout [UInt8]) {
    if let last = output.last, last != 0x0A { output.append(0x0A) }
  }

  private func enter(
    _ block: Block, tight: Bool, output: inout [UInt8], work: inout [Work],
    slugger: inout HeadingSlugger
  ) {
    func descend(_ children: [Block], tight childTight: Bool = false) {
      work.append(.exitBlock(block, tight: tight))
      work += children.reversed().map { .enterBlock($0, tight: childTight) }
    }
    func inlines() {
      work.append(.exitBlock(block, tight: tight))
      work.append(.inlineSequence(block.inlines, next: 0))
    }
    switch block.kind {
    case .document:
      descend(block.children)
    case .blockQuote:
      cr(&output)
      put("<blockquote>\n", &output)
      descend(block.children)
    case .list(let list):
      cr(&output)
      if !list.ordered {
        put("<ul>\n", &output)
      } else if list.start == 1 {
        put("<ol>\n", &output)
      } else {
        put("<ol start=\"\(list.start)\">\n", &output)
      }
      work.append(.exitBlock(block, tight: tight))
      for item in block.children.reversed() {
        work.append(.enterBlock(item, tight: list.tight))
      }
    case .item:
      cr(&output)
      put("<li>", &output)
      descend(block.children, tight: tight)
    case .heading(let level):
      cr(&output)
      if options.headingAnchors {
        let id = slugger.slug(for: PlainText.of(block.inlines))
        put("<h\(level) id=\"", &output)
        HTMLEscaping.escapeHTML(id.utf8, into: &output)
        put("\">", &output)
      } else {
        put("<h\(level)>", &output)
      }
      inlines()
    case .codeBlock(let info, let literal):
      if let html = delegate.renderCodeBlock(info: info, literal: literal, position: block.position)
      {
        cr(&output)
        put(html, &output)
        cr(&output)
      } else {
        codeBlock(info: info, literal: literal, output: &output)
      }
    case .example(let example):
      if let html = delegate.renderExample(example) {
        cr(&output)
        put(html, &output)
        cr(&output)
      } else {
        codeBlock(info: example.info, literal: example.literal, output: &output)
      }
    case .htmlBlock(let html):
      cr(&output)
      put(options.unsafeHTML ? html : "<!-- raw HTML omitted -->", &output)
      cr(&output)
    case .customBlock(let onEnter, _):
      cr(&output)
      put(onEnter, &output)
      cr(&output)
      descend(block.children)
    case .paragraph:
      if let pieces = splitAtDisplayMath(block.inlines) {
        for piece in pieces.reversed() {
          switch piece {
          case .math(let math):
            work.append(.raw("", newlineBefore: true))
            work.append(.raw(delegate.renderMath(math), newlineBefore: true))
          case .inlines(let inlines):
            if !tight { work.append(.raw("</p>\n", newlineBefore: false)) }
            work.append(.inlineSequence(inlines, next: 0))
            if !tight { work.append(.raw("<p>", newlineBefore: true)) }
          }
        }
        return
      }
      if !tight {
        cr(&output)
        put("<p>", &output)
      }
      inlines()
    case .thematicBreak:
      cr(&output)
      put("<hr />\n", &output)
    }
  }

  private func exit(_ block: Block, tight: Bool, output: inout [UInt8]) {
    switch block.kind {
    case .blockQuote:
      cr(&output)
      put("</blockquote>\n", &output)
    case .list(let list):
      put(list.ordered ? "</ol>\n" : "</ul>\n", &output)
    case .item:
      put("</li>\n", &output)
    case .heading(let level):
      put("</h\(level)>\n", &output)
    case .customBlock(_, let onExit):
      cr(&output)
      put(onExit, &output)
      cr(&output)
    case .paragraph:
      if !tight { put("</p>\n", &output) }
    default:
      break
    }
  }

  private func codeBlock(info: String, literal: String, output: inout [UInt8]) {
    cr(&output)
    if info.isEmpty {
      put("<pre><code>", &output)
    } else {
      let firstWord = info.utf8.prefix { !Self.isSpace($0) }
      put("<pre><code class=\"language-", &output)
      HTMLEscaping.escapeHTML(firstWord, into: &output)
      put("\">", &output)
    }
    HTMLEscaping.escapeHTML(literal.utf8, into: &output)
    put("</code></pre>\n", &output)
  }

  /// cmark's `cmark_isspace`: space, tab, line feed, vertical tab, form feed, carriage return.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte)
  }

  /// A paragraph's content split at display math that stands directly in it.
  private enum ParagraphPiece {
    case inlines([Inline])
    case math(MathSpan)
  }

  /// The paragraph's pieces, or nil when no display math stands directly in it. Breaks and
  /// blank text next to the math are dropped, and so are pieces left empty.
  private func splitAtDisplayMath(_ inlines: [Inline]) -> [ParagraphPiece]? {
    guard
      inlines.contains(where: {
        if case .math(let math) = $0.kind { math.display } else { false }
      })
    else { return nil }
    func isBlank(_ inline: Inline) -> Bool {
      switch inline.kind {
      case .softBreak, .lineBreak: return true
      case .text(let text): return text.allSatisfy(\.isWhitespace)
      default: return false
      }
    }
    var pieces: [ParagraphPiece] = []
    var run: [Inline] = []
    func flush() {
      while let first = run.first, isBlank(first) { run.removeFirst() }
      while let last = run.last, isBlank(last) { run.removeLast() }
      if let first = run.first, case .text(let text) = first.kind {
        run[0].kind = .text(String(text.drop { $0 == " " || $0 == "\t" }))
      }
      if let last = run.last, case .text(let text) = last.kind {
        let kept = text.reversed().drop { $0 == " " || $0 == "\t" }
        run[run.count - 1].kind = .text(String(kept.reversed()))
      }
      if !run.isEmpty { pieces.append(.inlines(run)) }
      run = []
    }
    for inline in inlines {
      if case .math(let math) = inline.kind, math.display {
        flush()
        pieces.append(.math(math))
      } else {
        run.append(inline)
      }
    }
    flush()
    return pieces
  }

  private func enter(_ inline: Inline, output: inout [UInt8], work: inout [Work]) {
    switch inline.kind {
    case .text(let text):
      HTMLEscaping.escapeHTML(text.utf8, into: &output)
    case .softBreak:
      output.append(0x0A)
    case .lineBreak:
      put("<br />\n", &output)
    case .code(let code):
      put("<code>", &output)
      HTMLEscaping.escapeHTML(code.utf8, into: &output)
      put("</code>", &output)
    case .html(let html):
      put(options.unsafeHTML ? html : "<!-- raw HTML omitted -->", &output)
    case .customInline(let onEnter, _):
      put(onEnter, &output)
      descend(inline, &work)
    case .emphasis:
      put("<em>", &output)
      descend(inline, &work)
    case .strong:
      put("<strong>", &output)
      descend(inline, &work)
    case .link(let url, let title):
      put("<a href=\"", &output)
      if options.unsafeHTML || !HTMLEscaping.isDangerous(url) {
        HTMLEscaping.escapeHref(url, into: &output)
      }
      if !title.isEmpty {
        put("\" title=\"", &output)
        HTMLEscaping.escapeHTML(title.utf8, into: &output)
      }
      put("\">", &output)
      descend(inline, &work)
    case .image(let url, let title):
      put("<img src=\"", &output)
      if options.unsafeHTML || !HTMLEscaping.isDangerous(url) {
        HTMLEscaping.escapeHref(url, into: &output)
      }
      put("\" alt=\"", &output)
      altText(inline.children, output: &output)
      if !title.isEmpty {
        put("\" title=\"", &output)
        HTMLEscaping.escapeHTML(title.utf8, into: &output)
      }
      put("\" />", &output)
    case .math(let math):
      // Display math standing directly in a paragraph was split out as a block (see
      // `splitAtDisplayMath`); any reached here is inside phrasing content.
      put(
        math.display ? delegate.renderDisplayMathInPhrasing(math) : delegate.renderMath(math),
        &output)
    case .inlineValue(let span):
      if let html = delegate.renderInlineValue(span) {
        put(html, &output)
      } else {
        put("<code>", &output)
        let literal = span.stated.map { "\(span.expression) => \($0)" } ?? "= \(span.expression)"
        HTMLEscaping.escapeHTML(literal.utf8, into: &output)
        put("</code>", &output)
      }
    }
  }

  private func descend(_ inline: Inline, _ work: inout [Work]) {
    work.append(.exitInline(inline))
    work.append(.inlineSequence(inline.children, next: 0))
  }

  private func exit(_ inline: Inline, output: inout [UInt8]) {
    switch inline.kind {
    case .customInline(_, let onExit): put(onExit, &output)
    case .emphasis: put("</em>", &output)
    case .strong: put("</strong>", &output)
    case .link: put("</a>", &output)
    default: break
    }
  }

  /// cmark's "plain" rendering of an image's description: text, code and raw HTML escaped,
  /// breaks as spaces, everything else dropped (math keeps its TeX).
  private func altText(_ inlines: [Inline], output: inout [UInt8]) {
    var pending = Array(inlines.reversed())
    while let inline = pending.popLast() {
      switch inline.kind {
      case .text(let text), .code(let text), .html(let text):
        HTMLEscaping.escapeHTML(text.utf8, into: &output)
      case .softBreak, .lineBreak:
        output.append(0x20)
      case .math(let math):
        HTMLEscaping.escapeHTML(math.tex.utf8, into: &output)
      case .inlineValue(let span):
        let literal =
          delegate.inlineValueText(span)
          ?? span.stated.map { "\(span.expression) => \($0)" } ?? "= \(span.expression)"
        HTMLEscaping.escapeHTML(literal.utf8, into: &output)
      default:
        pending += inline.children.reversed()
      }
    }
  }
}

import Testing

@testable import LitmusMarkdown

/// Inline value spans continued across lines, in every kind of container: the expression and
/// the stated value are located at their own bytes, not at the span's start or another line.
@Suite struct CodeSpanLocatorTests {
  /// Notes with one inline value span each: `1️⃣` marks the expression's first byte, `2️⃣` the
  /// stated value's.
  static let containerShapes: [String] = [
    "`1️⃣1.0 / 3.0\n=> 2️⃣0.34`\n",  // top level
    "> The gap `1️⃣0.34 - 0.01\n> => 2️⃣0.34` here.\n",  // block quote
    "> `1️⃣1.0 / 3.0\n> => 2️⃣0.34`\n",  // block quote, span starts the line
    "> `1️⃣1.0 / 3.0 =>\n> 2️⃣0.34`\n",  // stated value alone on the next line
    ">`1️⃣1.0 / 3.0\n>=> 2️⃣0.34`\n",  // markers without a space
    "  > a `1️⃣1.0 / 3.0\n   >  => 2️⃣0.34`\n",  // indented markers, extra space
    ">\ta `1️⃣1.0 / 3.0\n>\t=> 2️⃣0.34`\n",  // tab after the marker
    "> > a `1️⃣1.0 / 3.0\n> > => 2️⃣0.34`\n",  // nested quotes
    "> > a `1️⃣1.0 / 3.0\n>> => 2️⃣0.34`\n",  // nested quotes, markers together
    "> > > a `1️⃣1.0 /\n> > > 3.0\n> > > => 2️⃣0.34`\n",  // three quotes, three lines
    "- a `1️⃣1.0 /\n  3.0 => 2️⃣0.34`\n",  // list item
    "1. a `1️⃣1.0 /\n   3.0 => 2️⃣0.34`\n",  // ordered list item
    "> - item `1️⃣2.0 /\n>   3.0 => 2️⃣0.34`\n",  // list item in a quote
    "> - x\n>\n>   and `1️⃣1.0 /\n>   7.0 =>\n>   2️⃣0.34` end\n",  // second paragraph of it
    "- > a `1️⃣1.0 /\n  > 3.0 => 2️⃣0.34`\n",  // quote in a list item
    "> a `1️⃣1.0 /\n3.0 => 2️⃣0.34`\n",  // lazy continuation line
    "> > a `1️⃣1.0 /\n> 3.0 => 2️⃣0.34`\n",  // lazy in the inner quote
    "- a\n> b `1️⃣1.0 /\n  3.0 => 2️⃣0.34`\n",  // an indented lazy line (cmark keeps the spaces)
    "- > a `1️⃣1.0 /\n 3.0 => 2️⃣0.34`\n",  // lazy in a quote in a list item
    "a `1️⃣1.0\n    > 3.0 => 2️⃣0.34`\n",  // a `>` indented four columns is content
    "> Heading `1️⃣1.0 /\n> 3.0 => 2️⃣0.34`\n> ---\n",  // setext heading in a quote
    "> `` 1️⃣1.0 / `3.0`\n> => 2️⃣0.34 ``\n",  // double backticks, one space stripped
  ]

  private func span(_ source: MarkedSource) throws -> InlineValueSpan {
    let note = try NoteParser.parse(bytes: source.bytes, path: "note.md")
    let spans = note.items.compactMap {
      if case .inlineValue(let span) = $0 { span } else { nil }
    }
    #expect(spans.count == 1)
    return try #require(spans.first)
  }

  @Test(arguments: containerShapes)
  func spanContinuedOnTheNextLineIsLocatedAtItsBytes(text: String) throws {
    for source in [MarkedSource(text), MarkedSource(text).crlf] {
      let span = try span(source)
      expect(span.expressionPosition, at: 1, in: source)
      expect(span.statedPosition, at: 2, in: source)
      let stated = try #require(span.statedMap)
      expect(stated.position(ofTextByte: 0), at: 2, in: source)
      // The stated number's bytes lie together in the file, where the map says.
      let range = try #require(stated.contiguousFileRange(of: 0..<4))
      #expect(Array(source.bytes[range]) == Array("0.34".utf8))
      // Every expression byte maps to the same byte in the file (a line ending to a space).
      let expression = Array(span.expression.utf8)
      for (index, byte) in expression.enumerated() {
        let offset = try #require(span.expressionMap.position(ofTextByte: index)).offset
        let fileByte = source.bytes[offset]
        #expect(fileByte == byte || (byte == 0x20 && (fileByte == 0x0A || fileByte == 0x0D)))
      }
    }
  }

  @Test func statedVectorContinuedInAQuoteMapsEachNumber() throws {
    let source = MarkedSource("> `v\n> => [1️⃣0.1,\n> 2️⃣0.2]`\n")
    let map = try #require(try span(source).statedMap)
    expect(map.position(ofTextByte: 1), at: 1, in: source)
    expect(map.position(ofTextByte: 6), at: 2, in: source)
  }

  @Test func spansInAListInAQuoteNameTheirOwnLines() throws {
    let source = MarkedSource(
      "> - item `2.0 /\n>   3.0 => 1️⃣0.67`\n>   and `1.0 /\n>   7.0 =>\n>   2️⃣0.15` end\n")
    let note = try NoteParser.parse(bytes: source.bytes, path: "note.md")
    let spans = note.items.compactMap {
      if case .inlineValue(let span) = $0 { span } else { nil }
    }
    #expect(spans.count == 2)
    expect(spans.first?.statedPosition, at: 1, in: source)
    expect(spans.last?.statedPosition, at: 2, in: source)
  }

  /// Backticks inside raw HTML or a link's title are not a code span: a later span with the
  /// same text is located at its own bytes (`fix` used to rewrite the attribute).
  @Test(arguments: [
    "See <span title=\"`1 + 1 => 3`\">x</span> and `1️⃣1 + 1 => 2️⃣3`.\n",
    "See <!-- `1 + 1 => 3` --> and `1️⃣1 + 1 => 2️⃣3`.\n",
    "See [x](https://e.com \"`1 + 1 => 3`\") and `1️⃣1 + 1 => 2️⃣3`.\n",
    "See [x](https://e.com '`1 + 1 => 3`') and `1️⃣1 + 1 => 2️⃣3`.\n",
    "See ![x](i.png (`1 + 1 => 3`)) and `1️⃣1 + 1 => 2️⃣3`.\n",
    // A reference link's title is elsewhere: a span with the same text is not skipped.
    "See [x][d] and `1️⃣1 + 1 => 2️⃣3`.\n\n[d]: https://e.com \"`1 + 1 => 3`\"\n",
  ])
  func backticksInRawHTMLAndLinkTitlesAreNotASpan(text: String) throws {
    for source in [MarkedSource(text), MarkedSource(text).crlf] {
      let span = try span(source)
      expect(span.expressionPosition, at: 1, in: source)
      expect(span.statedPosition, at: 2, in: source)
    }
  }

  /// Reference links whose titles (written elsewhere) hold a backtick are searched for in
  /// vain; the search has a budget of a few passes over the paragraph, and a span after
  /// thousands of them is still located.
  @Test func aSpanAfterManyReferenceLinksWithBacktickTitlesIsLocated() throws {
    let links = (0..<2_000).map { "[x][r\($0)]" }.joined(separator: " ")
    let definitions = (0..<2_000).map { "[r\($0)]: https://e.com \"`x`\"" }
      .joined(separator: "\n\n")
    let source = MarkedSource("\(links) `1️⃣1 + 1 => 2️⃣3`\n\n\(definitions)\n")
    let span = try span(source)
    expect(span.expressionPosition, at: 1, in: source)
    expect(span.statedPosition, at: 2, in: source)
  }

  @Test func aSpanInALinksTextIsFoundBeforeItsTitle() throws {
    let source = MarkedSource("See [`1️⃣1 + 1 => 3`](https://e.com \"`1 + 1 => 3`\") and `2️⃣x`.\n")
    let note = try NoteParser.parse(bytes: source.bytes, path: "note.md")
    let spans = note.items.compactMap {
      if case .inlineValue(let span) = $0 { span } else { nil }
    }
    #expect(spans.count == 1)
    expect(spans.first?.expressionPosition, at: 1, in: source)
    let code = note.blocks.first?.inlines.last { if case .code = $0.kind { true } else { false } }
    expect(code?.position, at: 2, in: source)
  }

  /// A continuation line whose content is a long run of `>` indented four columns (so not
  /// block-quote markers) is located in linear time, and exactly.
  @Test func longRunOfContentMarkersIsLocatedQuickly() throws {
    let markers = String(repeating: ">", count: 20_000)
    let source = MarkedSource("a `1️⃣x\n    \(markers) y => 2️⃣1`\n")
    let span = try span(source)
    #expect(span.expression == "x \(markers) y")
    expect(span.statedPosition, at: 2, in: source)
  }
}

import Testing

@testable import LitmusMarkdown

/// Formulas continued on the next line of a block quote or list item: each TeX byte maps to
/// its own byte in the file, after the line's container prefix.
@Suite struct MathTextTests {
  /// `1️⃣` marks the `\` of `\foo` in each note.
  static let shapes: [String] = [
    "> $$\n> a + 1️⃣\\foo\n> $$\n",
    "> Text $a +\n> 1️⃣\\foo$ more\n",
    "> > Text $a +\n> > 1️⃣\\foo$ more\n",
    "> - $a +\n>   1️⃣\\foo$ y\n",
    "- $a +\n  1️⃣\\foo$ y\n",
    "> Text $a +\n1️⃣\\foo$ lazy\n",
    "Text $a +\n1️⃣\\foo$\n",
    "> Text $a + 1️⃣\\foo$\n",
  ]

  @Test(arguments: shapes)
  func texBytesMapToTheirFilePositions(text: String) throws {
    for source in [MarkedSource(text), MarkedSource(text).crlf] {
      let note = try NoteParser.parse(bytes: source.bytes, path: "note.md")
      let span = try #require(mathSpans(note).first)
      let index = try #require(span.tex.utf8.firstIndex(of: UInt8(ascii: "\\")))
      let byte = span.tex.utf8.distance(from: span.tex.utf8.startIndex, to: index)
      let position = span.map.position(ofTextByte: byte)
      let expected = source.lineAndColumn(1)
      #expect(position?.offset == source.offsets[1])
      #expect(position?.line == expected?.line)
      #expect(position?.column == expected?.column)
    }
  }

  private func mathSpans(_ note: Note) -> [MathSpan] {
    var spans: [MathSpan] = []
    var blocks = note.blocks
    while let block = blocks.popLast() {
      var inlines = block.inlines
      while let inline = inlines.popLast() {
        if case .math(let span) = inline.kind { spans.append(span) }
        inlines += inline.children
      }
      blocks += block.children
    }
    return spans
  }
}

import Testing

@testable import LitmusMarkdown

/// Math survival: every case from the issue, asserted through the parser and the renderer.
@Suite struct MathScannerTests {
  private func note(_ text: String) throws -> Note {
    try NoteParser.parse(bytes: Array(text.utf8), path: "m.md")
  }

  private func maths(_ text: String) throws -> [MathSpan] {
    var result: [MathSpan] = []
    var pending = try note(text).blocks
    var inlines: [Inline] = []
    while let block = pending.first {
      pending.removeFirst()
      pending = block.children + pending
      inlines += block.inlines
    }
    while let inline = inlines.first {
      inlines.removeFirst()
      if case .math(let math) = inline.kind { result.append(math) }
      inlines = inline.children + inlines
    }
    return result
  }

  private func html(_ text: String) throws -> String {
    HTMLRenderer().render(try note(text))
  }

  @Test func subscriptsInTwoSpansAreNotEmphasis() throws {
    #expect(try maths("$\\mathbf{s}_{k}$ vs $x_{k}$").map(\.tex) == ["\\mathbf{s}_{k}", "x_{k}"])
    #expect(
      try html("$\\mathbf{s}_{k}$ vs $x_{k}$")
        == "<p><span class=\"math inline\">\\(\\mathbf{s}_{k}\\)</span> vs "
        + "<span class=\"math inline\">\\(x_{k}\\)</span></p>\n")
  }

  @Test func asterisksInsideMathStay() throws {
    #expect(try maths("$a*b*c$").map(\.tex) == ["a*b*c"])
    #expect(!(try html("$a*b*c$").contains("<em>")))
  }

  @Test func doubleBackslashSurvives() throws {
    #expect(try maths("$$a \\\\ b$$").map(\.tex) == ["a \\\\ b"])
    #expect(try maths("$a \\\\ b$").map(\.tex) == ["a \\\\ b"])
  }

  @Test func escapedBracesSurvive() throws {
    #expect(try maths("$\\{x\\}$").map(\.tex) == ["\\{x\\}"])
  }

  @Test func angleBracketsAreMathNotHTML() throws {
    #expect(try maths("$a<b>c$").map(\.tex) == ["a<b>c"])
    #expect(try html("$a<b>c$") == "<p><span class=\"math inline\">\\(a&lt;b&gt;c\\)</span></p>\n")
  }

  @Test func escapedDollarIsLiteral() throws {
    #expect(try maths("costs \\$10 and \\$20").isEmpty)
    #expect(try html("costs \\$10 and \\$20") == "<p>costs $10 and $20</p>\n")
  }

  @Test func dollarsInCodeSpanAreCode() throws {
    #expect(try maths("`$x$` and ``a $y$ b``").isEmpty)
    #expect(try html("`$x$`") == "<p><code>$x$</code></p>\n")
  }

  @Test func dollarsInFencedBlockAreCode() throws {
    let text = "```\n$x$\n```\n\n    $y$\n"
    #expect(try maths(text).isEmpty)
    #expect(try html(text) == "<pre><code>$x$\n</code></pre>\n<pre><code>$y$\n</code></pre>\n")
  }

  @Test func dollarFollowedBySpaceDoesNotOpen() throws {
    #expect(try maths("a $ b$ c").isEmpty)
  }

  @Test func dollarAmountsAreNotMath() throws {
    #expect(try maths("between $5 and $6 a day").isEmpty)
    #expect(try html("between $5 and $6") == "<p>between $5 and $6</p>\n")
  }

  @Test func closingDollarFollowedByDigitIsNotMath() throws {
    #expect(try maths("$x$5").isEmpty)
  }

  @Test func closingDollarAfterSpaceIsNotMath() throws {
    #expect(try maths("$x $ y").isEmpty)
  }

  @Test func backslashParenAndBracketDelimiters() throws {
    let spans = try maths("\\(a_1\\) and \\[b_2\\]")
    #expect(spans.map(\.tex) == ["a_1", "b_2"])
    #expect(spans.map(\.display) == [false, true])
  }

  @Test func escapedBackslashBeforeParenIsNotMath() throws {
    #expect(try maths("\\\\(a\\\\)").isEmpty)
  }

  @Test func displayMathAloneInParagraphRendersAsBlock() throws {
    #expect(
      try html("$$\n\\sum_i x_i\n$$\n")
        == "<div class=\"math display\">\\[\n\\sum_i x_i\n\\]</div>\n")
  }

  @Test func displayMathInsideParagraphSplitsItIntoBlocks() throws {
    #expect(
      try html("Since\n$$x$$\nwe have $y$.\n")
        == "<p>Since</p>\n<div class=\"math display\">\\[x\\]</div>\n"
        + "<p>we have <span class=\"math inline\">\\(y\\)</span>.</p>\n")
  }

  @Test func displayMathInTightListItemHasNoParagraph() throws {
    #expect(
      try html("- a $$x$$\n- b\n")
        == "<ul>\n<li>a\n<div class=\"math display\">\\[x\\]</div>\n</li>\n<li>b</li>\n</ul>\n")
  }

  @Test func displayMathLineStartingWithPlusStaysInMath() throws {
    #expect(try maths("$$\nL = a\n+ b\n$$\n").map(\.tex) == ["\nL = a\n+ b\n"])
  }

  @Test func quoteMarkersOfContinuationLinesAreNotTeX() throws {
    #expect(try maths("> $$\n> a_1\n>  + b\n> $$\n").map(\.tex) == ["\na_1\n + b\n"])
    #expect(try maths("$$\n> a\n$$\n").map(\.tex) == ["\n> a\n"])
  }

  @Test func mathDoesNotCrossBlankLine() throws {
    #expect(try maths("$a\n\nb$").isEmpty)
  }

  @Test func unterminatedDisplayMathIsADiagnostic() throws {
    let parsed = try note("text $$x\n\nmore")
    #expect(parsed.diagnostics.map(\.message).contains { $0.contains("unterminated math") })
    #expect(parsed.diagnostics.first?.position.column == 6)
  }

  @Test func textInsideMathMayContainDollar() throws {
    #expect(try maths("$a \\text{costs $5} b$").map(\.tex) == ["a \\text{costs $5} b"])
  }

  @Test func mathInsideRawHTMLAttributeIsNotMath() throws {
    #expect(try maths("<span title=\"$x$\">$y$</span>").map(\.tex) == ["y"])
  }

  @Test func mathOffLeavesDollarsToCommonMark() throws {
    let parsed = try NoteParser.parse(
      bytes: Array("$a*b*c$".utf8), path: "m.md", options: ParseOptions(math: false))
    #expect(HTMLRenderer().render(parsed) == "<p>$a<em>b</em>c$</p>\n")
  }

  @Test func mathPositionIsFirstTeXByte() throws {
    let source = MarkedSource("Text\nwith $1️⃣x_1$ and $$2️⃣y$$\n")
    let spans = try maths(String(decoding: source.bytes, as: UTF8.self))
    #expect(spans.map(\.position.offset) == [source.offsets[1], source.offsets[2]])
    #expect(spans.map(\.position.line) == [2, 2])
    #expect(spans.map(\.position.column) == [7, 18])
  }

  @Test func mathInLinkTextAndHeading() throws {
    #expect(try maths("# Softmax $\\sigma$\n\n[see $x$](u)").map(\.tex) == ["\\sigma", "x"])
  }
}

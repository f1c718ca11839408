import Testing

@testable import LitmusMarkdown

@Suite struct HTMLRendererTests {
  private func note(_ text: String) throws -> Note {
    try NoteParser.parse(bytes: Array(text.utf8), path: "r.md")
  }

  @Test func rawHTMLIsOmittedUnlessUnsafe() throws {
    let parsed = try note("<div>\nx\n</div>\n\na <b>c</b>\n")
    #expect(
      HTMLRenderer().render(parsed)
        == "<!-- raw HTML omitted -->\n<p>a <!-- raw HTML omitted -->c<!-- raw HTML omitted --></p>\n"
    )
    #expect(
      HTMLRenderer(options: HTMLRenderOptions(unsafeHTML: true)).render(parsed)
        == "<div>\nx\n</div>\n<p>a <b>c</b></p>\n")
  }

  @Test func dangerousURLsAreDroppedUnlessUnsafe() throws {
    let parsed = try note("[a](javascript:alert(1)) ![b](data:image/png;x)")
    #expect(
      HTMLRenderer().render(parsed)
        == "<p><a href=\"\">a</a> <img src=\"data:image/png;x\" alt=\"b\" /></p>\n")
  }

  @Test func hrefEscapingMatchesCmark() throws {
    #expect(
      HTMLRenderer().render(try note("[a](<x y'&\"ä>)"))
        == "<p><a href=\"x%20y&#x27;&amp;%22%C3%A4\">a</a></p>\n")
  }

  @Test func headingAnchorsAreGitHubSlugsAndDeduplicated() throws {
    let parsed = try note("# Soft-max & *CE*\n\n## Soft-max & CE\n\n## !!!\n")
    let renderer = HTMLRenderer(options: HTMLRenderOptions(headingAnchors: true))
    #expect(
      renderer.render(parsed)
        == "<h1 id=\"soft-max--ce\">Soft-max &amp; <em>CE</em></h1>\n"
        + "<h2 id=\"soft-max--ce-1\">Soft-max &amp; CE</h2>\n<h2 id=\"section\">!!!</h2>\n")
    #expect(
      renderer.tableOfContents(parsed) == [
        TableOfContentsEntry(
          level: 1, text: "Soft-max & CE", id: "soft-max--ce", html: "Soft-max &amp; <em>CE</em>"),
        TableOfContentsEntry(level: 2, text: "Soft-max & CE", id: "soft-max--ce-1"),
        TableOfContentsEntry(level: 2, text: "!!!", id: "section"),
      ])
  }

  @Test func contentsEntriesRenderMathThroughTheDelegateAndDropLinks() throws {
    let parsed = try note("## Case $i \\ne j$ and [a link](x.md)\n")
    let renderer = HTMLRenderer(options: HTMLRenderOptions(headingAnchors: true), delegate: Hooks())
    #expect(renderer.tableOfContents(parsed).first?.html == "Case [M:i \\ne j] and a link")
  }

  private struct Hooks: HTMLRenderDelegate {
    func renderMath(_ math: MathSpan) -> String { "[M:\(math.tex)]" }
    func renderExample(_ block: ExampleBlock) -> String? { "<example \(block.id)>" }
    func renderCodeBlock(info: String, literal: String, position: SourcePosition) -> String? {
      info == "skip" ? nil : "<code-block \(position.line)>"
    }
    func renderInlineValue(_ span: InlineValueSpan) -> String? { "<value \(span.expression)>" }
  }

  @Test func delegateRendersMathExamplesCodeAndValues() throws {
    let parsed = try note(
      "$x$ `= a`\n\n```swift example\n1\n```\n\n```py\n2\n```\n\n```skip\n3\n```\n")
    #expect(
      HTMLRenderer(delegate: Hooks()).render(parsed)
        == "<p>[M:x] <value a></p>\n<example 1>\n<code-block 7>\n"
        + "<pre><code class=\"language-skip\">3\n</code></pre>\n")
  }

  @Test func defaultsRenderExamplesAndValuesAsCmarkWould() throws {
    let parsed = try note("`= a` `b => 1`\n\n```swift example hidden\nx\n```\n")
    #expect(
      HTMLRenderer().render(parsed)
        == "<p><code>= a</code> <code>b => 1</code></p>\n".replacingOccurrences(
          of: "=>", with: "=&gt;")
        + "<pre><code class=\"language-swift\">x\n</code></pre>\n")
  }

  @Test func imageAltTextIsPlain() throws {
    #expect(
      HTMLRenderer().render(try note("![a *b* `c` $d$](u \"t\")"))
        == "<p><img src=\"u\" alt=\"a b c d\" title=\"t\" /></p>\n")
  }

  @Test func displayMathInPhrasingContentIsRenderedAsPhrasing() throws {
    let parsed = try note(
      "## A $$x$$ b\n\n[l $$y$$ t](u) *e $$z$$ m* **s $$w$$**\n\nA $$v$$ b\n")
    let renderer = HTMLRenderer(options: HTMLRenderOptions(headingAnchors: true))
    #expect(
      renderer.render(parsed)
        == "<h2 id=\"a-x-b\">A <span class=\"math display\">\\[x\\]</span> b</h2>\n"
        + "<p><a href=\"u\">l <span class=\"math display\">\\[y\\]</span> t</a> "
        + "<em>e <span class=\"math display\">\\[z\\]</span> m</em> "
        + "<strong>s <span class=\"math display\">\\[w\\]</span></strong></p>\n"
        // Directly in a paragraph it is a block between the paragraph's pieces.
        + "<p>A</p>\n<div class=\"math display\">\\[v\\]</div>\n<p>b</p>\n")
    #expect(
      renderer.tableOfContents(parsed).first?.html
        == "A <span class=\"math display\">\\[x\\]</span> b")
  }

  @Test func rawHTMLIsLeftOutOfHeadingTextAndSlugs() throws {
    let parsed = try note("# B <i>note</i> & co\n\n##\n")
    let renderer = HTMLRenderer(options: HTMLRenderOptions(headingAnchors: true))
    #expect(parsed.title == "B note & co")
    #expect(
      renderer.tableOfContents(parsed).map(\.text) == ["B note & co", ""])
    #expect(renderer.tableOfContents(parsed).map(\.id) == ["b-note--co", "section"])
  }

  @Test func imageAltTextShowsWhatTheDelegateGivesForInlineValues() throws {
    struct Values: HTMLRenderDelegate {
      func inlineValueText(_ span: InlineValueSpan) -> String? { "<\(span.expression)>" }
    }
    #expect(
      HTMLRenderer(delegate: Values()).render(try note("![a `= 1 + 1` b](u)"))
        == "<p><img src=\"u\" alt=\"a &lt;1 + 1&gt; b\" /></p>\n")
  }

  @Test func tightListsAndStartAttribute() throws {
    #expect(
      HTMLRenderer().render(try note("3. a\n4. b\n\n- c\n\n- d\n"))
        == "<ol start=\"3\">\n<li>a</li>\n<li>b</li>\n</ol>\n<ul>\n<li>\n<p>c</p>\n</li>\n<li>\n<p>d</p>\n</li>\n</ul>\n"
    )
  }
}

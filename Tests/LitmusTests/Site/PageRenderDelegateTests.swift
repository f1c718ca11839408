import Testing

@testable import Litmus

@Suite struct PageRenderDelegateTests {
  private func page(_ note: String) throws -> String {
    let checked = NoteChecker().check(bytes: Array(note.utf8), path: "Notes/n.md")
    let files = try SiteBuilder(options: SiteOptions()).render([checked])
    return files.first { $0.name == "n.html" }?.contents ?? ""
  }

  @Test func inlineCheckWithAnUnstatedWarningIsShownFailed() throws {
    // The value is right, but the overflow makes `check` fail: the page must agree.
    let html = try page("# T\n\nBig: `exp(1000.0) => inf`.\n")
    #expect(!html.contains("inline-check passed"))
    #expect(html.contains("<span class=\"inline-check failed\""))
    #expect(html.contains("<ins>warning: overflow in exp</ins>"))
  }

  @Test func inlineValueWithAWarningIsShownFailed() throws {
    let html = try page("# T\n\nBig: `= exp(1000.0)`.\n")
    #expect(html.contains("<span class=\"inline-value failed\""))
    #expect(html.contains("inf <ins>warning: overflow in exp</ins>"))
  }

  @Test func inlineValuesWithoutWarningsStayPlain() throws {
    let html = try page("# T\n\nTwo: `= 1 + 1`, checked: `1 + 1 => 2`.\n")
    #expect(html.contains("<span class=\"inline-value\" title=\"1 + 1\">2</span>"))
    #expect(html.contains("<span class=\"inline-check passed\""))
    #expect(!html.contains("<ins>warning"))
  }

  @Test func displayMathInAHeadingLinkOrEmphasisIsMathMLWithoutADiv() throws {
    let html = try page("# T\n\n## A $$x$$ b\n\n[l $$y$$ t](u) *e $$z$$ m*\n\n## C\n")
    #expect(!html.contains("<h2 id=\"a-x-b\">A <div"))
    #expect(html.contains("<h2 id=\"a-x-b\">A <math "))
    #expect(html.contains("<a href=\"u\">l <math "))
    #expect(html.contains("<em>e <math "))
    let contents = try #require(html.firstRange(of: "<nav class=\"contents\"")).lowerBound
    #expect(html[contents...].contains("<a href=\"#a-x-b\">A <math "))
    #expect(!html.contains("</p><div"))
    #expect(!html.contains("<a href=\"#a-x-b\">A</p>"))
  }

  @Test func aHeadingsRawHTMLIsLeftOutOfTitleIndexPagerAndSlug() throws {
    let first = NoteChecker().check(bytes: Array("# B <i>note</i> & co\n".utf8), path: "a.md")
    let second = NoteChecker().check(bytes: Array("# Next\n".utf8), path: "b.md")
    let files = try SiteBuilder(options: SiteOptions()).render([first, second])
    let page = files.first { $0.name == "a.html" }?.contents ?? ""
    let index = files.first { $0.name == "index.html" }?.contents ?? ""
    let next = files.first { $0.name == "b.html" }?.contents ?? ""
    #expect(page.contains("<title>B note &amp; co</title>"))
    #expect(page.contains("<h1 id=\"b-note--co\">"))
    #expect(index.contains(">B note &amp; co</a>"))
    #expect(next.contains("← B note &amp; co</a>"))
  }

  @Test func emptyHeadingsAreLeftOutOfTheContents() throws {
    let html = try page("# T\n\n## A\n\n##\n\n## <b></b>\n\n## B\n")
    #expect(html.contains("<a href=\"#a\">A</a>"))
    #expect(html.contains("<a href=\"#b\">B</a>"))
    #expect(!html.contains("<a href=\"#section"))
  }

  @Test func imageAltTextShowsComputedValuesAndFailures() throws {
    let html = try page("# T\n\n![alt `= 1 + 1` and `2 => 3`](x.png)\n")
    #expect(html.contains("alt=\"alt 2 and 2 (stated 3, failed)\""))
    // The failure is listed above the page too.
    #expect(html.contains("<span class=\"where\">3:27</span> stated 3, computed 2"))
  }
}

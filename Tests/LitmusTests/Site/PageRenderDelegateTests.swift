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
}

import Testing

@testable import LitmusPlot

struct SVGWriterTests {
  @Test func escapeMakesMarkupAndQuotesInert() {
    #expect(
      SVGWriter.escape("<script>&\"x\"'") == "&lt;script&gt;&amp;&quot;x&quot;&#39;")
  }

  @Test func escapeDropsControlCharactersThatXMLForbids() {
    #expect(SVGWriter.escape("a\u{1}b\u{7F}c") == "abc")
  }
}

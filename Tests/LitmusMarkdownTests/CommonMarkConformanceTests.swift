import Testing

@testable import LitmusMarkdown

/// Renders every example of the CommonMark 0.30 spec through NoteParser and HTMLRenderer.
@Suite struct CommonMarkConformanceTests {
  private static func render(_ markdown: String, math: Bool) throws -> String {
    let note = try NoteParser.parse(
      bytes: Array(markdown.utf8), path: "spec.md",
      options: ParseOptions(math: math, frontMatter: false))
    return HTMLRenderer(options: HTMLRenderOptions(unsafeHTML: true)).render(note)
  }

  @Test func specHasAll652Examples() throws {
    #expect(try CommonMarkSpec.examples().count == 652)
  }

  @Test func everyExampleRendersByteIdenticalWithMathOff() throws {
    var failures: [Int] = []
    for example in try CommonMarkSpec.examples() {
      let html = try Self.render(example.markdown, math: false)
      if html != example.html { failures.append(example.number) }
    }
    #expect(failures == [])
  }

  @Test func everyExampleWithoutMathDelimitersRendersByteIdenticalWithMathOn() throws {
    var failures: [Int] = []
    var checked = 0
    for example in try CommonMarkSpec.examples()
    where !example.markdown.contains("$") && !example.markdown.contains("\\(")
      && !example.markdown.contains("\\[")
    {
      checked += 1
      let html = try Self.render(example.markdown, math: true)
      if html != example.html { failures.append(example.number) }
    }
    #expect(failures == [])
    #expect(checked > 600)
  }
}

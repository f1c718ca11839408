import Foundation
import Testing

@testable import Litmus

/// The whole pipeline (parse → check → render with Litmus's delegate), with
/// math off and raw HTML on, reproduces cmark's HTML for every example of the
/// CommonMark 0.30 spec; with math on, every example without `$`, `\(` or
/// `\[` still does. (The Markdown layer's own tests check its renderer alone.)
@Suite struct PipelineConformanceTests {
  struct Example: Decodable, Sendable {
    let example: Int
    let markdown: String
    let html: String
  }

  static let examples: [Example] = {
    guard
      let data = try? Data(
        contentsOf: Fixtures.directory.appendingPathComponent("commonmark/spec-0.30-examples.json"))
    else { return [] }
    return (try? JSONDecoder().decode([Example].self, from: data)) ?? []
  }()

  private func render(_ example: Example, math: Bool) -> String? {
    let checked = NoteChecker(options: CheckOptions(math: math))
      .check(bytes: Array(example.markdown.utf8), path: "example-\(example.example).md")
    return FragmentRenderer.render(checked, unsafeHTML: true)
  }

  @Test func allSixHundredFiftyTwoExamplesMatchWithMathOff() {
    #expect(Self.examples.count == 652)
    let failing = Self.examples.filter { render($0, math: false) != $0.html }.map(\.example)
    #expect(failing.isEmpty, "examples that differ: \(failing)")
  }

  @Test func examplesWithoutMathDelimitersMatchWithMathOn() {
    let plain = Self.examples.filter {
      !$0.markdown.contains("$") && !$0.markdown.contains("\\(") && !$0.markdown.contains("\\[")
    }
    #expect(plain.count > 600)
    let failing = plain.filter { render($0, math: true) != $0.html }.map(\.example)
    #expect(failing.isEmpty, "examples that differ: \(failing)")
  }
}

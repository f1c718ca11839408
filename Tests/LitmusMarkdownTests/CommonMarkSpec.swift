import Foundation

/// The examples of the CommonMark spec fixture.
struct CommonMarkSpec {
  /// One example: its number, Markdown and expected HTML (tabs restored from `→`).
  struct Example: Sendable, CustomStringConvertible {
    var number: Int
    var markdown: String
    var html: String
    var description: String { "example \(number)" }
  }

  /// Reads the spec's examples (the `example` fenced blocks, split at the lone `.` line).
  static func examples() throws -> [Example] {
    let url = try require(
      Bundle.module.url(
        forResource: "commonmark-spec-0.30", withExtension: "txt",
        subdirectory: "Fixtures/CommonMark"))
    let text = try String(contentsOf: url, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let fence = String(repeating: "`", count: 32)
    var examples: [Example] = []
    var index = 0
    while index < lines.count {
      guard lines[index].hasPrefix(fence + " example") else {
        index += 1
        continue
      }
      index += 1
      var markdown: [Substring] = []
      while index < lines.count && lines[index] != "." {
        markdown.append(lines[index])
        index += 1
      }
      index += 1
      var html: [Substring] = []
      while index < lines.count && !lines[index].hasPrefix(fence) {
        html.append(lines[index])
        index += 1
      }
      func joined(_ lines: [Substring]) -> String {
        lines.isEmpty
          ? "" : lines.joined(separator: "\n").replacingOccurrences(of: "→", with: "\t") + "\n"
      }
      examples.append(
        Example(number: examples.count + 1, markdown: joined(markdown), html: joined(html)))
    }
    return examples
  }
}

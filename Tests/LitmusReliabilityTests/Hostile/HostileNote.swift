import Foundation
import Testing

/// A note built to hurt: huge, deep, binary or malformed, with the diagnostic Litmus
/// must answer it with. Large fixtures are generated, never committed.
struct HostileNote: Sendable, CustomTestStringConvertible {
  /// A short name, also the file's base name.
  let name: String
  /// The file's bytes.
  let bytes: @Sendable () -> [UInt8]
  /// Text `litmus check` must print: a positioned diagnostic (`note.md:L:C: …`).
  let diagnostic: String
  /// The exit statuses `litmus check` may end with.
  let statuses: Set<Int32>
  /// Another positioned diagnostic `check` may print instead, where the debug binary
  /// works close to the note's 10 s evaluation budget and a loaded machine can tip it
  /// over (CPU time grows when both cores are busy).
  var nearTheBudget: String? = nil

  /// The name, for test output.
  var testDescription: String { name }

  /// A note whose only content is one example block.
  static func example(_ code: String) -> [UInt8] {
    Array("# t\n\n```swift example\n\(code)\n```\n".utf8)
  }

  /// Every fixture the issue lists, and a few more.
  static let all: [HostileNote] = [
    HostileNote(
      name: "nested-brackets",
      bytes: {
        example(
          "let a = " + String(repeating: "[", count: 100_000)
            + String(repeating: "]", count: 100_000))
      },
      diagnostic: "note.md:4:265: error: expression is nested too deeply (the limit is 256 levels)",
      statuses: [1]),
    HostileNote(
      name: "nested-brackets-in-stated-value",
      bytes: { example("1\n// => " + String(repeating: "[", count: 100_000)) },
      diagnostic: "note.md:5:",
      statuses: [1]),
    HostileNote(
      name: "million-element-literal",
      bytes: {
        example(
          "let v: Vector = [" + Array(repeating: "1", count: 1_000_000).joined(separator: ", ")
            + "]\nv.count\n// => 1000000")
      },
      diagnostic: "note.md:4:1: error: example code is too long: 300003",
      statuses: [1]),
    HostileNote(
      name: "twenty-thousand-example-blocks",
      bytes: {
        var text = "# t\n\n"
        for index in 0..<20_000 { text += "```swift example\nlet x\(index) = \(index)\n```\n\n" }
        text += "```swift example\nx19999 + 1\n// => 1\n```\n"
        return Array(text.utf8)
      },
      // The last block's stated value: 2 header lines + 20,000 × 4 lines + 3, column 7.
      diagnostic: "note.md:80005:7: error: stated 1, computed 20000",
      statuses: [1],
      // The debug build takes about 9 s of CPU for the 20,000 blocks (swift-syntax
      // unoptimised is most of it; a release build takes under 1 s), so on a busy
      // machine the budget may end it a few hundred blocks early, at a block.
      nearTheBudget: ":1: error: time budget of 10 s for this note is exhausted"),
    HostileNote(
      name: "one-hot-four-billion",
      bytes: { example("oneHot(1, count: 4_000_000_000)") },
      diagnostic:
        "note.md:4:1: error: too many elements: 4000000000 exceeds the limit of 10000000",
      statuses: [1]),
    HostileNote(
      name: "binary-file",
      bytes: {
        var generator = SplitMix(seed: 9)
        return (0..<1_000_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
      },
      diagnostic: "error: invalid utf-8 at byte",
      statuses: [2]),
    HostileNote(
      name: "invalid-utf8",
      bytes: { Array("# t\n\nhello ".utf8) + [0xFF, 0xFE] + Array(" world\n".utf8) },
      diagnostic: "note.md:3:7: error: invalid utf-8 at byte 11: save the file as utf-8",
      statuses: [2]),
    HostileNote(
      name: "nested-frac",
      bytes: {
        Array(
          ("# t\n\n$$" + String(repeating: "\\frac{", count: 5_000) + "x"
            + String(repeating: "}{y}", count: 5_000) + "$$\n").utf8)
      },
      diagnostic: "note.md:3:",
      statuses: [1]),
    HostileNote(
      name: "nested-lists",
      bytes: {
        var text = "# t\n\n"
        for level in 0..<2_000 { text += String(repeating: " ", count: 2 * level) + "- x\n" }
        return Array(text.utf8)
      },
      // 4,001 levels: below LitmusMarkdown's flattening depth, kept as written.
      diagnostic: "0 passed, 0 failed",
      statuses: [0]),
    HostileNote(
      name: "nested-quotes",
      bytes: { Array(("# t\n\n" + String(repeating: "> ", count: 100_000) + "x\n").utf8) },
      diagnostic: "nesting deeper than 5000 levels is flattened",
      statuses: [0, 1]),
    HostileNote(
      name: "quadratic-parse",
      // SwiftParser's lookahead reads to the end of the text at every `<`: hours of
      // work, given up when the note's 10 s budget is spent (in `build`, the
      // highlighter gives up after its own 2 s and shows the block plain).
      bytes: { example(String(repeating: "a<", count: 4_000) + "x") },
      diagnostic:
        "note.md:4:1: error: time budget of 10 s for this note ran out while parsing this block",
      statuses: [1]),
    HostileNote(
      name: "hundred-thousand-angle-brackets",
      bytes: { example("let a: " + String(repeating: "a<", count: 100_000) + "x") },
      diagnostic: "note.md:4:8201: error: more than 4096 `<` open at once",
      statuses: [1]),
    HostileNote(
      name: "square-brackets-between-skipped-characters",
      bytes: {
        example(
          "let a = " + Array(repeating: "[[[[[[[[", count: 4).joined(separator: "\u{FFFD}")
            + "x")
      },
      diagnostic: "note.md:4:20: error: more than 8 square brackets open at once",
      statuses: [1]),
    HostileNote(
      name: "nested-attribute-generics",
      // 90 bytes on which SwiftParser is exponential: refused before parsing (in
      // `build`, the highlighter gives up after its budget and shows the block plain).
      bytes: { example(String(repeating: "@a<", count: 30) + "x") },
      diagnostic: "note.md:4:25: error: more than 8 `@` in one block",
      statuses: [1]),
    HostileNote(
      name: "ten-megabyte-line",
      // Valid CommonMark, only large: checked, and nothing to say.
      bytes: { Array(("# t\n\n" + String(repeating: "a ", count: 5_000_000) + "\n").utf8) },
      diagnostic: "0 passed, 0 failed",
      statuses: [0]),
    HostileNote(
      name: "ten-megabyte-math-line",
      bytes: { Array(("# t\n\n$" + String(repeating: "x+", count: 5_000_000) + "x$\n").utf8) },
      diagnostic: "formula is too long: 10000001 bytes exceeds the limit of 1048576; split it",
      statuses: [0, 1]),
    HostileNote(
      name: "twenty-megabyte-line",
      // Longer than a note may be (16 MiB): refused after reading one byte past the limit.
      bytes: { Array(("# t\n\n" + String(repeating: "a ", count: 10_000_000) + "\n").utf8) },
      // Line 3 starts at byte 5; 16 MiB = 16,777,216 bytes.
      diagnostic: "note.md:3:16777212: error: the note is longer than the limit of 16777216 bytes",
      statuses: [1]),
    HostileNote(
      name: "ten-megabytes-of-line-breaks",
      // Two cmark nodes per line: refused by the markup count before cmark parses it.
      bytes: { Array(String(repeating: "a\n", count: 5_000_000).utf8) },
      diagnostic: "note.md:500001:2: error: more than 500000 line ends and markup characters",
      statuses: [1]),
    HostileNote(
      name: "ten-megabytes-of-lone-carriage-returns",
      // cmark ends a line at a lone `\r` too: counted like `\n`.
      bytes: { Array(String(repeating: "a\r", count: 5_000_000).utf8) },
      diagnostic: "note.md:500001:2: error: more than 500000 line ends and markup characters",
      statuses: [1]),
    HostileNote(
      name: "two-megabytes-of-emphasis-markers",
      // `_*_*…`: about one cmark node per byte, refused by the markup count.
      bytes: { Array(String(repeating: "_*", count: 1_000_000).utf8) },
      diagnostic: "note.md:1:500001: error: more than 500000 line ends and markup characters",
      statuses: [1]),
    HostileNote(
      name: "four-hundred-thousand-headings",
      // Under the markup count, over the element count (800,000 nodes): refused once cmark
      // has counted them, before any Swift tree is built.
      bytes: { Array(("# t\n\n" + String(repeating: "## h\n", count: 400_000)).utf8) },
      diagnostic: "error: more than 200000 Markdown elements in one note",
      statuses: [1]),
    HostileNote(
      name: "twenty-thousand-inline-values",
      // Under every limit: each span evaluated and judged.
      bytes: {
        Array(("# t\n\n" + String(repeating: "`1 + 1 => 2` ", count: 20_000) + "\n").utf8)
      },
      diagnostic: "20000 passed, 0 failed",
      statuses: [0]),
  ]
}

/// A small deterministic generator (SplitMix64) for reproducible binary fixtures.
struct SplitMix: RandomNumberGenerator {
  private var state: UInt64
  /// Creates a generator from a seed.
  init(seed: UInt64) { state = seed }
  /// The next value.
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

import Testing

@testable import Litmus

@Suite struct FixerTests {
  @Test func fixRewritesOnlyTheFailingNumbers() throws {
    let original = try Fixtures.bytes("check/planted.md")
    let result = Fixer().fix(bytes: original, path: "planted.md")
    try Fixtures.expectGolden(
      UnifiedDiff.make(old: result.original, new: result.fixed, path: "planted.md"),
      "planted.fix.diff")
    #expect(result.fixedCount == 5)
  }

  @Test func fixedNoteKeepsEveryOtherByte() throws {
    let original = try Fixtures.bytes("check/planted.md")
    let fixed = Fixer().fix(bytes: original, path: "planted.md").fixed
    let before = original.split(separator: 10, omittingEmptySubsequences: false)
    let after = fixed.split(separator: 10, omittingEmptySubsequences: false)
    #expect(before.count == after.count)
    let changedLines = zip(before, after).enumerated().filter { $0.element.0 != $0.element.1 }.map {
      $0.offset + 1
    }
    #expect(changedLines == [10, 16, 20, 24, 26])
  }

  @Test func noteWithASwiftSyntaxErrorIsNotRewritten() throws {
    let note = Array(
      "# T\n\n```swift example\n1 + 1\n// => 3\n```\n\n```swift example\nlet b = softmax([1, 2]\n```\n"
        .utf8)
    let result = Fixer().fix(bytes: note, path: "n.md")
    #expect(!result.changed)
    #expect(result.fixedCount == 0)
    #expect(
      result.refusal == "line 9 has a Swift syntax error; correct it, then run `litmus fix` again")
    // The failures are still reported.
    #expect(result.report.diagnostics.filter { $0.severity == .error }.count == 2)
  }

  @Test func syntaxErrorWithNothingToFixIsNoRefusal() throws {
    let note = Array("# T\n\n```swift example\nlet b = softmax([1, 2]\n```\n".utf8)
    let result = Fixer().fix(bytes: note, path: "n.md")
    #expect(!result.changed)
    #expect(result.refusal == nil)
  }

  @Test func noteWithoutSyntaxErrorsHasNoRefusal() throws {
    let result = Fixer().fix(
      bytes: Array("# T\n\n```swift example\n1 + 1\n// => 3\n```\n".utf8), path: "n.md")
    #expect(result.changed)
    #expect(result.refusal == nil)
  }

  @Test func fixTwiceChangesNothingTheSecondTime() throws {
    let once = Fixer().fix(bytes: try Fixtures.bytes("check/planted.md"), path: "p.md").fixed
    let twice = Fixer().fix(bytes: once, path: "p.md")
    #expect(!twice.changed)
  }

  @Test func afterFixOnlyNonValueFailuresRemain() throws {
    let fixed = Fixer().fix(bytes: try Fixtures.bytes("check/planted.md"), path: "p.md").fixed
    let report = NoteChecker().check(bytes: fixed, path: "p.md").report
    // Shape mismatch, warnings, errors and dependencies are for the author.
    #expect(report.failedCount == 9)
    #expect(
      !report.diagnostics.contains {
        $0.message.hasPrefix("stated ") && $0.message.contains("computed")
      })
  }

  @Test func crlfLineEndingsSurviveFix() throws {
    let original = try Fixtures.bytes("check/crlf.md")
    let fixed = Fixer().fix(bytes: original, path: "crlf.md").fixed
    #expect(original.count { $0 == 13 } == fixed.count { $0 == 13 })
    #expect(String(decoding: fixed, as: UTF8.self).contains("// => 3\r\n"))
    #expect(NoteChecker().check(bytes: fixed, path: "crlf.md").report.failedCount == 0)
  }

  @Test(arguments: [
    ("```swift example tolerance=0\n0.1 + 0.2\n// => 0.3\n```\n", "// => 0.30000000000000004"),
    ("```swift example\nexp(-800.0)\n// => 1e-300\n```\n", "// => 0\n"),
    ("```swift example\nexp(709.78)\n// => 1.79e308\n```\n", "// => 1.79e308"),
    ("```swift example\nexp(710.0)\n// => 2e308\n// warning: overflow\n```\n", "// => inf"),
    ("```swift example\nexp(709.78)\n// => 1.6e308\n```\n", "// => 1.8e308"),
    ("```swift example tolerance=1e-9\n1.0 / 3.0\n// => 0.3\n```\n", "// => 0.3333333333333333"),
  ])
  func fixWritesAValueThatPasses(note: String, expected: String) throws {
    let result = Fixer().fix(bytes: Array(note.utf8), path: "x.md")
    let fixed = String(decoding: result.fixed, as: UTF8.self)
    #expect(fixed.contains(expected))
    #expect(NoteChecker().check(bytes: result.fixed, path: "x.md").report.failedCount == 0)
  }

  @Test func noteThatIsNotTextIsNeverRewritten() {
    let original = Array("```swift example\n1 + 1\n// => 3\n```\n".utf8) + [0xFF]
    #expect(!Fixer().fix(bytes: original, path: "f.md").changed)
  }

  @Test func frontMatterErrorLeavesTheFrontMatterAloneAndFixesValues() throws {
    let original = try Fixtures.bytes("check/frontmatter.md")
    let fixer = Fixer()
    let result = fixer.fix(bytes: original, path: "f.md")
    let text = String(decoding: result.fixed, as: UTF8.self)
    let originalText = String(decoding: original, as: UTF8.self)
    #expect(text == originalText.replacing("// => 3", with: "// => 2"))
    #expect(result.fixedCount == 1)
    // The front matter errors are left for the author.
    #expect(
      fixer.remaining(after: result).diagnostics.map(\.line) == [3, 4])
  }

  @Test func editWithUnexpectedBytesIsSkipped() {
    let bytes = Array("value 12 here".utf8)
    let edits = [TextEdit(range: 6..<8, text: "13", expected: "99")]
    #expect(TextEdit.apply(edits, to: bytes) == bytes)
    let good = [TextEdit(range: 6..<8, text: "13", expected: "12")]
    #expect(String(decoding: TextEdit.apply(good, to: bytes), as: UTF8.self) == "value 13 here")
  }

  @Test func scientificNotationKeepsTheAuthorsStyle() {
    let note = "```swift example\n4.56e-05 * 1\n// => 4.5e-5\n```\n"
    let fixed = Fixer().fix(bytes: Array(note.utf8), path: "s.md").fixed
    #expect(String(decoding: fixed, as: UTF8.self).contains("// => 4.6e-5\n"))
  }

  /// Inline spans continued across lines in every kind of container, each stating 0.34 for
  /// a value that is 0.33 at two decimals.
  static let continuedSpans: [String] = [
    "`1.0 / 3.0\n=> 0.34`\n",
    "> The gap `1.0 / 3.0\n> => 0.34` here.\n",
    "> `1.0 / 3.0\n> => 0.34`\n",
    "> `1.0 / 3.0 =>\n> 0.34`\n",
    ">`1.0 / 3.0\n>=> 0.34`\n",
    ">\ta `1.0 / 3.0\n>\t=> 0.34`\n",
    "> > a `1.0 / 3.0\n> > => 0.34`\n",
    "> > a `1.0 / 3.0\n>> => 0.34`\n",
    "> > > a `1.0 /\n> > > 3.0\n> > > => 0.34`\n",
    "- a `1.0 /\n  3.0 => 0.34`\n",
    "1. a `1.0 /\n   3.0 => 0.34`\n",
    "> - item `2.0 /\n>   3.0 => 0.67`\n>   and `1.0 /\n>   3.0 =>\n>   0.34` end\n",
    "- > a `1.0 /\n  > 3.0 => 0.34`\n",
    "> a `1.0 /\n3.0 => 0.34`\n",
    "> > a `1.0 /\n> 3.0 => 0.34`\n",
    "- a\n> b `1.0 /\n  3.0 => 0.34`\n",
    "> `` 1.0 / 3.0\n> => 0.34 ``\n",
    "> `softmax([1.0, 1.0, 1.0])\n> => [0.33, 0.33,\n> 0.34]`\n",
  ]

  @Test(arguments: continuedSpans)
  func fixRewritesExactlyTheStatedNumberOfAContinuedSpan(note: String) throws {
    for text in [note, note.replacing("\n", with: "\r\n")] {
      let result = Fixer().fix(bytes: Array(text.utf8), path: "q.md")
      #expect(String(decoding: result.fixed, as: UTF8.self) == text.replacing("0.34", with: "0.33"))
      #expect(result.fixedCount == 1)
      #expect(result.unlocated.isEmpty)
      #expect(NoteChecker().check(bytes: result.fixed, path: "q.md").report.failedCount == 0)
      #expect(!Fixer().fix(bytes: result.fixed, path: "q.md").changed)
    }
  }

  @Test func checkPlacesTheStatedValueOfAContinuedSpanInAQuote() {
    let note = "> The gap `0.34 - 0.01\n> => 0.34` here.\n"
    let report = NoteChecker().check(bytes: Array(note.utf8), path: "q.md").report
    #expect(report.diagnostics.map { "\($0.line):\($0.column)" } == ["2:6"])
    #expect(report.checks.map { "\($0.line):\($0.column)" } == ["2:6"])
  }

  @Test func numberNotWhereTheCheckPutItIsLeftAloneAndReported() throws {
    let original = Array("> `1.0 / 3.0\n> => 0.34`\n".utf8)
    let checked = NoteChecker().check(bytes: original, path: "q.md")
    #expect(checked.edits.count == 1)
    // The same edits against bytes that no longer hold `0.34` there (as if the range had
    // been mapped wrongly): nothing is written, nothing counted, and it is said where.
    let moved = Array("> `1.0 / 3.0\n>  => 0.34`\n".utf8)
    let result = Fixer.rewrite(moved, with: checked, path: "q.md")
    #expect(result.fixed == moved)
    #expect(result.fixedCount == 0)
    #expect(
      result.unlocated.map(\.headline) == [
        "q.md:2:6: warning: could not locate the stated value `0.34` in the file, so it was "
          + "left alone; change it to `0.33` by hand"
      ])
  }

  @Test func appliedAndSkippedEditsAreTold() {
    let bytes = Array("a 12 b 34".utf8)
    let edits = [
      TextEdit(range: 2..<4, text: "13", expected: "12"),
      TextEdit(range: 2..<4, text: "13", expected: "12"),
      TextEdit(range: 7..<9, text: "35", expected: "99"),
    ]
    let (fixed, applied, skipped) = TextEdit.applying(edits, to: bytes)
    #expect(String(decoding: fixed, as: UTF8.self) == "a 13 b 34")
    #expect(applied.map(\.range) == [2..<4])
    #expect(skipped.map(\.range) == [7..<9])
  }

  @Test func fixKeepsTheNotationOfUnnormalisedNumbers() throws {
    let note = """
      ```swift example
      1.0 / 3.0
      // => 34e-2
      20000.0 / 3.0
      // => 66.6e2
      0.00012345
      // => 0.13e-3
      1.0 / 3.0
      // => 0.0034e2
      1.0 / 3.0
      // => .34
      1.0 / 3.0
      // => +0.34
      softmax([1.0, 1.0, 1.0])
      // => [34e-2, .34, 0.0034E+02]
      ```

      """
    let result = Fixer().fix(bytes: Array(note.utf8), path: "n.md")
    let expected = note.replacing("34e-2\n", with: "33e-2\n").replacing("66.6e2", with: "66.7e2")
      .replacing("0.13e-3", with: "0.12e-3").replacing("0.0034e2", with: "0.0033e2")
      .replacing(".34\n", with: ".33\n").replacing("+0.34", with: "+0.33")
      .replacing("[34e-2, .34, 0.0034E+02]", with: "[33e-2, .33, 0.0033E+02]")
    #expect(String(decoding: result.fixed, as: UTF8.self) == expected)
    #expect(result.fixedCount == 9)
    #expect(
      result.report.diagnostics.first?.message == "stated 34e-2, computed 33e-2 (0.33333333)")
    #expect(NoteChecker().check(bytes: result.fixed, path: "n.md").report.failedCount == 0)
    #expect(!Fixer().fix(bytes: result.fixed, path: "n.md").changed)
  }
}

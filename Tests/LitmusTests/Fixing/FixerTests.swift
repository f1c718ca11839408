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
}

import Foundation
import Testing

@testable import Litmus

@Suite struct UnifiedDiffTests {
  @Test func identicalFilesGiveNoDiff() {
    #expect(UnifiedDiff.make(old: Array("a\n".utf8), new: Array("a\n".utf8), path: "x") == "")
  }

  @Test func oneChangedLineGivesOneHunkWithContext() {
    let old = Array((1...10).map { "line \($0)\n" }.joined().utf8)
    let new = Array((1...10).map { $0 == 5 ? "LINE 5\n" : "line \($0)\n" }.joined().utf8)
    let diff = UnifiedDiff.make(old: old, new: new, path: "x.md")
    #expect(
      diff == """
        --- x.md
        +++ x.md
        @@ -2,7 +2,7 @@
         line 2
         line 3
         line 4
        -line 5
        +LINE 5
         line 6
         line 7
         line 8

        """)
  }

  @Test func lastLineWithoutANewlineIsMarkedAsDiffDoes() {
    let diff = UnifiedDiff.make(
      old: Array("x\n`1 + 1 => 3`".utf8), new: Array("x\n`1 + 1 => 2`".utf8), path: "nonl.md")
    #expect(
      diff == """
        --- nonl.md
        +++ nonl.md
        @@ -1,2 +1,2 @@
         x
        -`1 + 1 => 3`
        \\ No newline at end of file
        +`1 + 1 => 2`
        \\ No newline at end of file

        """)
  }

  @Test func unchangedLastLineWithoutANewlineIsMarkedToo() {
    let old = Array("a 1\nb\nc".utf8)
    let new = Array("a 2\nb\nc".utf8)
    #expect(
      UnifiedDiff.make(old: old, new: new, path: "x")
        == "--- x\n+++ x\n@@ -1,3 +1,3 @@\n-a 1\n+a 2\n b\n c\n\\ No newline at end of file\n")
  }

  @Test func addingOnlyTheLastNewlineIsAChange() {
    #expect(
      UnifiedDiff.make(old: Array("a".utf8), new: Array("a\n".utf8), path: "x")
        == "--- x\n+++ x\n@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+a\n")
  }

  /// `patch` (or `git apply`) applies what `fix --dry-run` prints, with and without a
  /// final newline; where neither tool is installed only the text tests above run.
  @Test(arguments: ["x\n`1 + 1 => 3`", "x\n`1 + 1 => 3`\n", "`1 + 1 => 3`", "a\r\n`1 + 1 => 3`"])
  func diffAppliesWithPatch(original: String) throws {
    let old = Array(original.utf8)
    let new = Array(original.replacing("=> 3", with: "=> 2").utf8)
    let diff = UnifiedDiff.make(old: old, new: new, path: "note.md")
    let tools = [
      ("/usr/bin/patch", ["-p0", "-s", "-i", "fix.diff"]),
      ("/usr/bin/git", ["apply", "fix.diff"]),
    ].filter { FileManager.default.isExecutableFile(atPath: $0.0) }
    for (tool, arguments) in tools {
      let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("litmus-diff-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: directory) }
      try Data(old).write(to: directory.appendingPathComponent("note.md"))
      try Data(diff.utf8).write(to: directory.appendingPathComponent("fix.diff"))
      let process = Process()
      process.executableURL = URL(fileURLWithPath: tool)
      process.arguments = arguments
      process.currentDirectoryURL = directory
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(tool) failed")
      let patched = try Data(contentsOf: directory.appendingPathComponent("note.md"))
      #expect(Array(patched) == new, "\(tool)")
    }
  }
}

import Foundation
import Testing

/// How `check`, `fix` and `build` find their notes: links, repeated spellings, and paths
/// that hold no note.
@Suite struct NoteArgumentsTests {
  private let failing = "`1 + 1 => 3`\n"

  /// A temporary directory with `files` (path → contents) and `links` (path → destination).
  private func tree(files: [String: String], links: [String: String] = [:]) throws -> URL {
    let root = try LitmusBinary.temporaryDirectory()
    for (path, contents) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(contents.utf8).write(to: url)
    }
    for (path, destination) in links {
      try FileManager.default.createSymbolicLink(
        atPath: root.appendingPathComponent(path).path, withDestinationPath: destination)
    }
    return root
  }

  @Test func aLinkedDefaultNotesDirectoryIsChecked() throws {
    let root = try tree(
      files: ["real/r.md": failing, "proj/readme.txt": ""], links: ["proj/Notes": "../real"])
    defer { try? FileManager.default.removeItem(at: root) }
    let project = root.appendingPathComponent("proj")
    let run = try LitmusBinary.run(["check"], directory: project)
    #expect(run.status == 1)
    #expect(run.output.contains("Notes/r.md:1:11: error: stated 3, computed 2"))
    #expect(run.output.hasSuffix("0 passed, 1 failed\n"))
  }

  @Test func fixWritesThroughALinkAndCountsTheNoteOnce() throws {
    let root = try tree(files: ["d/real/r.md": failing], links: ["d/link.md": "real/r.md"])
    defer { try? FileManager.default.removeItem(at: root) }
    let directory = root.appendingPathComponent("d")
    let run = try LitmusBinary.run(["fix", directory.path])
    #expect(run.status == 0)
    #expect(run.error.contains("fixed 1 stated value; after fixing: 1 passed, 0 failed"))
    let link = directory.appendingPathComponent("link.md").path
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/r.md")
    #expect(
      try String(contentsOf: directory.appendingPathComponent("real/r.md"), encoding: .utf8)
        == "`1 + 1 => 2`\n")
  }

  @Test func aNoteGivenTwiceIsCheckedAndBuiltOnce() throws {
    let root = try tree(files: ["d/a.md": "`1 + 1 => 2`\n", "d/b.md": "`2 + 2 => 4`\n"])
    defer { try? FileManager.default.removeItem(at: root) }
    let check = try LitmusBinary.run(["check", "d", "./d/a.md", "d//b.md"], directory: root)
    #expect(check.output == "2 passed, 0 failed\n")
    let build = try LitmusBinary.run(["build", "d", "./d/a.md", "-o", "site"], directory: root)
    #expect(build.status == 0)
    let pages = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("site").path
    ).sorted()
    #expect(pages == [".litmus-manifest", "a.html", "b.html", "index.html", "style.css"])
  }

  @Test func pathsWithNoNotesAreAUsageError() throws {
    let root = try tree(files: ["empty/readme.txt": ""])
    defer { try? FileManager.default.removeItem(at: root) }
    for command in [["check"], ["fix"], ["build", "-o", "site"]] {
      let run = try LitmusBinary.run(command + ["empty/"], directory: root)
      #expect(run.status == 2, "\(command)")
      #expect(run.error == "litmus: no notes (*.md) found in empty/\n", "\(command)")
    }
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("site").path))
    let none = try LitmusBinary.run(["check"], directory: root)
    #expect(none.status == 2)
    #expect(none.error == "litmus: no such file or directory: Notes\n")
  }

  @Test func aBrokenNoteLinkIsReportedAndTheOtherNotesStillChecked() throws {
    let root = try tree(files: ["d/a.md": "`1 + 1 => 2`\n"], links: ["d/gone.md": "nowhere.md"])
    defer { try? FileManager.default.removeItem(at: root) }
    let run = try LitmusBinary.run(["check", "d"], directory: root)
    #expect(run.status == 2)
    #expect(
      run.output.contains(
        "d/gone.md:1:1: error: cannot read this file: it is a broken symbolic link"))
    #expect(run.output.hasSuffix("1 passed, 1 failed\n"))
  }
}

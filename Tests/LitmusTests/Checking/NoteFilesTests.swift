import Foundation
import Testing

@testable import Litmus

@Suite struct NoteFilesTests {
  @Test func aLinkedDirectoryNamedOnTheCommandLineIsSearched() throws {
    let root = try FileTree.make(
      files: ["real/a.md": "", "real/b.md": ""], links: ["Notes": "real"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let (files, missing) = NoteFiles.collect([root + "/Notes"])
    #expect(files == [root + "/Notes/a.md", root + "/Notes/b.md"])
    #expect(missing.isEmpty)
  }

  @Test func linksInsideADirectoryAreFollowedWithoutLooping() throws {
    let root = try FileTree.make(
      files: ["notes/a.md": "", "shared/s.md": ""],
      links: [
        "notes/up": "..", "notes/self": ".", "notes/shared": "../shared",
        "notes/linked.md": "../shared/s.md",
      ])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let (files, _) = NoteFiles.collect([root + "/notes"])
    // `up` and `self` lead back above the directory: not followed. `linked.md` and
    // `shared/s.md` are one file: listed once, under the first spelling.
    #expect(files == [root + "/notes/a.md", root + "/notes/linked.md"])
  }

  @Test func oneNoteReachedByTwoSpellingsIsListedOnceUnderTheFirst() throws {
    let root = try FileTree.make(files: ["d/a.md": "", "d/b.md": ""])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let (files, _) = NoteFiles.collect([root + "/d", root + "/./d/a.md", root + "/d//b.md"])
    #expect(files == [root + "/d/a.md", root + "/d/b.md"])
  }

  @Test func realPathResolvesLinksAndNeverCutsAPathShortAtANul() throws {
    let root = try FileTree.make(files: ["d/a.md": ""], links: ["e": "d", "d/alias.md": "a.md"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let real = NoteFiles.realPath(root + "/d/a.md")
    #expect(NoteFiles.realPath(root + "/e/../d/alias.md") == real)
    // A path that does not exist is resolved by name only.
    #expect(NoteFiles.realPath(root + "/e/./none/../gone.md") == root + "/e/gone.md")
    #expect(NoteFiles.realPath(root + "/d/a.md\u{0}.md") != real)
  }

  @Test func aBrokenNoteLinkIsListedSoThatItIsReported() throws {
    let root = try FileTree.make(
      files: ["d/a.md": ""], links: ["d/gone.md": "nowhere.md", "d/x": "none"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let (files, _) = NoteFiles.collect([root + "/d"])
    #expect(files == [root + "/d/a.md", root + "/d/gone.md"])
    #expect(
      FileBytes.unreadableMessage(root + "/d/gone.md")
        == "cannot read this file: it is a broken symbolic link")
  }

  @Test func anEmptyDirectoryGivesNoFilesAndIsNotMissing() throws {
    let root = try FileTree.make(files: ["d/.hidden.md": "", "d/text.txt": ""])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let (files, missing) = NoteFiles.collect([root + "/d"])
    #expect(files.isEmpty && missing.isEmpty)
  }
}

import Foundation
import Testing

@testable import Litmus

@Suite struct SiteBuilderTests {
  private func checked(_ fixture: String) throws -> CheckedNote {
    NoteChecker().check(bytes: try Fixtures.bytes("check/\(fixture)"), path: "Notes/\(fixture)")
  }

  private func page(_ files: [(name: String, contents: String)], _ name: String) -> String {
    files.first { $0.name == name }?.contents ?? ""
  }

  @Test func cleanPageMatchesTheGoldenFile() throws {
    let files = try SiteBuilder(options: SiteOptions()).render([try checked("clean.md")])
    try Fixtures.expectGolden(page(files, "clean.html"), "clean.html")
    try Fixtures.expectGolden(page(files, "index.html"), "index.html")
  }

  @Test func twoRendersAreByteIdentical() throws {
    let notes = [try checked("clean.md"), try checked("planted.md")]
    let first = try SiteBuilder(options: SiteOptions()).render(notes)
    let second = try SiteBuilder(options: SiteOptions()).render(notes.reversed())
    #expect(first.map(\.name) == second.map(\.name))
    #expect(first.map(\.contents) == second.map(\.contents))
  }

  @Test func hiddenBlocksAreNotShown() throws {
    let html = page(
      try SiteBuilder(options: SiteOptions()).render([try checked("clean.md")]), "clean.html")
    #expect(!html.contains("let z"))
    #expect(html.contains("0.665241"))
  }

  @Test func failuresAreVisibleOnThePage() throws {
    let html = page(
      try SiteBuilder(options: SiteOptions()).render([try checked("planted.md")]), "planted.html")
    #expect(html.contains("<del>[0.2119, 0.2120, 0.5761]</del>"))
    #expect(html.contains("14 failed"))
    #expect(html.contains("label 7 is out of range for 3 classes"))
  }

  @Test func everythingFromTheNoteIsEscaped() throws {
    let note = "# T <b>\n\n```swift example\n\"<script>\"\n// => \"<script>\"\n```\n\n<i>raw</i>\n"
    let checked = NoteChecker().check(bytes: Array(note.utf8), path: "x.md")
    let html = page(try SiteBuilder(options: SiteOptions()).render([checked]), "x.html")
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;"))
    #expect(!html.contains("<i>raw</i>"))
  }

  @Test func indexListsNotesByOrderThenPath() throws {
    let late = NoteChecker().check(bytes: Array("---\norder: 2\n---\n# B\n".utf8), path: "a.md")
    let early = NoteChecker().check(bytes: Array("---\norder: 1\n---\n# A\n".utf8), path: "z.md")
    let unordered = NoteChecker().check(bytes: Array("# C\n".utf8), path: "b.md")
    let index = page(
      try SiteBuilder(options: SiteOptions()).render([late, unordered, early]), "index.html")
    let positions = ["z.html", "a.html", "b.html"].compactMap { index.range(of: $0)?.lowerBound }
    #expect(positions.count == 3 && positions == positions.sorted())
  }

  @Test func aNoteWithoutATitleIsTitledByItsFileName() throws {
    let empty = NoteChecker().check(bytes: Array("# \n\nText\n".utf8), path: "n/empty-heading.md")
    let blank = NoteChecker().check(
      bytes: Array("---\ntitle: \"   \"\n---\nText\n".utf8), path: "n/blank.md")
    let files = try SiteBuilder(options: SiteOptions()).render([empty, blank])
    #expect(page(files, "empty-heading.html").contains("<title>empty-heading</title>"))
    #expect(page(files, "blank.html").contains("<title>blank</title>"))
    let index = page(files, "index.html")
    #expect(index.contains("<a href=\"empty-heading.html\">empty-heading</a>"))
    #expect(index.contains("<a href=\"blank.html\">blank</a>"))
  }

  @Test func notesWithTheSameFileNameGetNumberedPages() throws {
    // Sorted by path: a/intro, b/intro-2, c/intro, d/intro, e/index, f/intro.
    let paths = [
      "c/intro.md", "a/intro.md", "b/intro-2.md", "d/intro.md", "e/index.md", "f/intro.md",
    ]
    let notes = paths.map { NoteChecker().check(bytes: Array("# T\n".utf8), path: $0) }
    let names = try SiteBuilder(options: SiteOptions()).render(notes).map(\.name)
    #expect(
      names == [
        "intro.html", "intro-2.html", "intro-3.html", "intro-4.html", "index-2.html",
        "intro-5.html", "index.html", "style.css",
      ])
  }

  @Test func theTitleShowsTheComputedValueTheBodyShows() throws {
    let note = NoteChecker().check(
      bytes: Array("# Inline `= 1 + 1` heading\n".utf8), path: "n/inline.md")
    let files = try SiteBuilder(options: SiteOptions()).render([note])
    #expect(page(files, "inline.html").contains("<title>Inline 2 heading</title>"))
    #expect(page(files, "index.html").contains(">Inline 2 heading</a>"))
  }

  @Test func pagesOfDeletedNotesAreRemovedButOtherFilesStay() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("litmus-site-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let builder = SiteBuilder(options: SiteOptions(outputDirectory: directory))
    try builder.build([try checked("clean.md"), try checked("crlf.md")])
    try Data("mine".utf8).write(to: URL(fileURLWithPath: directory + "/notes.txt"))
    try builder.build([try checked("clean.md")])
    let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    #expect(files == [".litmus-manifest", "clean.html", "index.html", "notes.txt", "style.css"])
  }

  @Test func templateDirectoryOverridesThePage() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("litmus-template-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Data("<h1>{{title}}</h1>{{{body}}}".utf8).write(
      to: URL(fileURLWithPath: directory + "/page.mustache"))
    let files = try SiteBuilder(options: SiteOptions(templateDirectory: directory)).render([
      try checked("clean.md")
    ])
    #expect(page(files, "clean.html").hasPrefix("<h1>A clean note</h1>"))
    #expect(page(files, "style.css") == DefaultStylesheet.css)
  }

  /// A fresh, empty temporary directory.
  private func temporaryDirectory(_ name: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("litmus-\(name)-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return directory
  }

  /// The description of the `BuildError` that `body` throws, or nil.
  private func buildError(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch {
      return (error as? SiteBuilder.BuildError)?.description
    }
  }

  @Test func aMissingTemplateDirectoryIsAnError() throws {
    let directory = try temporaryDirectory("template-file")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/afile"))
    let missing = buildError {
      _ = try SiteBuilder(options: SiteOptions(templateDirectory: directory + "/none")).render([])
    }
    #expect(missing == "template directory \(directory)/none: no such directory")
    let file = buildError {
      _ = try SiteBuilder(options: SiteOptions(templateDirectory: directory + "/afile")).render([])
    }
    #expect(file == "template directory \(directory)/afile: is not a directory")
  }

  @Test func aTemplateSyntaxErrorNamesTheFileThePositionAndTheOpenSection() throws {
    let directory = try temporaryDirectory("template-syntax")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Data("{{#contents}}\n{{title}}\n".utf8).write(
      to: URL(fileURLWithPath: directory + "/page.mustache"))
    let message = buildError {
      _ = try SiteBuilder(options: SiteOptions(templateDirectory: directory)).render([])
    }
    #expect(
      message
        == "\(directory)/page.mustache:3:1: expected {{/contents}} to close the section {{#contents}}"
    )
  }

  @Test func anOutputPathThroughAFileIsAPlainError() throws {
    let directory = try temporaryDirectory("output-file")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try Data("x".utf8).write(to: URL(fileURLWithPath: directory + "/afile"))
    let message = buildError {
      try SiteBuilder(options: SiteOptions(outputDirectory: directory + "/afile/sub")).build([])
    }
    #expect(
      message == "cannot create \(directory)/afile/sub: \(directory)/afile is not a directory")
  }

  @Test func aLinkInTheOutputDirectoryIsNeitherWrittenThroughNorReplaced() throws {
    let directory = try temporaryDirectory("output-link")
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.createDirectory(
      atPath: directory + "/site", withIntermediateDirectories: true)
    try Data("shared".utf8).write(to: URL(fileURLWithPath: directory + "/shared.css"))
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/site/style.css", withDestinationPath: "../shared.css")
    let message = buildError {
      try SiteBuilder(options: SiteOptions(outputDirectory: directory + "/site")).build([
        try checked("clean.md")
      ])
    }
    #expect(message?.hasPrefix("\(directory)/site/style.css is a symbolic link") == true)
    #expect(FileManager.default.contents(atPath: directory + "/shared.css") == Data("shared".utf8))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: directory + "/site") == ["style.css"])
  }

  @Test func highlighterClassifiesTokensPerLine() {
    let lines = SwiftHighlighter.highlightedLines("let v: Vector = [1, 2]\n// note")
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("<span class=\"tok-keyword\">let</span>"))
    #expect(lines[0].contains("<span class=\"tok-type\">Vector</span>"))
    #expect(lines[1] == "<span class=\"tok-comment\">// note</span>")
  }
}

@Suite struct NoteLinkTests {
  /// The site `build` renders for the notes found under `directory`, as `build` finds them.
  private func site(_ directory: String) throws -> [String: String] {
    let notes = try NoteFiles.collect([directory]).files.map {
      NoteChecker().check(bytes: try #require(FileBytes.read($0)), path: $0)
    }
    let files = try SiteBuilder(options: SiteOptions()).render(notes)
    return Dictionary(files.map { ($0.name, $0.contents) }) { first, _ in first }
  }

  @Test func aLinkToANoteBuiltUnderAnotherSpellingPointsAtItsPage() throws {
    let root = try FileTree.make(
      files: ["Notes/intro.md": "# Intro\n", "Notes/next.md": "# Next\n\n[intro](intro.md#top)\n"],
      links: ["Notes/alias.md": "intro.md"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let pages = try site(root + "/Notes")
    // `alias.md` sorts first, so the one note is built as `alias.html`.
    #expect(pages["intro.html"] == nil)
    #expect(pages["next.html"]?.contains("href=\"alias.html#top\"") == true)
  }

  @Test func linksResolveFromTheRealFolderOfANoteReachedThroughALinkedFolder() throws {
    let root = try FileTree.make(
      files: [
        "Notes/top.md": "# Top\n", "Notes/b/x.md": "# X\n\n[top](../top.md), [y](y.md)\n",
        "Notes/b/y.md": "# Y\n",
      ],
      links: ["Notes/a/link": "../b"])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let pages = try site(root + "/Notes")
    // The search lists `x.md` as `Notes/a/link/x.md`; its links are still resolved
    // from `Notes/b`, where the file is, as a Markdown viewer on it resolves them.
    #expect(pages["x.html"]?.contains("href=\"top.html\"") == true)
    #expect(pages["x.html"]?.contains("href=\"y.html\"") == true)
  }

  @Test func aTargetWithANulByteIsNotCutShortToAnotherNote() throws {
    let root = try FileTree.make(
      files: ["Notes/a.md": "# A\n", "Notes/b.md": "# B\n\n[a](a.md%00.md)\n"], links: [:])
    defer { try? FileManager.default.removeItem(atPath: root) }
    let pages = try site(root + "/Notes")
    // Cut short at the NUL it would be `a.md`; it names no note, so it is left as written.
    #expect(pages["b.html"]?.contains("href=\"a.md%00.md\"") == true)
  }

  @Test func linksToOtherNotesPointAtTheirPages() throws {
    let first = NoteChecker().check(
      bytes: Array(
        "# One\n\nNext: [two](02-two.md#start), [web](https://x.org/a.md), [gone](03.md).\n".utf8),
      path: "Notes/01-one.md")
    let second = NoteChecker().check(bytes: Array("# Two\n".utf8), path: "Notes/02-two.md")
    let files = try SiteBuilder(options: SiteOptions()).render([first, second])
    let html = files.first { $0.name == "01-one.html" }?.contents ?? ""
    #expect(html.contains("href=\"02-two.html#start\""))
    #expect(html.contains("href=\"https://x.org/a.md\""))
    #expect(html.contains("href=\"03.md\""))
  }

  @Test func linksBetweenNotesInSubfoldersResolveFromTheLinkingNote() throws {
    let top = NoteChecker().check(
      bytes: Array("# A\n\n[B](sub/b.md#part), [C](./sub/../sub/c.md), [gone](sub/x.md)\n".utf8),
      path: "site/a.md")
    let nested = NoteChecker().check(
      bytes: Array("# B\n\n[A](../a.md), [C](c.md), [A abs](/a.md), [up](../../a.md)\n".utf8),
      path: "site/sub/b.md")
    let sibling = NoteChecker().check(bytes: Array("# C\n".utf8), path: "./site/sub/c.md")
    let files = try SiteBuilder(options: SiteOptions()).render([top, nested, sibling])
    let a = files.first { $0.name == "a.html" }?.contents ?? ""
    #expect(a.contains("href=\"b.html#part\""))
    #expect(a.contains("href=\"c.html\""))
    #expect(a.contains("href=\"sub/x.md\""))
    let b = files.first { $0.name == "b.html" }?.contents ?? ""
    #expect(b.contains("href=\"a.html\""))
    #expect(b.contains("href=\"c.html\""))
    // An absolute path and a target that is not a note built are left as written.
    #expect(b.contains("href=\"/a.md\""))
    #expect(b.contains("href=\"../../a.md\""))
  }

  @Test func escapedLinkTargetsAreMatched() throws {
    let first = NoteChecker().check(
      bytes: Array("# One\n\n[two](<my note.md>), [amp](a&b.md)\n".utf8), path: "n/one.md")
    let second = NoteChecker().check(bytes: Array("# Two\n".utf8), path: "n/my note.md")
    let third = NoteChecker().check(bytes: Array("# Three\n".utf8), path: "n/a&b.md")
    let files = try SiteBuilder(options: SiteOptions()).render([first, second, third])
    let html = files.first { $0.name == "one.html" }?.contents ?? ""
    #expect(html.contains("href=\"my-note.html\""))
    #expect(html.contains("href=\"a-b.html\""))
  }
}

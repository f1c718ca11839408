import Foundation
import Testing

@testable import Litmus

@Suite struct AtomicFileTests {
  @Test func replacesContentsAndLeavesNoTemporaryFile() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("litmus-atomic-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = directory + "/a.md"
    try AtomicFile.write(Data("old".utf8), to: path)
    try AtomicFile.write(Data("new".utf8), to: path)
    #expect(FileManager.default.contents(atPath: path) == Data("new".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["a.md"])
  }

  @Test func unwritableDirectoryIsAClearError() {
    #expect(throws: AtomicFile.WriteError.self) {
      try AtomicFile.write(Data("x".utf8), to: "/nonexistent-litmus-dir/a.html")
    }
  }

  /// The id of a process that has already ended.
  private func endedProcessID() throws -> pid_t {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/true")
    try process.run()
    process.waitUntilExit()
    return process.processIdentifier
  }

  @Test func sweepRemovesOnlyTemporariesOfEndedProcesses() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("litmus-sweep-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let ended = try endedProcessID()
    let abandoned = ".page.html.litmus-\(ended)-12345.tmp"
    let mine = ".page.html.litmus-\(getpid())-7.tmp"
    let kept = [
      mine, ".keep", "page.html", ".page.html.litmus-\(ended)-x.tmp",
      ".page.html.litmus-\(ended)-1-2.tmp", "page.html.litmus-\(ended)-1.tmp",
      ".page.html.litmus-0-1.tmp",
    ]
    for name in kept + [abandoned] {
      #expect(FileManager.default.createFile(atPath: directory + "/" + name, contents: Data()))
    }
    #expect(AtomicFile.removeAbandonedTemporaries(in: directory) == [abandoned])
    #expect(
      try Set(FileManager.default.contentsOfDirectory(atPath: directory)) == Set(kept))
  }

  @Test func firstWriteIntoADirectorySweepsIt() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("litmus-sweep-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let abandoned = ".a.md.litmus-\(try endedProcessID())-99.tmp"
    #expect(FileManager.default.createFile(atPath: directory + "/" + abandoned, contents: Data()))
    try AtomicFile.write(Data("new".utf8), to: directory + "/a.md")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["a.md"])
  }

  @Test func temporaryNamesParse() {
    #expect(AtomicFile.temporaryOwner(".a.md.litmus-42-7.tmp") == 42)
    #expect(AtomicFile.temporaryOwner(".x.litmus-y.litmus-42-7.tmp") == 42)
    #expect(AtomicFile.temporaryOwner("a.md.litmus-42-7.tmp") == nil)
    #expect(AtomicFile.temporaryOwner(".a.md.litmus-42-7.txt") == nil)
    #expect(AtomicFile.temporaryOwner(".a.md.litmus--7.tmp") == nil)
    #expect(AtomicFile.temporaryOwner(".a.md.litmus-42-99999999999.tmp") == nil)
  }

  @Test func aLinkIsWrittenThroughAndStaysALink() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("litmus-atomic-link-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(
      atPath: directory + "/real", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try AtomicFile.write(Data("old".utf8), to: directory + "/real/r.md")
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/link.md", withDestinationPath: "real/r.md")
    try AtomicFile.write(Data("new".utf8), to: directory + "/link.md")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/link.md")
        == "real/r.md")
    #expect(FileManager.default.contents(atPath: directory + "/real/r.md") == Data("new".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/real") == ["r.md"])
  }

  @Test func aLoopOfLinksIsAClearError() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("litmus-atomic-loop-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/a.md", withDestinationPath: "b.md")
    try FileManager.default.createSymbolicLink(
      atPath: directory + "/b.md", withDestinationPath: "a.md")
    #expect(throws: AtomicFile.WriteError.self) {
      try AtomicFile.write(Data("x".utf8), to: directory + "/a.md")
    }
  }
}

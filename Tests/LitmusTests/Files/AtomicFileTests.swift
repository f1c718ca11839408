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
}

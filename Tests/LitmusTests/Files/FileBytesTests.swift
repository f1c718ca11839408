import Foundation
import Testing

@testable import Litmus

@Suite struct FileBytesTests {
  private func temporaryFile(_ bytes: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("litmus-bytes-\(UUID().uuidString)").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    return path
  }

  @Test func readsWholeFilesOfEverySize() throws {
    for size in [0, 1, 4_095, 4_096, 65_537, 300_000] {
      let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
      let path = try temporaryFile(bytes)
      defer { try? FileManager.default.removeItem(atPath: path) }
      #expect(FileBytes.read(path) == bytes, "size \(size)")
    }
  }

  @Test func aLimitStopsTheReadThere() throws {
    let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    let path = try temporaryFile(bytes)
    defer { try? FileManager.default.removeItem(atPath: path) }
    for limit in [0, 1, 65_536, 299_999, 300_000, 300_001] {
      #expect(FileBytes.read(path, limit: limit) == Array(bytes.prefix(limit)), "limit \(limit)")
    }
    #expect(FileBytes.readNote(path) == bytes)
    // /proc files report size 0: the limit still holds.
    #expect(FileBytes.read("/proc/self/status", limit: 5)?.count == 5)
  }

  @Test func readsFilesThatReportSizeZero() throws {
    let status = try #require(FileBytes.readText("/proc/self/status"))
    #expect(status.contains("Name:"))
  }

  @Test func unreadableThingsAreNil() throws {
    #expect(FileBytes.read("/nonexistent-litmus/a.md") == nil)
    #expect(FileBytes.read(FileManager.default.temporaryDirectory.path) == nil)
    // Reading /proc/self/mem from offset 0 fails with EIO, even for root.
    #expect(FileBytes.read("/proc/self/mem") == nil)
  }

  @Test func invalidUTF8IsReplacedInText() throws {
    let path = try temporaryFile([0x61, 0xFF, 0x62])
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(FileBytes.readText(path) == "a\u{FFFD}b")
  }
}

import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Errors from the file system are clear messages with exit status 2: an unreadable note,
/// a read-only output directory, a full disk.
@Suite(.serialized)
struct FileSystemErrorTests {
  static let note = "# t\n\n```swift example\nlet v: Vector = [1, 2]\nv.sum()\n// => 3\n```\n"

  /// Whether this process may mount a tmpfs (root in a container or on CI).
  static var canMount: Bool {
    getuid() == 0 && FileManager.default.fileExists(atPath: "/bin/mount")
  }

  private func litmus(_ arguments: [String], in directory: URL) throws -> MeasuredProcess.Run {
    try MeasuredProcess.run(arguments, in: directory, wallLimit: 120)
  }

  @Test("an unreadable note is a positioned error, exit 2, and the others are still checked")
  func unreadableNote() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.note.write(
      to: directory.appendingPathComponent("good.md"), atomically: true, encoding: .utf8)
    // Reading /proc/self/mem from offset 0 fails with EIO, even for root.
    try FileManager.default.createSymbolicLink(
      atPath: directory.appendingPathComponent("bad.md").path, withDestinationPath: "/proc/self/mem"
    )
    for command in [["check"], ["build", "--output", "site"], ["fix"]] {
      let run = try litmus(command + ["bad.md", "good.md"], in: directory)
      #expect(run.status == 2, "\(command[0]): \(run.summary)")
      #expect(
        (run.output + run.error).contains("bad.md:1:1: error: cannot read this file"),
        "\(command[0]): \(run.output)\(run.error)")
    }
  }

  @Test("a read-only output directory is a clear error, exit 2", .enabled(if: canMount))
  func readOnlyOutputDirectory() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.note.write(
      to: directory.appendingPathComponent("good.md"), atomically: true, encoding: .utf8)
    let site = directory.appendingPathComponent("site")
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    guard shell("mount -t tmpfs -o size=1m,ro tmpfs '\(site.path)'") == 0 else { return }
    defer { _ = shell("umount '\(site.path)'") }
    let run = try litmus(["build", "good.md", "--output", "site"], in: directory)
    #expect(run.status == 2, "\(run.summary)")
    #expect(run.error.contains("litmus: cannot write site/"), "\(run.error)")
    #expect(run.error.contains("Read-only file system"), "\(run.error)")
  }

  @Test("a full disk is a clear error, exit 2, and leaves no partial page", .enabled(if: canMount))
  func fullDisk() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var big = "# t\n\n"
    for line in 0..<4_000 { big += "Line \(line) of a note that is too large for a tiny disk.\n\n" }
    try big.write(to: directory.appendingPathComponent("big.md"), atomically: true, encoding: .utf8)
    let site = directory.appendingPathComponent("site")
    try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
    guard shell("mount -t tmpfs -o size=64k tmpfs '\(site.path)'") == 0 else { return }
    defer { _ = shell("umount '\(site.path)'") }
    let run = try litmus(["build", "big.md", "--output", "site"], in: directory)
    #expect(run.status == 2, "\(run.summary)")
    #expect(run.error.contains("No space left on device"), "\(run.error)")
    let left = try FileManager.default.contentsOfDirectory(atPath: site.path)
    #expect(!left.contains { $0.hasSuffix(".tmp") }, "temporary files left: \(left)")
    #expect(!left.contains("big.html"), "a partial page was left: \(left)")

    // fix on a full disk keeps the note intact.
    let notes = directory.appendingPathComponent("notes")
    try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
    guard shell("mount -t tmpfs -o size=16k tmpfs '\(notes.path)'") == 0 else { return }
    defer { _ = shell("umount '\(notes.path)'") }
    var wrong = "# t\n\n"
    for line in 0..<100 { wrong += "Filler line \(line) for a note that fills the disk.\n\n" }
    wrong += "```swift example\nlet v: Vector = [1, 2]\nv.sum()\n// => 4\n```\n"
    let notePath = notes.appendingPathComponent("wrong.md")
    try wrong.write(to: notePath, atomically: false, encoding: .utf8)
    _ = shell("head -c 20000 /dev/zero > '\(notes.path)/filler' 2>/dev/null")
    let fix = try litmus(["fix", "notes/wrong.md"], in: directory)
    #expect(fix.status == 2, "\(fix.summary) \(fix.error)")
    #expect(fix.error.contains("No space left on device"), "\(fix.error)")
    #expect(try String(contentsOf: notePath, encoding: .utf8) == wrong)
  }

  private func shell(_ command: String) -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return -1 }
    process.waitUntilExit()
    return process.terminationStatus
  }
}

import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Killing Litmus with SIGKILL in the middle of a large `build` or `fix` leaves every file
/// either old or new, never partial. Runs are killed at delays spread over a full run.
///
/// Opt-in (`LITMUS_KILL_TESTS=1`): each test runs about twenty full builds or fixes of 120
/// notes, several minutes on a loaded 2-core machine.
@Suite(
  .serialized,
  .enabled(
    if: ProcessInfo.processInfo.environment["LITMUS_KILL_TESTS"] == "1", "set LITMUS_KILL_TESTS=1"))
struct KillSafetyTests {
  /// How many notes the large run works on.
  static let noteCount = 120
  /// How many killed runs each test makes.
  static let kills = 8

  /// A note whose every stated value is wrong in `version` 0 and right in version 1, with
  /// enough prose that its page is large.
  static func note(_ index: Int, version: Int) -> String {
    var text = "# Note \(index)\n\n"
    for paragraph in 0..<40 {
      text += "Paragraph \(paragraph) of note \(index), version \(version): softmax $s_i$. \n\n"
    }
    text += "```swift example\nlet v: Vector = [1, 2, \(index)]\nv.sum()\n"
    text += "// => \(version == 0 ? 0 : 3 + index)\n```\n"
    return text
  }

  /// Writes the notes into `directory/Notes`.
  static func writeNotes(in directory: URL, version: Int) throws {
    let notes = directory.appendingPathComponent("Notes")
    try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
    for index in 0..<noteCount {
      try note(index, version: version).write(
        to: notes.appendingPathComponent("note\(index).md"), atomically: true, encoding: .utf8)
    }
  }

  /// The regular files under `directory` (relative path → bytes), skipping hidden ones.
  static func contents(of directory: URL) throws -> [String: Data] {
    var result: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else {
      return result
    }
    while let relative = enumerator.nextObject() as? String {
      let path = directory.appendingPathComponent(relative).path
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      if (relative as NSString).lastPathComponent.hasPrefix(".") { continue }
      result[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
    }
    return result
  }

  /// Runs `litmus` and kills it after `delay` seconds (if it is still running).
  static func runAndKill(_ arguments: [String], in directory: URL, after delay: Double) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: LitmusBinary.path)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    Thread.sleep(forTimeInterval: delay)
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
  }

  /// Seconds a full run takes.
  static func timedRun(_ arguments: [String], in directory: URL) throws -> Double {
    let started = Date()
    try runAndKill(arguments, in: directory, after: 1_000)
    return Date().timeIntervalSince(started)
  }

  @Test("a killed build leaves every page old or new")
  func killedBuildLeavesOldOrNewFiles() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.writeNotes(in: directory, version: 0)
    _ = try Self.timedRun(["build", "Notes", "--output", "old"], in: directory)
    try Self.writeNotes(in: directory, version: 1)
    let duration = try Self.timedRun(["build", "Notes", "--output", "new"], in: directory)
    let old = try Self.contents(of: directory.appendingPathComponent("old"))
    let new = try Self.contents(of: directory.appendingPathComponent("new"))
    #expect(old.count == Self.noteCount + 2 || old.count > Self.noteCount)
    #expect(old != new)
    var partial: [String] = []
    for kill in 0..<Self.kills {
      let output = directory.appendingPathComponent("site")
      try? FileManager.default.removeItem(at: output)
      try FileManager.default.copyItem(at: directory.appendingPathComponent("old"), to: output)
      let delay = duration * Double(kill + 1) / Double(Self.kills + 1)
      try Self.runAndKill(["build", "Notes", "--output", "site"], in: directory, after: delay)
      for (name, data) in try Self.contents(of: output) where data != old[name] && data != new[name]
      {
        partial.append("kill \(kill) after \(delay) s: \(name) (\(data.count) bytes)")
      }
    }
    #expect(partial.isEmpty, "partial files:\n\(partial.joined(separator: "\n"))")
  }

  @Test("a killed fix leaves every note old or new")
  func killedFixLeavesOldOrNewNotes() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.writeNotes(in: directory, version: 0)
    let old = try Self.contents(of: directory.appendingPathComponent("Notes"))
    let duration = try Self.timedRun(["fix", "Notes"], in: directory)
    let fixed = try Self.contents(of: directory.appendingPathComponent("Notes"))
    #expect(fixed.count == Self.noteCount)
    #expect(fixed != old, "fix changed nothing")
    var partial: [String] = []
    for kill in 0..<Self.kills {
      try Self.writeNotes(in: directory, version: 0)
      let delay = duration * Double(kill + 1) / Double(Self.kills + 1)
      try Self.runAndKill(["fix", "Notes"], in: directory, after: delay)
      for (name, data) in try Self.contents(of: directory.appendingPathComponent("Notes"))
      where data != old[name] && data != fixed[name] {
        partial.append("kill \(kill) after \(delay) s: \(name) (\(data.count) bytes)")
      }
    }
    #expect(partial.isEmpty, "partial notes:\n\(partial.joined(separator: "\n"))")
  }
}

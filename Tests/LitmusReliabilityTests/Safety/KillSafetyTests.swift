import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Killing Litmus with SIGKILL in the middle of a large `build` or `fix` leaves every file
/// either old or new, never partial, and the temporary files a killed run leaves are swept
/// by the next run.
///
/// Each test kills a run of 120 notes at delays spread over a full run, then moments after
/// its first temporary file appears, then with a bisected delay, until at least one kill
/// has landed while files were being written (some files new, others still old), so the
/// test cannot pass by killing only before or after the writes. About half a minute per test with a debug build.
/// `LITMUS_KILL_ROUNDS=N` sets how many spread kills each test makes (default 10).
@Suite(.serialized)
struct KillSafetyTests {
  /// How many notes the large run works on.
  static let noteCount = 120
  /// How many kills at spread delays each test makes.
  static let kills =
    ProcessInfo.processInfo.environment["LITMUS_KILL_ROUNDS"].flatMap(Int.init)
    ?? 10
  /// The most extra kills made while looking for one that lands mid-write.
  static let searchKills = 16

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

  /// The regular files under `directory` (relative path → bytes), hidden ones apart.
  static func contents(of directory: URL) throws -> (files: [String: Data], hidden: [String]) {
    var files: [String: Data] = [:]
    var hidden: [String] = []
    guard let enumerator = FileManager.default.enumerator(atPath: directory.path) else {
      return (files, hidden)
    }
    while let relative = enumerator.nextObject() as? String {
      let path = directory.appendingPathComponent(relative).path
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      else { continue }
      if (relative as NSString).lastPathComponent.hasPrefix(".") {
        hidden.append(relative)
        continue
      }
      files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
    }
    return (files, hidden)
  }

  /// Runs `litmus` and kills it with SIGKILL once `delay` seconds have passed, if it is
  /// still running; returns whether it was killed.
  @discardableResult
  static func runAndKill(
    _ arguments: [String], in directory: URL, after delay: Double,
    writingInto watched: URL? = nil
  ) throws -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: LitmusBinary.path)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    var deadline = Date().addingTimeInterval(watched == nil ? delay : 600)
    try process.run()
    // With `watched`, the delay counts from the first temporary file appearing there.
    var writing = watched == nil
    while process.isRunning && Date() < deadline {
      if !writing, let watched, isWriting(in: watched) {
        writing = true
        deadline = Date().addingTimeInterval(delay)
        continue
      }
      usleep(writing ? 200 : 100)
    }
    var killed = false
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      killed = true
    }
    process.waitUntilExit()
    return killed
  }

  /// Whether `directory` holds a temporary file of an atomic write in progress.
  static func isWriting(in directory: URL) -> Bool {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
      return false
    }
    return names.contains { $0.hasPrefix(".") && $0.contains(".litmus-") && $0.hasSuffix(".tmp") }
  }

  /// Seconds a full, unkilled run takes.
  static func timedRun(_ arguments: [String], in directory: URL) throws -> Double {
    let started = Date()
    try runAndKill(arguments, in: directory, after: 600)
    return Date().timeIntervalSince(started)
  }

  /// What the kills found.
  struct Campaign {
    /// Files that were neither old nor new after a kill.
    var partial: [String] = []
    /// Kills after which some files were new and others still old.
    var midWrite = 0
    /// Kills made.
    var kills = 0
  }

  /// Kills `arguments` at spread delays, then moments after its first temporary file
  /// appears, then at bisected delays until one kill lands mid-write; after each kill,
  /// every file in `watched` must be in `old` or `new`.
  /// - Parameter reset: Puts the files back in their old state before each run.
  static func killRepeatedly(
    _ arguments: [String], in directory: URL, watched: URL, duration: Double,
    old: [String: Data], new: [String: Data], reset: () throws -> Void
  ) throws -> Campaign {
    var campaign = Campaign()
    /// Runs one kill; returns how many watched files differ from `old`.
    func killOnce(after delay: Double, fromFirstWrite: Bool = false) throws -> Int {
      try reset()
      try runAndKill(
        arguments, in: directory, after: delay, writingInto: fromFirstWrite ? watched : nil)
      campaign.kills += 1
      let (files, _) = try contents(of: watched)
      var changed = 0
      for (name, data) in files where data != old[name] {
        if data == new[name] {
          changed += 1
        } else {
          campaign.partial.append("after \(delay) s: \(name) (\(data.count) bytes)")
        }
      }
      let changing = new.keys.filter { new[$0] != old[$0] }.count
      if changed > 0 && changed < changing { campaign.midWrite += 1 }
      return changed == 0 ? -1 : changed < changing ? 0 : 1
    }
    for kill in 0..<Self.kills {
      _ = try killOnce(after: duration * Double(kill + 1) / Double(Self.kills + 1))
    }
    // Moments into the writes, however long the work before them took (a sanitized
    // binary spends far longer evaluating than writing).
    for milliseconds in [0.0, 0.5, 1, 2, 4, 8] where campaign.midWrite == 0 {
      _ = try killOnce(after: milliseconds / 1_000, fromFirstWrite: true)
    }
    // Bisect for a delay inside the writes: too early leaves everything old (-1), too
    // late everything new (1).
    var low = 0.0
    var high = duration * 1.5
    var search = 0
    while campaign.midWrite == 0 && search < Self.searchKills {
      let delay = (low + high) / 2
      switch try killOnce(after: delay) {
      case -1: low = delay
      case 1: high = delay
      default: break
      }
      search += 1
    }
    print(
      "kill-safety \(arguments[0]): \(campaign.kills) kills, \(campaign.midWrite) mid-write, "
        + "\(campaign.partial.count) partial files")
    return campaign
  }

  @Test("a killed build leaves every page old or new, and its litter is swept")
  func killedBuildLeavesOldOrNewFiles() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.writeNotes(in: directory, version: 0)
    _ = try Self.timedRun(["build", "Notes", "--output", "old"], in: directory)
    try Self.writeNotes(in: directory, version: 1)
    let duration = try Self.timedRun(["build", "Notes", "--output", "new"], in: directory)
    let old = try Self.contents(of: directory.appendingPathComponent("old")).files
    let new = try Self.contents(of: directory.appendingPathComponent("new")).files
    #expect(old.count == Self.noteCount + 2)
    #expect(old.keys.sorted() == new.keys.sorted())
    #expect(new.filter { old[$0.key] != $0.value }.count > Self.noteCount)
    let site = directory.appendingPathComponent("site")
    let campaign = try Self.killRepeatedly(
      ["build", "Notes", "--output", "site"], in: directory, watched: site, duration: duration,
      old: old, new: new
    ) {
      try? FileManager.default.removeItem(at: site)
      try FileManager.default.copyItem(at: directory.appendingPathComponent("old"), to: site)
    }
    #expect(campaign.partial.isEmpty, "partial files:\n\(campaign.partial.joined(separator: "\n"))")
    #expect(
      campaign.midWrite > 0, "no kill out of \(campaign.kills) landed while pages were written")
    // The next full run finishes the site and sweeps what the killed one left.
    try Self.runAndKill(["build", "Notes", "--output", "site"], in: directory, after: 600)
    let finished = try Self.contents(of: site)
    #expect(finished.files == new)
    #expect(finished.hidden == [".litmus-manifest"], "left behind: \(finished.hidden)")
  }

  @Test("a killed fix leaves every note old or new, and its litter is swept")
  func killedFixLeavesOldOrNewNotes() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let notes = directory.appendingPathComponent("Notes")
    try Self.writeNotes(in: directory, version: 0)
    let old = try Self.contents(of: notes).files
    let duration = try Self.timedRun(["fix", "Notes"], in: directory)
    let fixed = try Self.contents(of: notes).files
    #expect(fixed.count == Self.noteCount)
    #expect(fixed.filter { old[$0.key] != $0.value }.count == Self.noteCount)
    let campaign = try Self.killRepeatedly(
      ["fix", "Notes"], in: directory, watched: notes, duration: duration, old: old, new: fixed
    ) {
      try Self.writeNotes(in: directory, version: 0)
    }
    #expect(campaign.partial.isEmpty, "partial notes:\n\(campaign.partial.joined(separator: "\n"))")
    #expect(campaign.midWrite > 0, "no kill out of \(campaign.kills) landed while notes were fixed")
    try Self.runAndKill(["fix", "Notes"], in: directory, after: 600)
    let finished = try Self.contents(of: notes)
    #expect(finished.files == fixed)
    #expect(finished.hidden.isEmpty, "left behind: \(finished.hidden)")
  }
}

import Foundation
import Testing

/// Every command stays up and bounded on a hostile note: it ends within 20 s of CPU time
/// and 1 GiB of memory, by exiting (1 or 2, or 0 where the note is merely large),
/// never by a signal, and says where the problem is.
///
/// The bound is on CPU time because the wall clock of a shared CI machine measures the
/// neighbours; a wall-clock guard (``wallGuard``) still kills a run that hangs.
@Suite(.serialized)
struct HostileNoteTests {
  /// CPU seconds a command may use on one hostile note: the 20 s, for the debug
  /// binary CI tests as well (the slowest case, `fix` on 20,000 blocks, takes about 15 s
  /// of CPU there; a release build is several times faster). Under a sanitizer
  /// (`make sanitize`, which looks for memory errors, not speed) the bounds are 5×.
  static let cpuLimit = 20.0 * (LitmusBinary.isSanitized ? 5 : 1)
  /// Peak resident memory a command may reach (5× under a sanitizer: shadow memory).
  static let memoryLimit = (1 << 30) * (LitmusBinary.isSanitized ? 5 : 1)
  /// Wall-clock seconds after which a run counts as hung and is killed.
  static let wallGuard = 240.0

  private func expectBounded(_ run: MeasuredProcess.Run, _ what: String) {
    // One line per run, so a CI log shows how close each command came to its bounds.
    print("hostile: \(what): \(run.summary)")
    #expect(
      run.signal == nil, "\(what) ended by a signal: \(run.summary)\n\(run.error.prefix(2_000))")
    #expect(!run.timedOut, "\(what) hung: \(run.summary)")
    #expect(run.cpuSeconds < Self.cpuLimit, "\(what) took too long: \(run.summary)")
    // The reading is bounded by this test process's own peak (see `peakBytes`): one no
    // higher cannot blame the child. That matters only under ThreadSanitizer, whose test
    // process grows past 7 GiB (the child itself stays near 100 MiB); in the plain run CI
    // makes, this process stays far below the limit, so the limit is checked in full.
    #expect(
      run.peakBytes < Self.memoryLimit || run.peakBytes <= run.spawnerPeakBytes,
      "\(what) used too much memory: \(run.summary)")
  }

  @Test("check, build and fix stay bounded and positioned", arguments: HostileNote.all)
  func commandsStayBounded(_ note: HostileNote) throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let bytes = note.bytes()
    let notePath = directory.appendingPathComponent("note.md")
    try Data(bytes).write(to: notePath)

    let check = try MeasuredProcess.run(
      ["check", "note.md"], in: directory, wallLimit: Self.wallGuard)
    expectBounded(check, "\(note.name) check")
    #expect(
      check.status.map { note.statuses.contains($0) } == true,
      "check: \(check.summary)\n\(check.output.prefix(1_000))\(check.error.prefix(1_000))")
    // An instrumented binary (`make sanitize`) may run out of the note's evaluation time
    // budget first, which is a positioned limit error too.
    let said = check.output + check.error
    #expect(
      said.contains(note.diagnostic)
        || note.nearTheBudget.map { said.contains($0) } == true
        || (LitmusBinary.isSanitized && said.contains("error: time budget of")),
      "check did not say \(note.diagnostic): \(check.output.prefix(1_000))\(check.error.prefix(1_000))"
    )

    let build = try MeasuredProcess.run(
      ["build", "note.md", "--output", "site"], in: directory, wallLimit: Self.wallGuard)
    expectBounded(build, "\(note.name) build")
    #expect(build.status == check.status, "build: \(build.summary)\n\(build.error.prefix(1_000))")

    let fix = try MeasuredProcess.run(["fix", "note.md"], in: directory, wallLimit: Self.wallGuard)
    expectBounded(fix, "\(note.name) fix")
    #expect([0, 1, 2].contains(fix.status ?? -1), "fix: \(fix.summary)")
    if check.status == 2 {
      // A note that could not be parsed is never rewritten.
      #expect(try Data(contentsOf: notePath) == Data(bytes), "fix rewrote an unparsable note")
    }
  }
}

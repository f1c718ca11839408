import Foundation
import Testing

/// `Output/` is the committed site; it must be what `litmus build Notes`
/// writes today. Regenerate it with `make notes`.
@Suite struct OutputCurrencyTests {
  @Test func committedOutputMatchesAFreshBuild() throws {
    let root = LitmusBinary.packageRoot
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try LitmusBinary.run(["build", "Notes", "--output", directory.path])
    #expect(run.status == 0, "litmus build Notes failed: \(run.error)")
    let fresh = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    let committed = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("Output").path
    ).sorted()
    #expect(fresh == committed, "Output/ has other files than a fresh build; run `make notes`")
    for name in fresh {
      let new = try Data(contentsOf: directory.appendingPathComponent(name))
      let old = try? Data(
        contentsOf: root.appendingPathComponent("Output").appendingPathComponent(name))
      #expect(new == old, "Output/\(name) is stale; run `make notes` and commit Output/")
    }
  }

  @Test func notesPassTheirChecks() throws {
    let run = try LitmusBinary.run(["check", "Notes"])
    #expect(run.status == 0, "\(run.output)")
  }

  @Test func twoBuildsAreByteIdentical() throws {
    let first = try LitmusBinary.temporaryDirectory()
    let second = try LitmusBinary.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: first)
      try? FileManager.default.removeItem(at: second)
    }
    _ = try LitmusBinary.run(["build", "Notes", "--output", first.path])
    _ = try LitmusBinary.run(["build", "Notes", "--output", second.path])
    let names = try FileManager.default.contentsOfDirectory(atPath: first.path).sorted()
    #expect(!names.isEmpty)
    for name in names {
      #expect(
        try Data(contentsOf: first.appendingPathComponent(name))
          == Data(contentsOf: second.appendingPathComponent(name)))
    }
  }
}

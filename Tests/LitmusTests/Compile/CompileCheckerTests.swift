import Foundation
import Testing

@testable import Litmus

/// End-to-end: every note in `Notes/` and every checking fixture compiled
/// with the installed swiftc (one run, notes in parallel; the LitmusMath
/// build is cached in the user's cache directory between runs).
@Suite struct CompileCheckerTests {
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let options = CompileOptions(
    mathSources: repository.appendingPathComponent("Sources/LitmusMath").path)

  static let notePaths: [String] = {
    let notes = repository.appendingPathComponent("Notes")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: notes.path)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted().map {
      notes.appendingPathComponent($0).path
    }
  }()

  static let fixturePaths: [String] = ["clean", "crlf", "frontmatter", "planted"].map {
    Fixtures.directory.appendingPathComponent("check/\($0).md").path
  }

  static let rejectedPath = Fixtures.directory.appendingPathComponent("compile/rejected.md").path

  static let typingPath = Fixtures.directory.appendingPathComponent("compile/typing.md").path

  /// All notes and fixtures, compiled once for every test below.
  static let compiled: Result<[String: CompiledNote], CompileError> = {
    do throws(CompileError) {
      let paths = notePaths + fixturePaths + [rejectedPath, typingPath]
      let results = try CompileChecker(options: options).check(paths: paths)
      return .success(Dictionary(uniqueKeysWithValues: zip(paths, results)))
    } catch {
      return .failure(error)
    }
  }()

  private func result(_ path: String) throws -> CompiledNote {
    try #require(try Self.compiled.get()[path])
  }

  @Test func everyNoteCompilesAndAgreesWithTheInterpreter() throws {
    #expect(Self.notePaths.count >= 10)
    var agreed = 0
    for path in Self.notePaths {
      let note = try result(path)
      let errors = note.diagnostics.filter { $0.severity == .error }
      #expect(errors.isEmpty, "\(errors.map(\.headline))")
      #expect(note.compiledStatements > 0, "\(path)")
      agreed += note.agreedValues
    }
    // Every expression statement and inline span of the notes (counted by hand
    // would be brittle; the notes have well over a hundred).
    #expect(agreed > 100)
  }

  @Test func statementsStatedToFailAreLeftOutAndReported() throws {
    let path = try #require(Self.notePaths.first { $0.hasSuffix("05-cross-entropy.md") })
    let lines = try String(contentsOfFile: path, encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false)
    let line = try #require(lines.firstIndex { $0.hasPrefix("crossEntropy(s, label: 7)") }) + 1
    let note = try result(path)
    let warning = try #require(note.diagnostics.first { $0.severity == .warning })
    #expect(warning.line == line)
    #expect(warning.column == 1)
    #expect(warning.message.hasPrefix("swift: not compiled: the statement is stated to fail"))
    #expect(!note.program.contains("label: 7"))
  }

  @Test func checkingFixturesCompileAndAgree() throws {
    for path in Self.fixturePaths {
      let note = try result(path)
      let errors = note.diagnostics.filter { $0.severity == .error }
      #expect(errors.isEmpty, "\(errors.map(\.headline))")
    }
  }

  @Test func literalAdaptationAndTernariesAgreeWithSwift() throws {
    let note = try result(Self.typingPath)
    let errors = note.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.headline))")
    #expect(note.agreedValues == 14)
  }

  @Test func whatSwiftRejectsIsReportedAtTheNotePosition() throws {
    let note = try result(Self.rejectedPath)
    let errors = note.diagnostics.filter { $0.severity == .error }
    #expect(
      errors.map { "\($0.line):\($0.column): \($0.message)" } == [
        "10:5: swift: invalid redeclaration of 'x'",
        "19:7: swift: invalid redeclaration of 'y'",
      ])
  }

  @Test func noToolchainIsAClearError() {
    #expect(throws: CompileError.noToolchain("/nonexistent/swiftc is not an executable file")) {
      try CompileChecker(options: CompileOptions(swiftc: "/nonexistent/swiftc")).check(paths: [])
    }
  }

  @Test func missingMathSourcesAreAClearError() {
    #expect(throws: CompileError.mathSourcesNotFound(searched: ["/nonexistent/LitmusMath"])) {
      try CompileChecker(options: CompileOptions(mathSources: "/nonexistent/LitmusMath"))
        .check(paths: [])
    }
  }
}

import Foundation
import Testing

@testable import Litmus

/// Three math-dense chapters of *Dive into Deep Learning*
/// (`../shared/corpus/d2l/`), read through the real pipeline: the math
/// scanner finds every formula and LitmusTeX converts each one to MathML
/// with no unknown command.
@Suite struct D2LCorpusTests {
  static let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "shared/corpus/d2l")

  static let available = FileManager.default.fileExists(atPath: corpus.path)

  @Test(
    .enabled(if: available, "../shared/corpus/d2l is not beside the repository"),
    arguments: ["softmax-regression.md", "backprop.md", "numerical-stability-and-init.md"])
  func everyFormulaRendersWithoutUnknownCommands(chapter: String) throws {
    let bytes = [UInt8](try Data(contentsOf: Self.corpus.appendingPathComponent(chapter)))
    let checked = NoteChecker(options: CheckOptions(strict: true)).check(
      bytes: bytes, path: chapter)
    let problems = checked.report.diagnostics.map(\.headline)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    #expect(checked.mathML.count > 20)
    #expect(!checked.mathML.values.contains { $0.contains("math-error") || $0.contains("<merror") })
  }
}

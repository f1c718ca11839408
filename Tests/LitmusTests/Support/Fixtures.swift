import Foundation
import Testing

/// Test fixtures and golden files.
///
/// Golden files live in `Tests/LitmusTests/Fixtures/golden`. To re-record
/// them after an intended change, run the tests with
/// `LITMUS_RECORD_GOLDEN=1` and review the diff; never edit them by hand.
enum Fixtures {
  /// The fixtures folder in the source tree (tests read it directly, so
  /// recording writes where git sees it).
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The bytes of a fixture file.
  static func bytes(_ name: String) throws -> [UInt8] {
    let url = directory.appendingPathComponent(name)
    return [UInt8](try Data(contentsOf: url))
  }

  /// Compares text with a golden file, or records it when
  /// `LITMUS_RECORD_GOLDEN` is set.
  static func expectGolden(
    _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent("golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["LITMUS_RECORD_GOLDEN"] != nil {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "differs from golden \(name)", sourceLocation: sourceLocation)
  }
}

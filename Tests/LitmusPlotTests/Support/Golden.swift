import Foundation
import Testing

/// Golden SVG files in `Tests/LitmusPlotTests/Fixtures/golden`. To re-record
/// them after an intended change, run the tests with `LITMUS_RECORD_GOLDEN=1`
/// and review the diff (and the pictures); never edit them by hand.
enum Golden {
  /// The golden folder in the source tree.
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent("golden")

  /// Compares text with a golden file, or records it when
  /// `LITMUS_RECORD_GOLDEN` is set.
  static func expect(
    _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["LITMUS_RECORD_GOLDEN"] != nil {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "differs from golden \(name)", sourceLocation: sourceLocation)
  }
}

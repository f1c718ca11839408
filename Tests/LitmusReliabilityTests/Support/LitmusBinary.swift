import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Finds the built `litmus` executable and makes scratch directories.
enum LitmusBinary {
  /// The package's root folder.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The executable: `LITMUS_BINARY`, else the one beside the test bundle.
  static let path: String = {
    if let path = ProcessInfo.processInfo.environment["LITMUS_BINARY"] { return path }
    var directory = Bundle.main.bundleURL
    for _ in 0..<3 {
      let candidate = directory.appendingPathComponent("litmus").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      directory.deleteLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug/litmus").path
  }()

  /// Whether these tests run under AddressSanitizer or ThreadSanitizer (`make sanitize`),
  /// in which case `litmus` beside them is instrumented too, several times slower and
  /// with shadow memory.
  static let isSanitized: Bool = {
    let everywhere = UnsafeMutableRawPointer(bitPattern: 0)
    return dlsym(everywhere, "__asan_init") != nil || dlsym(everywhere, "__tsan_init") != nil
  }()

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "litmus-reliability-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}

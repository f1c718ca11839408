import Foundation

/// The installed Swift compiler: where it is and which version it is.
struct SwiftToolchain: Sendable {
  /// The path of `swiftc`.
  let swiftc: String
  /// What `swiftc --version` prints (part of the library cache key).
  let version: String

  /// Finds `swiftc`: the given path, else `SWIFTC`, else `PATH`, and asks its version.
  static func locate(_ explicit: String?) throws(CompileError) -> SwiftToolchain {
    let environment = ProcessInfo.processInfo.environment
    let fileManager = FileManager.default
    var path = explicit ?? environment["SWIFTC"].flatMap { $0.isEmpty ? nil : $0 }
    if path == nil {
      let directories = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
      path = directories.map { $0 + "/swiftc" }.first { fileManager.isExecutableFile(atPath: $0) }
    }
    guard let swiftc = path else { throw .noToolchain("`swiftc` is not on PATH") }
    guard fileManager.isExecutableFile(atPath: swiftc) else {
      throw .noToolchain("\(swiftc) is not an executable file")
    }
    guard
      let outcome = ProcessRunner.run(
        swiftc, ["--version"], in: fileManager.temporaryDirectory, timeout: .seconds(60)),
      outcome.succeeded
    else { throw .noToolchain("`\(swiftc) --version` failed") }
    let version = (outcome.standardOutput + outcome.standardError)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    return SwiftToolchain(swiftc: swiftc, version: version)
  }
}

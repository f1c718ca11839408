import Foundation

/// Runs a child process to completion with a time limit, collecting its
/// output through files (no pipe can fill up and stall it).
enum ProcessRunner {
  /// Runs `executable` with `arguments` in `directory`.
  /// - Returns: The outcome, or `nil` when the process could not be started.
  static func run(
    _ executable: String, _ arguments: [String], in directory: URL, timeout: Duration
  ) -> ProcessOutcome? {
    let fileManager = FileManager.default
    let token = UUID().uuidString
    let outURL = directory.appendingPathComponent(".litmus-out-\(token)")
    let errURL = directory.appendingPathComponent(".litmus-err-\(token)")
    guard fileManager.createFile(atPath: outURL.path, contents: nil),
      fileManager.createFile(atPath: errURL.path, contents: nil),
      let out = try? FileHandle(forWritingTo: outURL),
      let err = try? FileHandle(forWritingTo: errURL)
    else { return nil }
    defer {
      try? out.close()
      try? err.close()
      try? fileManager.removeItem(at: outURL)
      try? fileManager.removeItem(at: errURL)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    do {
      try process.run()
    } catch {
      return nil
    }
    let deadline = ContinuousClock.now + timeout
    var timedOut = false
    while process.isRunning {
      if ContinuousClock.now >= deadline {
        timedOut = true
        process.terminate()
        process.waitUntilExit()
        break
      }
      Thread.sleep(forTimeInterval: 0.01)
    }
    process.waitUntilExit()
    let read = { (url: URL) in
      FileBytes.readText(url.path) ?? ""
    }
    return ProcessOutcome(
      status: process.terminationStatus,
      crashed: process.terminationReason == .uncaughtSignal && !timedOut,
      timedOut: timedOut, standardOutput: read(outURL), standardError: read(errURL))
  }
}

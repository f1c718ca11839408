import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the `litmus` binary as a child process with a wall-clock guard and measures what
/// that one child used (`wait4` gives its own rusage, unpolluted by other tests' children).
enum MeasuredProcess {
  /// How a run ended and what it cost.
  struct Run {
    /// The exit status, or nil when a signal ended the process.
    let status: Int32?
    /// The signal that ended the process, if any.
    let signal: Int32?
    /// Whether the wall-clock guard had to kill it.
    let timedOut: Bool
    /// User plus system CPU time, in seconds.
    let cpuSeconds: Double
    /// Wall-clock time, in seconds.
    let wallSeconds: Double
    /// Peak resident memory, in bytes: an upper bound. Linux records, at `exec`, the
    /// high-water mark of the address space being replaced, and a `posix_spawn` child
    /// (a vfork) replaces this test process's: `ru_maxrss` is the larger of the child's
    /// own peak and ``spawnerPeakBytes``.
    let peakBytes: Int
    /// This test process's own peak resident memory (`VmHWM`), read once the child
    /// ended. A ``peakBytes`` no higher says nothing of the child's own peak.
    let spawnerPeakBytes: Int
    /// Standard output.
    let output: String
    /// Standard error.
    let error: String

    /// A one-line summary for failure messages.
    var summary: String {
      let ending = status.map { "exit \($0)" } ?? "signal \(signal ?? -1)"
      return
        "\(ending), \(String(format: "%.2f", cpuSeconds)) s cpu, \(String(format: "%.2f", wallSeconds)) s wall, \(peakBytes >> 20) MiB"
    }
  }

  /// Runs `litmus` with arguments in `directory`, killing it after `wallLimit` seconds.
  static func run(_ arguments: [String], in directory: URL, wallLimit: Double) throws -> Run {
    let outPath = directory.appendingPathComponent(".stdout-\(UUID().uuidString)").path
    let errPath = directory.appendingPathComponent(".stderr-\(UUID().uuidString)").path
    defer {
      unlink(outPath)
      unlink(errPath)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    // `sh` changes directory and replaces itself with litmus: same process, same rusage.
    let argv =
      ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, LitmusBinary.path] + arguments
    var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    var cEnvironment: [UnsafeMutablePointer<CChar>?] =
      environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for pointer in cEnvironment { free(pointer) } }
    var pid: pid_t = 0
    let started = Date()
    let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &cArguments, &cEnvironment)
    guard spawned == 0 else {
      throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: LitmusBinary.path])
    }
    let killed = Flag()
    let child = pid
    let watchdog = DispatchWorkItem {
      killed.set()
      kill(child, SIGKILL)
    }
    DispatchQueue.global().asyncAfter(deadline: .now() + wallLimit, execute: watchdog)
    var rawStatus: Int32 = 0
    var usage = rusage()
    while wait4(pid, &rawStatus, 0, &usage) < 0 && errno == EINTR {}
    watchdog.cancel()
    let wall = Date().timeIntervalSince(started)
    let signalled = (rawStatus & 0x7f) != 0
    let cpu =
      Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
      + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return Run(
      status: signalled ? nil : (rawStatus >> 8) & 0xff,
      signal: signalled ? rawStatus & 0x7f : nil,
      timedOut: killed.isSet, cpuSeconds: cpu, wallSeconds: wall,
      peakBytes: Int(usage.ru_maxrss) * 1024, spawnerPeakBytes: ownPeakBytes(),
      output: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
      error: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
  }

  /// This process's peak resident memory, from `VmHWM` in `/proc/self/status` (0 where
  /// there is none).
  static func ownPeakBytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
      let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
      let kilobytes = Int(line.dropFirst(6).filter(\.isNumber))
    else { return 0 }
    return kilobytes * 1024
  }

  /// A thread-safe flag.
  final class Flag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    /// Sets the flag.
    func set() { lock.withLock { value = true } }
    /// Whether the flag is set.
    var isSet: Bool { lock.withLock { value } }
  }
}

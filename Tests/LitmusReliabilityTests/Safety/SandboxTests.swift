import Foundation
import Testing

/// Evaluation cannot reach files, processes, the network or the environment: a note that
/// tries every door is checked under `strace`, and no system call touches what it asked for.
@Suite(.serialized)
struct SandboxTests {
  /// Each attempt names a door; the marker strings must never reach a system call.
  static let attempts = [
    "FileManager.default.contents(atPath: \"/etc/litmus-marker-read\")",
    "FileManager.default.removeItem(atPath: \"/tmp/litmus-marker-remove\")",
    "String(contentsOfFile: \"/etc/litmus-marker-string\")",
    "Data(contentsOf: URL(fileURLWithPath: \"/etc/litmus-marker-data\"))",
    "fopen(\"/etc/litmus-marker-fopen\", \"r\")",
    "open(\"/etc/litmus-marker-open\", 0)",
    "system(\"touch /tmp/litmus-marker-system\")",
    "Process.launchedProcess(launchPath: \"/bin/touch\", arguments: [\"/tmp/litmus-marker-process\"])",
    "posix_spawn(nil, \"/bin/sh\", nil, nil, nil, nil)",
    "URLSession.shared.dataTask(with: URL(string: \"http://litmus-marker-net.invalid\")!)",
    "getaddrinfo(\"litmus-marker-dns.invalid\", nil, nil, nil)",
    "ProcessInfo.processInfo.environment[\"LITMUS_SECRET\"]",
    "getenv(\"LITMUS_SECRET\")",
    "dlopen(\"/tmp/litmus-marker-dlopen.so\", 2)",
    "#filePath",
    "import Foundation",
    "exit(0)",
    "fatalError(\"litmus-marker-fatal\")",
    "print(\"litmus-marker-print\")",
    "let f: (Double) -> Double = { f($0) }",
    "unsafeBitCast(0, to: UnsafeRawPointer.self)",
    "UnsafeMutablePointer<Int>(bitPattern: 8)!.pointee = 1",
  ]

  static var straceAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/strace")
  }

  @Test(
    "no attempt reaches a file, process, socket or the environment",
    .enabled(if: straceAvailable, "needs /usr/bin/strace"))
  func attemptsReachNothing() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var note = "# Attempts\n\n"
    for attempt in Self.attempts { note += "```swift example\n\(attempt)\n```\n\n" }
    note += "Inline: `= getenv(\"LITMUS_SECRET\")` and `= ProcessInfo.processInfo.environment`.\n"
    try note.write(
      to: directory.appendingPathComponent("note.md"), atomically: true, encoding: .utf8)
    let trace = directory.appendingPathComponent("trace.txt").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
    process.arguments = [
      "-f", "-qq", "-s", "256", "-o", trace,
      "-e", "trace=%file,%network,%process", LitmusBinary.path, "check", "note.md",
    ]
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["LITMUS_SECRET"] = "litmus-marker-secret-value"
    // Under `make sanitize`, LeakSanitizer's exit-time tracer is a clone without
    // CLONE_THREAD; it is the sanitizer's machinery, not litmus, so it is turned off here.
    environment["ASAN_OPTIONS"] =
      (environment["ASAN_OPTIONS"].map { $0 + ":" } ?? "") + "detect_leaks=0"
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()

    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 1, "every attempt is a failure: \(printed.prefix(2_000))")
    #expect(!printed.contains("litmus-marker-secret-value"), "the environment leaked")
    #expect(!printed.contains("litmus-marker-print\n"), "print reached standard output")
    for attempt in Self.attempts.prefix(3) {
      // Each attempt is reported as an error at its block.
      #expect(printed.contains(attempt.prefix(20)), "no diagnostic for \(attempt)")
    }
    let calls = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
    let touching = calls.filter { $0.contains("litmus-marker") && !$0.contains("note.md") }
    #expect(touching.isEmpty, "system calls reached a marker:\n\(touching.joined(separator: "\n"))")
    let executions = calls.filter { $0.contains("execve(") }
    #expect(
      executions.count == 1, "litmus started a process:\n\(executions.joined(separator: "\n"))")
    let forks = calls.filter {
      ($0.contains("fork(") || $0.contains("clone(") || $0.contains("clone3("))
        && !$0.contains("CLONE_THREAD")
    }
    #expect(forks.isEmpty, "litmus forked:\n\(forks.joined(separator: "\n"))")
    let sockets = calls.filter { $0.contains("socket(") || $0.contains("connect(") }
    #expect(sockets.isEmpty, "litmus opened a socket:\n\(sockets.joined(separator: "\n"))")
    for marker in [
      "/tmp/litmus-marker-remove", "/tmp/litmus-marker-system", "/tmp/litmus-marker-process",
    ] {
      #expect(!FileManager.default.fileExists(atPath: marker) || marker.hasSuffix("remove"))
    }
  }
}

/// What a finished (or stopped) child process left behind.
struct ProcessOutcome: Sendable {
  /// The exit status, or the signal number when ``crashed`` is true.
  var status: Int32
  /// Whether the process ended by a signal (a trap, a crash).
  var crashed: Bool
  /// Whether it was stopped because it ran out of time.
  var timedOut: Bool
  /// Everything it wrote to standard output.
  var standardOutput: String
  /// Everything it wrote to standard error.
  var standardError: String

  /// Whether it exited normally with status 0.
  var succeeded: Bool { !crashed && !timedOut && status == 0 }
}

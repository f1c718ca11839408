/// Records floating-point warnings (overflow, invalid value, division by zero) raised by this
/// library, and by any caller that checks its own `Double` arithmetic, like numpy's
/// `RuntimeWarning`.
///
/// Recording is task-local: notes evaluated in parallel each see only their own warnings. When
/// nothing is recording, an operation pays one task-local read and no per-element checks.
///
/// ```swift
/// let (p, warnings) = FloatingPointWarnings.recording { naiveSoftmax([-10, -1, 1000]) }
/// // p is [0, 0, nan]; warnings.map(\.description) is ["overflow in exp"]
/// ```
public enum FloatingPointWarnings {
  @TaskLocal static var recorder: WarningRecorder?

  /// Whether a `recording` call is active in the current task (or thread, outside tasks).
  public static var isRecording: Bool { recorder != nil }

  /// Runs `body` and returns its result with the warnings it raised.
  ///
  /// Warnings are deduplicated and kept in order of first occurrence. Recordings nest: an inner
  /// recording returns its own warnings and also passes them on to the enclosing one.
  /// - Parameter body: the work to watch.
  /// - Returns: `body`'s result and the warnings raised while it ran.
  /// - Throws: whatever `body` throws (warnings raised before the error are passed on to an
  ///   enclosing recording).
  public static func recording<T>(
    _ body: () throws -> T
  ) rethrows -> (result: T, warnings: [FloatingPointWarning]) {
    let outer = recorder
    let inner = WarningRecorder()
    defer {
      if let outer {
        for warning in inner.warnings { outer.record(warning) }
      }
    }
    let result = try $recorder.withValue(inner, operation: body)
    return (result, inner.warnings)
  }

  /// Runs `body` with no recording active: the warnings it raises are dropped, not reported
  /// to an enclosing recording (and its operations skip their warning scans).
  ///
  /// For work whose results are thrown away, such as an interpreter type-checking the branch
  /// of `c ? a : b` it does not take:
  /// `FloatingPointWarnings.discarding { naiveSoftmax([1000]) }` raises nothing.
  /// - Parameter body: the work whose warnings do not count.
  /// - Returns: what `body` returns.
  /// - Throws: whatever `body` throws.
  public static func discarding<T>(_ body: () throws -> T) rethrows -> T {
    try $recorder.withValue(nil, operation: body)
  }

  /// Reports `warning` to the active recording; does nothing when nothing is recording.
  /// - Parameter warning: the warning to record.
  public static func report(_ warning: FloatingPointWarning) {
    recorder?.record(warning)
  }

  /// Classifies one scalar result the way this library classifies its own: a non-finite result
  /// from finite inputs is a warning; NaN or ±∞ already present in the inputs is not reported
  /// again.
  ///
  /// NaN is `.invalid`; ±∞ is `.divisionByZero` when an input is exactly zero (`1 / 0`,
  /// `log(0)`, `pow(0, -1)`), otherwise `.overflow`.
  /// - Parameter operation: the operation's name, e.g. `"divide"`.
  /// - Parameter inputs: the operands (for `a / b`: `[a, b]`).
  /// - Parameter result: what the operation produced.
  /// - Returns: the warning, or `nil` when there is nothing to report.
  public static func classify(
    operation: String, inputs: [Double], result: Double
  ) -> FloatingPointWarning? {
    if result.isFinite { return nil }
    var hasZero = false
    for input in inputs {
      if !input.isFinite { return nil }
      if input == 0 { hasZero = true }
    }
    if result.isNaN { return FloatingPointWarning(kind: .invalid, operation: operation) }
    return FloatingPointWarning(kind: hasZero ? .divisionByZero : .overflow, operation: operation)
  }

  /// Checks one scalar operation and reports its warning, if any (see `classify`).
  ///
  /// This is how an interpreter holds its own `Double` arithmetic to the same rules:
  /// `FloatingPointWarnings.check(operation: "exp", inputs: [x], result: y)`. Costs one
  /// `isFinite` test when the result is finite.
  /// - Parameter operation: the operation's name, e.g. `"exp"`.
  /// - Parameter inputs: the operands.
  /// - Parameter result: what the operation produced.
  public static func check(operation: String, inputs: [Double], result: Double) {
    if result.isFinite { return }
    guard let recorder else { return }
    if let warning = classify(operation: operation, inputs: inputs, result: result) {
      recorder.record(warning)
    }
  }
}

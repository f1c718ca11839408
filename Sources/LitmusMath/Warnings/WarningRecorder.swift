/// Collects the warnings raised inside one `FloatingPointWarnings.recording` call:
/// deduplicated, in order of first occurrence, safe to report to from several threads.
final class WarningRecorder: @unchecked Sendable {
  private let lock = Lock()
  private var seen: Set<FloatingPointWarning> = []
  private var ordered: [FloatingPointWarning] = []

  /// Adds `warning` unless it was already recorded.
  func record(_ warning: FloatingPointWarning) {
    lock.withLock {
      if seen.insert(warning).inserted { ordered.append(warning) }
    }
  }

  /// The warnings recorded so far, in order of first occurrence.
  var warnings: [FloatingPointWarning] {
    lock.withLock { ordered }
  }
}

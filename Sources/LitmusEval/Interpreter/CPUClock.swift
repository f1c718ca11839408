#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The CPU time the calling thread has used, the clock of the evaluation time budget.
///
/// CPU time, not wall time, so that a note's verdict does not depend on how busy the
/// machine is: on a shared CI runner a note that needs 6 s of work must not fail for
/// having waited 5 s for a core. (A note is evaluated on one thread; each measurement
/// is a difference between two readings on the same thread.)
enum CPUClock {
  /// The calling thread's CPU time so far.
  static var now: Duration {
    var time = timespec()
    guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else {
      return .zero
    }
    return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
  }
}

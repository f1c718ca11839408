import Dispatch
import SwiftParser
import SwiftSyntax
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Parses Swift source with SwiftParser under a CPU-time budget.
///
/// SwiftParser cannot be interrupted, and its lookahead is quadratic on some text:
/// after every name followed by `<` it looks ahead for generic arguments, and in
/// `a<a<a<…` each lookahead reads to the end (4,000 of them took 11 s in a release
/// build, 100,000 would take hours). Source longer than ``inPlaceLimit`` bytes is
/// therefore parsed on a helper thread while the caller watches that thread's CPU
/// time; when the budget runs out, the caller gives up and gets no tree. The helper
/// cannot be stopped: it finishes in the background, or ends with the process (a
/// command-line run exits soon after reporting the error). Shorter source is parsed in
/// place, which costs no thread (a thread per block made checking 1,000 notes a third
/// slower): the worst known text of that size takes milliseconds, once ``NestingScan``
/// has refused deep square brackets, unless it has an attribute: the lookahead for an
/// attribute's generic arguments doubles with each level of `@a<@a<…` (24 levels took
/// 24 s in a release build), so source with an `@` anywhere is parsed on the helper
/// whatever its length.
///
/// ```swift
/// let parse = BoundedSwiftParse(source, maximumNestingLevel: 256, budget: .seconds(2))
/// if let tree = parse.tree { … } else { /* report: the parser ran out of time */ }
/// ```
public struct BoundedSwiftParse: Sendable {
  /// The parsed file, or `nil` when the budget ran out first.
  public let tree: SourceFileSyntax?
  /// The CPU time the parse took (the whole budget when it ran out).
  public let cpuTime: Duration

  /// Source up to this many UTF-8 bytes, without an `@`, is parsed in place, without a
  /// budget.
  public static let inPlaceLimit = 1024

  /// Parses `source`, giving up when the parse has used `budget` of CPU time.
  /// - Parameters:
  ///   - source: Swift source text.
  ///   - maximumNestingLevel: Passed to SwiftParser (deeper nesting is a syntax error).
  ///   - budget: The CPU time the parse may take; source over ``inPlaceLimit`` bytes
  ///     with no budget left is not parsed at all.
  public init(_ source: String, maximumNestingLevel: Int, budget: Duration) {
    if source.utf8.count <= Self.inPlaceLimit, !source.utf8.contains(UInt8(ascii: "@")) {
      let started = CPUClock.now
      var parser = Parser(source, maximumNestingLevel: maximumNestingLevel)
      tree = SourceFileSyntax.parse(from: &parser)
      cpuTime = CPUClock.now - started
      return
    }
    guard budget > .zero else {
      tree = nil
      cpuTime = .zero
      return
    }
    let job = ParseJob(source: source, maximumNestingLevel: maximumNestingLevel)
    guard job.start() else {
      // No thread to be had: parse in place rather than fail.
      let started = CPUClock.now
      var parser = Parser(source, maximumNestingLevel: maximumNestingLevel)
      tree = SourceFileSyntax.parse(from: &parser)
      cpuTime = CPUClock.now - started
      return
    }
    (tree, cpuTime) = job.wait(budget: budget)
  }
}

/// One parse on a detached helper thread, and what the caller needs to watch it.
private final class ParseJob: Sendable {
  let source: String
  let maximumNestingLevel: Int
  /// Signalled once when the parse is over.
  let finished = DispatchSemaphore(value: 0)
  let state = Mutex<State>(State())

  struct State {
    var tree: SourceFileSyntax?
    var cpuTime: Duration = .zero
    var done = false
    #if os(Linux)
      /// The helper thread's CPU clock, set when it starts.
      var clock: clockid_t?
    #endif
  }

  init(source: String, maximumNestingLevel: Int) {
    self.source = source
    self.maximumNestingLevel = maximumNestingLevel
  }

  /// Starts the helper thread; `false` when no thread could be created.
  func start() -> Bool {
    LargeStack.startDetached { self.run() }
  }

  /// The helper thread's work.
  private func run() {
    #if os(Linux)
      var clock = clockid_t()
      if pthread_getcpuclockid(pthread_self(), &clock) == 0 {
        state.withLock { $0.clock = clock }
      }
    #endif
    let started = CPUClock.now
    var parser = Parser(source, maximumNestingLevel: maximumNestingLevel)
    let tree = SourceFileSyntax.parse(from: &parser)
    let cpuTime = CPUClock.now - started
    state.withLock {
      $0.tree = tree
      $0.cpuTime = cpuTime
      $0.done = true
    }
    finished.signal()
  }

  /// Waits until the parse is over or has used `budget` of CPU time.
  func wait(budget: Duration) -> (SourceFileSyntax?, Duration) {
    #if !os(Linux)
      let wallStart = ContinuousClock.now
    #endif
    while true {
      if finished.wait(timeout: .now() + .milliseconds(20)) == .success {
        return state.withLock { ($0.tree, $0.cpuTime) }
      }
      #if os(Linux)
        // The helper's CPU time, read while it runs (a clock read after the thread has
        // ended fails, and the next wait sees it done).
        let used: Duration? = state.withLock { state in
          guard !state.done, let clock = state.clock else { return nil }
          var time = timespec()
          guard clock_gettime(clock, &time) == 0 else { return nil }
          return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
        }
      #else
        let used: Duration? = ContinuousClock.now - wallStart
      #endif
      if let used, used >= budget { return (nil, budget) }
    }
  }
}

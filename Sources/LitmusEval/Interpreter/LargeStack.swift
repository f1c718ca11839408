import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs work on a thread with a large stack, so that parsing and evaluating
/// expressions nested up to the depth limit is safe even in debug builds
/// (whose frames are large) and on threads with small default stacks.
///
/// Work started from a thread that is already a large-stack thread runs in place,
/// so a caller that wraps many evaluations in one ``run(_:)`` (a whole note)
/// pays for one thread instead of one per block.
enum LargeStack {
  /// The stack size of the worker thread (reserved, not committed, memory).
  static let size = 256 << 20

  /// A thread-specific flag, set on the threads this type starts.
  private static let onLargeStack: pthread_key_t? = {
    var key = pthread_key_t()
    return pthread_key_create(&key, nil) == 0 ? key : nil
  }()

  /// Whether the calling thread is one this type started (by ``run(_:)`` or
  /// ``concurrentPerform(iterations:_:)``).
  static var isOnLargeStack: Bool {
    guard let key = onLargeStack else { return false }
    return pthread_getspecific(key) != nil
  }

  private final class Work {
    let body: () -> Void
    init(_ body: @escaping () -> Void) { self.body = body }
  }

  /// Runs `body` on a fresh thread with a ``size``-byte stack and waits for it;
  /// runs it in place if no thread can be created, or if the calling thread
  /// already has a large stack.
  static func run(_ body: () -> Void) {
    if isOnLargeStack {
      body()
      return
    }
    onThreads(1) { _ in body() }
  }

  /// Calls `body(i)` for every `i` in `0..<iterations`, spread over one large-stack
  /// thread per processor (at most one per iteration), and waits for all of them.
  /// Each thread takes the next unclaimed index, so slow iterations do not hold up
  /// the others; evaluations inside `body` run in place on the thread.
  static func concurrentPerform(iterations: Int, _ body: @Sendable (Int) -> Void) {
    guard iterations > 0 else { return }
    let processors = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    let next = Counter()
    onThreads(min(iterations, processors)) { _ in
      while true {
        let index = next.value.wrappingAdd(1, ordering: .relaxed).oldValue
        if index >= iterations { break }
        body(index)
      }
    }
  }

  /// The next index to hand out in ``concurrentPerform(iterations:_:)``.
  private final class Counter: Sendable {
    let value = Atomic<Int>(0)
  }

  /// Runs `body(t)` for `t` in `0..<count`, each on its own large-stack thread (in
  /// place for a thread that cannot be created), and waits for all of them.
  private static func onThreads(_ count: Int, _ body: (Int) -> Void) {
    withoutActuallyEscaping(body) { escapable in
      var attributes = pthread_attr_t()
      pthread_attr_init(&attributes)
      defer { pthread_attr_destroy(&attributes) }
      pthread_attr_setstacksize(&attributes, size)
      var threads: [Thread] = []
      for index in 0..<count {
        if let thread = spawn(&attributes, { escapable(index) }) {
          threads.append(thread)
        } else {
          escapable(index)
        }
      }
      for thread in threads {
        #if canImport(Darwin)
          if let thread { pthread_join(thread, nil) }
        #else
          pthread_join(thread, nil)
        #endif
      }
    }
  }

  /// Runs `body` on a new detached thread with a ``size``-byte stack, without waiting
  /// for it (``BoundedSwiftParse``'s helper).
  /// - Returns: `false` when no thread could be created; `body` has not run then.
  static func startDetached(_ body: @escaping () -> Void) -> Bool {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, size)
    pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED))
    return spawn(&attributes, body) != nil
  }

  #if canImport(Darwin)
    private typealias Thread = pthread_t?
  #else
    private typealias Thread = pthread_t
  #endif

  /// Creates a thread with `attributes` that marks itself a large-stack thread and runs
  /// `body`; `nil` when no thread could be created (`body` has not run).
  private static func spawn(_ attributes: inout pthread_attr_t, _ body: @escaping () -> Void)
    -> Thread?
  {
    let work = Unmanaged.passRetained(Work(body))
    #if canImport(Darwin)
      var thread: pthread_t?
    #else
      var thread = pthread_t()
    #endif
    let status = pthread_create(
      &thread, &attributes,
      { raw in
        guard let raw else { return nil }
        if let key = LargeStack.onLargeStack {
          pthread_setspecific(key, UnsafeRawPointer(bitPattern: 1))
        }
        Unmanaged<Work>.fromOpaque(raw).takeRetainedValue().body()
        return nil
      }, work.toOpaque())
    guard status == 0 else {
      work.release()
      return nil
    }
    return thread
  }
}

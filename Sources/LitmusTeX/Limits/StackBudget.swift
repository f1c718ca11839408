#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// How much call stack a conversion may use, measured from where it started.
///
/// The nesting limit bounds recursion in levels, but the stack a level takes
/// depends on the build (about 1.5 KB optimized, 10 KB in debug builds, several
/// times more under AddressSanitizer) and the stack a thread has depends on the
/// platform (512 KB for secondary threads on Darwin). So the parser and the writer
/// also stop when the stack has grown by more than a budget since the conversion
/// began, which keeps deep input safe on any thread. The stack is assumed to grow
/// downwards, as on every platform Swift supports; if it does not, the budget is
/// never exhausted and the nesting limit alone applies.
///
/// Under a sanitizer the budget is ``sanitizerFactor`` times larger (frames carry
/// red zones) but never more than three quarters of the stack the thread has left,
/// and AddressSanitizer may move the marker that measures the stack to its
/// heap-allocated "fake stack" (`detect_stack_use_after_return`), where
/// addresses say nothing about depth: such a marker is mapped back to the real
/// frame it stands for (`__asan_addr_is_in_fake_stack`), and any marker still
/// outside the thread's stack is ignored (the nesting limit still holds).
struct StackBudget: Sendable {
  /// The stack address where the conversion began.
  let base: UInt
  /// The most stack, in bytes, the conversion may use.
  let limit: UInt
  /// The thread's stack, when a marker may lie outside it (sanitized processes only).
  let threadStack: Range<UInt>?

  /// How many times the requested budget a sanitizer build may use.
  static let sanitizerFactor: UInt = 8

  /// Starts measuring from the caller's frame.
  /// - Parameter limit: The most stack, in bytes, the conversion may use.
  init(limit: Int) {
    base = Self.currentAddress()
    let requested = UInt(max(0, limit))
    if Self.isSanitized {
      let stack = Self.currentThreadStack()
      var limit = requested.multipliedReportingOverflow(by: Self.sanitizerFactor).partialValue
      // The larger budget must still fit in the thread: keep a quarter of what is left
      // (at least 64 KB) for the sanitizer's runtime and what the conversion calls.
      if let stack, stack.contains(base) {
        let left = base - stack.lowerBound
        let margin = max(64 * 1024, left / 4)
        limit = min(limit, left > margin ? left - margin : 0)
      }
      threadStack = stack
      self.limit = limit
    } else {
      threadStack = nil
      self.limit = requested
    }
  }

  /// Whether the stack has grown by more than the budget since measuring began.
  var isExhausted: Bool {
    let here = Self.currentAddress()
    if let threadStack, !threadStack.contains(base) || !threadStack.contains(here) {
      return false
    }
    return base > here && base - here > limit
  }

  /// An address in the current stack frame.
  @inline(never)
  static func currentAddress() -> UInt {
    var marker: UInt8 = 0
    return withUnsafeMutablePointer(to: &marker) { pointer in
      if let fakeStack = FakeStack.shared, let current = fakeStack.current(),
        let real = fakeStack.realFrame(current, pointer, nil, nil)
      {
        return UInt(bitPattern: real)
      }
      return UInt(bitPattern: pointer)
    }
  }

  /// AddressSanitizer's fake-stack interface, looked up at run time (nil in a
  /// process without AddressSanitizer).
  struct FakeStack: @unchecked Sendable {
    /// `__asan_get_current_fake_stack`: the calling thread's fake stack, or nil.
    let current: @convention(c) () -> UnsafeMutableRawPointer?
    /// `__asan_addr_is_in_fake_stack`: the real-stack address a fake frame stands
    /// for, or nil when the address is not in a fake frame.
    let realFrame:
      @convention(c) (
        UnsafeMutableRawPointer?, UnsafeMutableRawPointer?,
        UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
        UnsafeMutablePointer<UnsafeMutableRawPointer?>?
      ) -> UnsafeMutableRawPointer?

    /// The interface of this process's AddressSanitizer runtime, if any.
    static let shared: FakeStack? = {
      #if canImport(Glibc) || canImport(Musl)
        let everywhere = UnsafeMutableRawPointer(bitPattern: 0)
        guard let current = dlsym(everywhere, "__asan_get_current_fake_stack"),
          let realFrame = dlsym(everywhere, "__asan_addr_is_in_fake_stack")
        else { return nil }
        return FakeStack(
          current: unsafeBitCast(current, to: (@convention(c) () -> UnsafeMutableRawPointer?).self),
          realFrame: unsafeBitCast(
            realFrame,
            to: (@convention(c) (
              UnsafeMutableRawPointer?, UnsafeMutableRawPointer?,
              UnsafeMutablePointer<UnsafeMutableRawPointer?>?,
              UnsafeMutablePointer<UnsafeMutableRawPointer?>?
            ) -> UnsafeMutableRawPointer?).self))
      #else
        return nil
      #endif
    }()
  }

  /// Whether this process runs under AddressSanitizer or ThreadSanitizer (their
  /// runtimes export `__asan_init` / `__tsan_init`).
  static let isSanitized: Bool = {
    #if canImport(Glibc) || canImport(Musl)
      let everywhere = UnsafeMutableRawPointer(bitPattern: 0)
      return dlsym(everywhere, "__asan_init") != nil || dlsym(everywhere, "__tsan_init") != nil
    #else
      return false
    #endif
  }()

  /// The current thread's stack addresses, when the platform says (nil otherwise,
  /// and then every marker counts).
  static func currentThreadStack() -> Range<UInt>? {
    #if canImport(Glibc)
      // `pthread_getattr_np` is a GNU extension the Glibc module does not declare.
      typealias GetAttributes =
        @convention(c) (pthread_t, UnsafeMutablePointer<pthread_attr_t>) -> Int32
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "pthread_getattr_np")
      else { return nil }
      let getAttributes = unsafeBitCast(symbol, to: GetAttributes.self)
      var attributes = pthread_attr_t()
      guard getAttributes(pthread_self(), &attributes) == 0 else { return nil }
      defer { pthread_attr_destroy(&attributes) }
      var address: UnsafeMutableRawPointer?
      var size = 0
      guard pthread_attr_getstack(&attributes, &address, &size) == 0, let address else {
        return nil
      }
      let bottom = UInt(bitPattern: address)
      return bottom..<bottom + UInt(size)
    #else
      return nil
    #endif
  }
}

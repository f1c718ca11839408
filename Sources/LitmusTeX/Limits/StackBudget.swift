/// How much call stack a conversion may use, measured from where it started.
///
/// The nesting limit bounds recursion in levels, but the stack a level takes
/// depends on the build (about 1.5 KB optimized, 10 KB in debug builds) and the
/// stack a thread has depends on the platform (512 KB for secondary threads on
/// Darwin). So the parser and the writer also stop when the stack has grown by
/// more than a budget since the conversion began, which keeps deep input safe on
/// any thread. The stack is assumed to grow downwards, as on every platform
/// Swift supports; if it does not, the budget is never exhausted and the nesting
/// limit alone applies.
struct StackBudget: Sendable {
  /// The stack address where the conversion began.
  let base: UInt
  /// The most stack, in bytes, the conversion may use.
  let limit: UInt

  /// Starts measuring from the caller's frame.
  /// - Parameter limit: The most stack, in bytes, the conversion may use.
  init(limit: Int) {
    self.base = Self.currentAddress()
    self.limit = UInt(max(0, limit))
  }

  /// Whether the stack has grown by more than the budget since measuring began.
  var isExhausted: Bool {
    let here = Self.currentAddress()
    return base > here && base - here > limit
  }

  /// An address in the current stack frame.
  @inline(never)
  static func currentAddress() -> UInt {
    var marker: UInt8 = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
  }
}

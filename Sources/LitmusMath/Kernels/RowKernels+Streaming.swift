#if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && canImport(Synchronization)
  import Synchronization
#endif

/// When the batched kernels write their output with non-temporal stores.
///
/// An ordinary store to a line that is not in the cache first reads the line from memory (a
/// write-allocate), so writing a gradient buffer of b bytes costs 2b of memory traffic; a
/// non-temporal store writes the line without reading it, as `memcpy` does for large copies.
/// The rows are then computed in a per-chunk scratch row that stays in L1/L2 (e^(x − max)),
/// and only the final pass writes the output, once, past the caches.
extension RowKernels {
  /// Outputs of at least this many bytes (16 MiB) are streamed; smaller ones fit in a server
  /// L3 cache together with their input and are likely to be read again from it soon, so they
  /// keep ordinary stores (float32 4096 × 1000 in place measured faster that way).
  static let streamingThreshold = 1 << 24

  /// The longest row, in bytes, that gets scratch rows on the stack (two for the cross-entropy,
  /// one for softmax); rows longer than this keep ordinary stores into the output.
  static let maximumScratchBytes = 1 << 18

  /// Whether non-temporal stores are available on this target (x86-64).
  static var canStream: Bool {
    #if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && canImport(Synchronization)
      if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) { return true }
    #endif
    return false
  }

  /// Whether a `rows`×`columns` output of `T` is written with non-temporal stores.
  static func streams<T: KernelScalar>(_: T.Type, rows: Int, columns: Int) -> Bool {
    let rowBytes = columns * MemoryLayout<T>.stride
    return canStream && rowBytes <= maximumScratchBytes && rows * rowBytes >= streamingThreshold
  }

  /// Makes the non-temporal stores issued so far by this thread visible before any later
  /// store (they are weakly ordered): a sequentially consistent fence, which x86-64 compiles
  /// to a locked instruction, and locked instructions drain the write-combining buffers.
  @inline(__always)
  static func streamingFence() {
    #if arch(x86_64) && canImport(_Builtin_intrinsics.intel) && canImport(Synchronization)
      if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
        atomicMemoryFence(ordering: .sequentiallyConsistent)
      }
    #endif
  }
}

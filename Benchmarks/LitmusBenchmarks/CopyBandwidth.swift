import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The same-run physical limit: how fast this machine copies a large buffer (one read plus one
/// write per byte, counted like the kernels), on one core and split over all cores.
enum CopyBandwidth {
  /// The median seconds to copy `bytes` bytes with `memcpy`, cut into `parts` concurrent pieces.
  static func seconds(bytes: Int, parts: Int, budget: Double) -> Double {
    let source = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
    let target = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
    defer {
      source.deallocate()
      target.deallocate()
    }
    memset(source, 1, bytes)
    memset(target, 0, bytes)
    let shared = Pointers(source: source, target: target)
    return Stopwatch.median(budget: budget) {
      if parts == 1 {
        memcpy(shared.target, shared.source, bytes)
        return
      }
      DispatchQueue.concurrentPerform(iterations: parts) { part in
        let start = bytes / parts * part
        let end = part == parts - 1 ? bytes : bytes / parts * (part + 1)
        memcpy(shared.target + start, shared.source + start, end - start)
      }
    }
  }

  /// The two buffers, shared with the copying threads (each copies a disjoint piece).
  struct Pointers: @unchecked Sendable {
    /// Where bytes are read.
    let source: UnsafeMutableRawPointer
    /// Where bytes are written.
    let target: UnsafeMutableRawPointer
  }
}

/// The per-row passes of the batched kernels, generic over `Float` and `Double` and written on
/// raw pointers with eight-lane SIMD so the optimiser keeps everything in registers.
///
/// Each batched call runs three passes per row, as PyTorch's `SoftMaxKernel.cpp` does: the
/// maximum, then e^(x − max) (stored) and its sum, then the normalisation. A row of up to
/// 32 000 `Double`s (256 KB) stays in the L2 cache between passes, so memory traffic is one read
/// of the logits and one write of the result.
enum RowKernels {
  /// Loads `count` (< 8) elements from `x`, filling the other lanes with `fill`.
  @inline(__always)
  static func partialLoad<T: KernelScalar>(
    _ x: UnsafePointer<T>, count: Int, fill: T
  ) -> SIMD8<T> {
    var v = SIMD8<T>(repeating: fill)
    for lane in 0..<count { v[lane] = x[lane] }
    return v
  }

  /// Loads eight elements from `x` (no alignment needed).
  @inline(__always)
  static func load<T: KernelScalar>(_ x: UnsafePointer<T>) -> SIMD8<T> {
    UnsafeRawPointer(x).loadUnaligned(as: SIMD8<T>.self)
  }

  /// Stores eight elements at `x` (no alignment needed).
  @inline(__always)
  static func store<T: KernelScalar>(_ v: SIMD8<T>, _ x: UnsafeMutablePointer<T>) {
    UnsafeMutableRawPointer(x).storeBytes(of: v, as: SIMD8<T>.self)
  }

  /// The largest element of `x[0..<n]`, ignoring NaN (−∞ when every element is NaN or −∞).
  ///
  /// Compare-and-blend instead of `pointwiseMax`, which does not inline.
  @inline(__always)
  static func maximum<T: KernelScalar>(_ x: UnsafePointer<T>, _ n: Int) -> T {
    var a = SIMD8<T>(repeating: -.infinity)
    var b = a
    var i = 0
    while i + 16 <= n {
      let u = load(x + i)
      let v = load(x + i + 8)
      a = T.maximum(a, u)
      b = T.maximum(b, v)
      i += 16
    }
    if i + 8 <= n {
      a = T.maximum(a, load(x + i))
      i += 8
    }
    if i < n {
      let u = partialLoad(x + i, count: n - i, fill: -.infinity)
      b = T.maximum(b, u)
    }
    a = T.maximum(a, b)
    var m = a[0]
    for lane in 1..<8 where a[lane] > m { m = a[lane] }
    return m
  }

  /// Σ e^(xᵢ − shift) over `x[0..<n]`, accumulated in `Double`, storing each term at `out` when
  /// it is not nil (`out` may be `x` itself).
  ///
  /// Terms are summed in two sets of eight `T` lanes (two independent `exp`s per step) in blocks
  /// of 128 elements, and the blocks in `Double`, so a `Float` sum stays within about 1e-7
  /// relative of the exact sum of the stored terms.
  @inline(__always)
  static func expSum<T: KernelScalar>(
    _ x: UnsafePointer<T>, _ n: Int, shift: T, storingInto out: UnsafeMutablePointer<T>?
  ) -> Double {
    let shiftVector = SIMD8<T>(repeating: shift)
    var total = SIMD8<Double>(repeating: 0)
    var i = 0
    while i &+ 8 <= n {
      let blockEnd = Swift.min(n, i &+ 128)
      var a = SIMD8<T>(repeating: 0)
      var b = a
      while i &+ 16 <= blockEnd {
        let (e, f) = T.nonPositiveExp(
          T.subtract(load(x + i), shiftVector), T.subtract(load(x + (i &+ 8)), shiftVector))
        if let out {
          store(e, out + i)
          store(f, out + (i &+ 8))
        }
        a = T.add(a, e)
        b = T.add(b, f)
        i &+= 16
      }
      if i &+ 8 <= blockEnd {
        let e = T.nonPositiveExp(T.subtract(load(x + i), shiftVector))
        if let out { store(e, out + i) }
        a = T.add(a, e)
        i &+= 8
      }
      total = Double.add(total, T.widen(T.add(a, b)))
    }
    if i < n {
      let e = T.nonPositiveExp(
        T.subtract(partialLoad(x + i, count: n &- i, fill: -.infinity), shiftVector))
      if let out {
        for lane in 0..<(n &- i) { out[i &+ lane] = e[lane] }
      }
      total = Double.add(total, T.widen(e))
    }
    return total.sum()
  }

  /// Writes `f(xᵢ)` for every element of `x[0..<n]` to `out` (which may be `x`), eight lanes
  /// at a time with `vector` and the rest with `scalar` (which must round the same way).
  ///
  /// With `streaming`, the eight-lane stores are non-temporal (`T.streamingStore`): they start
  /// at the first 16-byte boundary of `out`, and the elements before it and after the last
  /// full group of eight are stored one by one.
  @inline(__always)
  static func transform<T: KernelScalar>(
    _ x: UnsafePointer<T>, _ n: Int, into out: UnsafeMutablePointer<T>, streaming: Bool,
    _ vector: (SIMD8<T>) -> SIMD8<T>, _ scalar: (T) -> T
  ) {
    var i = 0
    if streaming {
      let misalignment = Int(bitPattern: out) & 15
      if misalignment != 0 {
        let head = Swift.min(n, (16 - misalignment) / MemoryLayout<T>.stride)
        while i < head {
          out[i] = scalar(x[i])
          i += 1
        }
      }
      while i + 8 <= n {
        T.streamingStore(vector(load(x + i)), out + i)
        i += 8
      }
    } else {
      while i + 8 <= n {
        store(vector(load(x + i)), out + i)
        i += 8
      }
    }
    while i < n {
      out[i] = scalar(x[i])
      i += 1
    }
  }

  /// Writes `x[0..<n]` × `scale` to `out` (which may be `x`); see `transform` for `streaming`.
  @inline(__always)
  static func scale<T: KernelScalar>(
    _ x: UnsafePointer<T>, _ n: Int, by scale: T, into out: UnsafeMutablePointer<T>,
    streaming: Bool
  ) {
    let s = SIMD8<T>(repeating: scale)
    transform(x, n, into: out, streaming: streaming) {
      T.multiply($0, s)
    } _: {
      $0 * scale
    }
  }

  /// Writes `x[0..<n]` ÷ `divisor` to `out` (which may be `x`); see `transform` for
  /// `streaming`.
  @inline(__always)
  static func divide<T: KernelScalar>(
    _ x: UnsafePointer<T>, _ n: Int, by divisor: T, into out: UnsafeMutablePointer<T>,
    streaming: Bool
  ) {
    let d = SIMD8<T>(repeating: divisor)
    transform(x, n, into: out, streaming: streaming) {
      T.divide($0, d)
    } _: {
      $0 / divisor
    }
  }

  /// Writes (xᵢ − shift) − offset for every element of `x[0..<n]` to `out` (which may be `x`);
  /// see `transform` for `streaming`.
  @inline(__always)
  static func shiftTwice<T: KernelScalar>(
    _ x: UnsafePointer<T>, _ n: Int, shift: T, offset: T, into out: UnsafeMutablePointer<T>,
    streaming: Bool
  ) {
    let s = SIMD8<T>(repeating: shift)
    let o = SIMD8<T>(repeating: offset)
    transform(x, n, into: out, streaming: streaming) {
      T.subtract(T.subtract($0, s), o)
    } _: {
      ($0 - shift) - offset
    }
  }
}

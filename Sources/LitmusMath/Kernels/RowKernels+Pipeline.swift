/// The fused cross-entropy with a streamed gradient, software-pipelined over the rows of a
/// chunk so that memory traffic overlaps the `exp` work.
///
/// One pass over row r computes e^(x − max) into a scratch row and its sum, and meanwhile reads
/// row r + 1 for its maximum (the read from memory) and writes the gradient of row r − 1 from
/// the other scratch row with non-temporal stores (the write to memory). Each row of logits is
/// read from memory once and each gradient row written once, and the `exp` work of one row
/// hides the memory traffic of its neighbours.
extension RowKernels {
  /// A gradient row waiting to be written: e^(x − max) in `source`, to be multiplied by
  /// `scale`, and the label's entry, computed apart.
  struct PendingRow<T: KernelScalar> {
    /// The row's e^(x − max), in scratch memory.
    let source: UnsafePointer<T>
    /// 1 / (Σ · batch size), in `T`.
    let scale: T
    /// Where the gradient row goes.
    let destination: UnsafeMutablePointer<T>
    /// The row's label.
    let label: Int
    /// The gradient at the label, (e_label / Σ − 1) / batch size.
    let labelValue: T
  }

  /// The summed cross-entropy of rows `rows` of a batch (not divided by the batch size), with
  /// the gradient (softmax − oneHot) · `gradientScale` written to `gradient` with non-temporal
  /// stores; `gradient` may be `logits` itself.
  ///
  /// `scratch` holds 2 × `columns` elements. Per-row losses and gradients are those of
  /// `crossEntropyRow` to the last bit (the same sums, added in row order), so the result does
  /// not depend on which path ran. Rows whose maximum is infinite take
  /// `specialCrossEntropyRow`.
  @inline(__always)
  static func pipelinedCrossEntropyRows<T: KernelScalar>(
    logits: UnsafePointer<T>, labels: UnsafePointer<Int>, columns n: Int, rows: Range<Int>,
    gradient: UnsafeMutablePointer<T>, gradientScale: Double, scratch: UnsafeMutablePointer<T>
  ) -> Double {
    guard !rows.isEmpty, n > 0 else { return 0 }
    var partial = 0.0
    var current = scratch
    var previous = scratch + n
    var pending: PendingRow<T>?
    var m = maximum(logits + rows.lowerBound * n, n)
    for row in rows {
      let x = logits + row * n
      let hasNext = row + 1 < rows.upperBound
      // The next row's maximum is taken during this row's pass; the last row of the chunk
      // reads itself instead (the result is not used).
      let next = hasNext ? x + n : x
      let label = labels[row]
      let target = x[label]
      if m.isInfinite {
        if let pending { writeGradientRow(pending, n) }
        pending = nil
        partial += specialCrossEntropyRow(
          x, n, label: label, gradient: gradient + row * n, gradientScale: gradientScale)
        if hasNext { m = maximum(next, n) }
        continue
      }
      let (sum, nextMaximum) = pipelinedPass(
        x, n, shift: m, storingInto: current, maximumOf: next, writing: pending)
      partial += (Double(m) - Double(target)) + libmLog(sum)
      // As in `crossEntropyRow`.
      let labelTerm = Double(current[label])
      pending = PendingRow(
        source: current, scale: T(gradientScale / sum), destination: gradient + row * n,
        label: label, labelValue: T((labelTerm / sum - 1) * gradientScale))
      swap(&current, &previous)
      m = nextMaximum
    }
    if let pending { writeGradientRow(pending, n) }
    return partial
  }

  /// Writes a pending gradient row of `n` elements at once (non-temporal stores), then its
  /// label entry.
  @inline(__always)
  static func writeGradientRow<T: KernelScalar>(_ row: PendingRow<T>, _ n: Int) {
    scale(row.source, n, by: row.scale, into: row.destination, streaming: true)
    row.destination[row.label] = row.labelValue
  }

  /// `expSum` of `x[0..<n]` into `out`, with the same blocks and order of additions, which
  /// also returns the maximum of `next[0..<n]` (as `maximum`) and writes `pending`, if any,
  /// block by block with non-temporal stores.
  @inline(__always)
  static func pipelinedPass<T: KernelScalar>(
    _ x: UnsafePointer<T>, _ n: Int, shift: T, storingInto out: UnsafeMutablePointer<T>,
    maximumOf next: UnsafePointer<T>, writing pending: PendingRow<T>?
  ) -> (sum: Double, nextMaximum: T) {
    let shiftVector = SIMD8<T>(repeating: shift)
    var total = SIMD8<Double>(repeating: 0)
    var high = SIMD8<T>(repeating: -.infinity)
    var high2 = high
    // The pending row is written up to the first 16-byte boundary of its destination one
    // element at a time, then eight elements per non-temporal store from `written` on.
    var written = 0
    if let pending {
      let misalignment = Int(bitPattern: pending.destination) & 15
      let head = misalignment == 0 ? 0 : Swift.min(n, (16 - misalignment) / MemoryLayout<T>.stride)
      while written < head {
        pending.destination[written] = pending.source[written] * pending.scale
        written &+= 1
      }
    }
    var i = 0
    while i &+ 8 <= n {
      let blockEnd = Swift.min(n, i &+ 128)
      var a = SIMD8<T>(repeating: 0)
      var b = a
      while i &+ 16 <= blockEnd {
        high = T.maximum(high, load(next + i))
        high2 = T.maximum(high2, load(next + (i &+ 8)))
        let (e, f) = T.nonPositiveExp(
          T.subtract(load(x + i), shiftVector), T.subtract(load(x + (i &+ 8)), shiftVector))
        store(e, out + i)
        store(f, out + (i &+ 8))
        a = T.add(a, e)
        b = T.add(b, f)
        i &+= 16
      }
      if i &+ 8 <= blockEnd {
        high = T.maximum(high, load(next + i))
        let e = T.nonPositiveExp(T.subtract(load(x + i), shiftVector))
        store(e, out + i)
        a = T.add(a, e)
        i &+= 8
      }
      total = Double.add(total, T.widen(T.add(a, b)))
      if let pending { written = streamVectors(pending, from: written, upTo: blockEnd) }
    }
    if i < n {
      high2 = T.maximum(high2, partialLoad(next + i, count: n &- i, fill: -.infinity))
      let e = T.nonPositiveExp(
        T.subtract(partialLoad(x + i, count: n &- i, fill: -.infinity), shiftVector))
      for lane in 0..<(n &- i) { out[i &+ lane] = e[lane] }
      total = Double.add(total, T.widen(e))
    }
    if let pending {
      written = streamVectors(pending, from: written, upTo: n)
      while written < n {
        pending.destination[written] = pending.source[written] * pending.scale
        written &+= 1
      }
      pending.destination[pending.label] = pending.labelValue
    }
    high = T.maximum(high, high2)
    var nextMaximum = high[0]
    for lane in 1..<8 where high[lane] > nextMaximum { nextMaximum = high[lane] }
    return (total.sum(), nextMaximum)
  }

  /// Writes elements `start..<end'` of a pending row, eight at a time with non-temporal stores,
  /// where end' is the last multiple of eight past `start` within `end`; `start` must be where
  /// the destination is 16-byte aligned. Returns end'.
  @inline(__always)
  static func streamVectors<T: KernelScalar>(
    _ pending: PendingRow<T>, from start: Int, upTo end: Int
  ) -> Int {
    let scale = SIMD8<T>(repeating: pending.scale)
    var j = start
    while j &+ 8 <= end {
      T.streamingStore(T.multiply(load(pending.source + j), scale), pending.destination + j)
      j &+= 8
    }
    return j
  }
}

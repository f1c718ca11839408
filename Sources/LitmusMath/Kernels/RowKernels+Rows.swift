/// Whole-row operations built from the passes, including the rows whose maximum is infinite.
extension RowKernels {
  /// The cross-entropy of one row of logits against `label`, logSumExp(x) − x[label], computed
  /// in `Double`; writes (softmax(x) − oneHot(label)) · `gradientScale` to `gradient` when it is
  /// not nil (`gradient` may be `x` itself).
  ///
  /// With a `scratch` row of n elements, e^(x − max) goes there and the gradient is written
  /// once, with non-temporal stores (`RowKernels+Streaming`); without, the gradient row holds
  /// e^(x − max) and is then scaled in place.
  ///
  /// NaN anywhere gives a NaN loss and an all-NaN gradient row. +∞ logits share the
  /// probability equally (the loss is log k when the label is one of k +∞ logits, +∞
  /// otherwise); a row of −∞ gives NaN.
  @inline(__always)
  static func crossEntropyRow<T: KernelScalar>(
    _ x: UnsafePointer<T>, _ n: Int, label: Int,
    gradient: UnsafeMutablePointer<T>?, gradientScale: Double,
    scratch: UnsafeMutablePointer<T>? = nil
  ) -> Double {
    let target = x[label]
    let m = maximum(x, n)
    if m.isInfinite {
      return specialCrossEntropyRow(
        x, n, label: label, gradient: gradient, gradientScale: gradientScale)
    }
    guard let gradient else {
      return (Double(m) - Double(target)) + libmLog(expSum(x, n, shift: m, storingInto: nil))
    }
    let exponentials = scratch ?? gradient
    let sum = expSum(x, n, shift: m, storingInto: exponentials)
    // The label's entry s − 1 cancels: take it from e_label in Double, not as e·scale − scale
    // (whose rounding error is relative to the scale, not to the small result).
    let labelTerm = Double(exponentials[label])
    scale(
      exponentials, n, by: T(gradientScale / sum), into: gradient, streaming: scratch != nil)
    gradient[label] = T((labelTerm / sum - 1) * gradientScale)
    return (Double(m) - Double(target)) + libmLog(sum)
  }

  /// The softmax of one row written to `out` (which may be `x`): e^(xᵢ − max) / Σ.
  ///
  /// With a `scratch` row of n elements, e^(x − max) goes there and `out` is written once,
  /// with non-temporal stores; without, `out` holds e^(x − max) and is divided in place.
  /// NaN anywhere gives a NaN row; +∞ logits share the mass equally; a row of −∞ gives NaN.
  @inline(__always)
  static func softmaxRow<T: KernelScalar>(
    _ x: UnsafePointer<T>, _ n: Int, into out: UnsafeMutablePointer<T>,
    scratch: UnsafeMutablePointer<T>? = nil
  ) {
    let m = maximum(x, n)
    if m.isInfinite {
      specialSoftmaxRow(x, n, into: out, logarithm: false)
      return
    }
    let exponentials = scratch ?? out
    let sum = expSum(x, n, shift: m, storingInto: exponentials)
    divide(exponentials, n, by: T(sum), into: out, streaming: scratch != nil)
  }

  /// The log-softmax of one row written to `out` (which may be `x`): (xᵢ − max) − log Σ, with
  /// non-temporal stores when `streaming`.
  ///
  /// NaN anywhere gives a NaN row; k +∞ logits get −log k and the others −∞; a row of −∞ gives
  /// NaN.
  @inline(__always)
  static func logSoftmaxRow<T: KernelScalar>(
    _ x: UnsafePointer<T>, _ n: Int, into out: UnsafeMutablePointer<T>, streaming: Bool = false
  ) {
    let m = maximum(x, n)
    if m.isInfinite {
      specialSoftmaxRow(x, n, into: out, logarithm: true)
      return
    }
    let sum = expSum(x, n, shift: m, storingInto: nil)
    shiftTwice(x, n, shift: m, offset: T(libmLog(sum)), into: out, streaming: streaming)
  }

  /// Counts the +∞ elements of a row; nil when the row has a NaN or no +∞ (the NaN cases).
  private static func infinityCount<T: KernelScalar>(_ x: UnsafePointer<T>, _ n: Int) -> Int? {
    var infinities = 0
    for i in 0..<n {
      if x[i].isNaN { return nil }
      if x[i] == .infinity { infinities += 1 }
    }
    return infinities == 0 ? nil : infinities
  }

  /// `crossEntropyRow` for a row whose maximum is ±∞ (rare, so scalar).
  @inline(never)
  static func specialCrossEntropyRow<T: KernelScalar>(
    _ x: UnsafePointer<T>, _ n: Int, label: Int,
    gradient: UnsafeMutablePointer<T>?, gradientScale: Double
  ) -> Double {
    guard let infinities = infinityCount(x, n) else {
      gradient?.update(repeating: .nan, count: n)
      return .nan
    }
    let loss = x[label] == .infinity ? libmLog(Double(infinities)) : .infinity
    if let gradient {
      let share = T(gradientScale / Double(infinities))
      for i in 0..<n { gradient[i] = x[i] == .infinity ? share : 0 }
      gradient[label] -= T(gradientScale)
    }
    return loss
  }

  /// `softmaxRow` or `logSoftmaxRow` for a row whose maximum is ±∞ (rare, so scalar).
  @inline(never)
  private static func specialSoftmaxRow<T: KernelScalar>(
    _ x: UnsafePointer<T>, _ n: Int, into out: UnsafeMutablePointer<T>, logarithm: Bool
  ) {
    guard let infinities = infinityCount(x, n) else {
      out.update(repeating: .nan, count: n)
      return
    }
    let share = 1 / Double(infinities)
    let value = T(logarithm ? -libmLog(Double(infinities)) : share)
    let rest: T = logarithm ? -.infinity : 0
    for i in 0..<n { out[i] = x[i] == .infinity ? value : rest }
  }
}

/// The batched kernels behind the `Matrix` API.
///
/// `softmax(_: Matrix)` and `softmaxCrossEntropyGradient(logits: Matrix, labels:)` run here:
/// the kernel's `exp` is within 2 ULP of the C library's, so their values keep the same
/// precision. `logSoftmax(_: Matrix)` and the mean `crossEntropy(logits: Matrix, labels:)` stay
/// on the scalar path, which computes log1p of the non-maximal terms and so keeps the digits of
/// results near 0 (`logSumExp([0, -40])` is 4.25e-18) that the kernel's log Σ rounds away.
extension BatchKernels {
  /// The row-wise stable softmax of `m`'s elements.
  static func softmaxRows(of m: Matrix) -> [Double] {
    let count = m.elements.count
    return [Double](unsafeUninitializedCapacity: count) { output, initialized in
      m.elements.withUnsafeBufferPointer { input in
        if let inputStart = input.baseAddress, let outputStart = output.baseAddress {
          uncheckedSoftmax(
            inputStart, rows: m.rows, columns: m.columns, into: outputStart, logarithm: false)
        }
      }
      initialized = count
    }
  }

  /// (softmax(Z) − Y) / rows for `logits` Z; `labels` are already validated (one per row, in
  /// range) and there is at least one row.
  static func softmaxCrossEntropyGradientRows(of logits: Matrix, labels: [Int]) -> [Double] {
    let count = logits.elements.count
    return [Double](unsafeUninitializedCapacity: count) { gradient, initialized in
      logits.elements.withUnsafeBufferPointer { input in
        labels.withUnsafeBufferPointer { labels in
          if let inputStart = input.baseAddress, let labelsStart = labels.baseAddress,
            let gradientStart = gradient.baseAddress
          {
            _ = uncheckedSoftmaxCrossEntropy(
              logits: inputStart, labels: labelsStart, rows: logits.rows,
              columns: logits.columns, gradient: gradientStart)
          }
        }
      }
      initialized = count
    }
  }
}

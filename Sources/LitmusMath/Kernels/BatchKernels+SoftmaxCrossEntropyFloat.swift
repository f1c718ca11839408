/// The fused softmax cross-entropy for `Float` batches.
extension BatchKernels {
  /// The mean softmax cross-entropy of a batch of Float logits against integer labels, and its
  /// gradient with respect to the logits, in one fused pass per row.
  ///
  /// Loss: (1/m) Σᵣ (logSumExp(zᵣ) − zᵣ[labelᵣ]), accumulated in `Double`. Gradient:
  /// (softmax(zᵣ) − oneHot(labelᵣ)) / m, written to `gradient`, which may be the same memory
  /// as `logits` (in place) but must not otherwise overlap it. Finite logits never overflow. A
  /// row with NaN gives a NaN loss and a NaN gradient row; +∞ logits share the probability
  /// equally (loss log k when the label is one of k +∞ logits, +∞ otherwise); a row of −∞ is
  /// NaN. Nothing is written unless every check passes.
  /// - Parameter logits: `rows`×`columns` scores, row-major.
  /// - Parameter labels: one class index in `0..<columns` per row.
  /// - Parameter rows: the batch size m (at least 1).
  /// - Parameter columns: the number of classes.
  /// - Parameter gradient: where dL/dz goes (`rows`×`columns`), or nil for the loss alone.
  /// - Returns: the mean loss in nats.
  /// - Throws: `MathError.elementCountMismatch` when a buffer's count is not rows × columns,
  ///   `.negativeCount`, `.labelCountMismatch`, `.labelOutOfRange`, `.emptyMatrix` when there
  ///   are no rows, `.incompatibleShapes` when `gradient` partly overlaps `logits`.
  public static func softmaxCrossEntropy(
    logits: UnsafeBufferPointer<Float>, labels: UnsafeBufferPointer<Int>, rows: Int,
    columns: Int, gradient: UnsafeMutableBufferPointer<Float>?
  ) throws(MathError) -> Float {
    try checkedSoftmaxCrossEntropy(
      logits: logits, labels: labels, rows: rows, columns: columns, gradient: gradient)
  }

  /// The mean softmax cross-entropy of a batch of Float logits and its gradient, written into
  /// an existing array (no allocation); see the buffer version for values and special cases.
  /// - Parameter logits: `rows`×`columns` scores, row-major.
  /// - Parameter labels: one class index in `0..<columns` per row.
  /// - Parameter rows: the batch size m (at least 1).
  /// - Parameter columns: the number of classes.
  /// - Parameter gradient: receives dL/dz; must already have `rows * columns` elements.
  /// - Returns: the mean loss in nats.
  /// - Throws: `MathError` as the buffer version does.
  public static func softmaxCrossEntropy(
    logits: [Float], labels: [Int], rows: Int, columns: Int, gradient: inout [Float]
  ) throws(MathError) -> Float {
    let result = logits.withUnsafeBufferPointer { logits in
      labels.withUnsafeBufferPointer { labels in
        gradient.withUnsafeMutableBufferPointer { gradient in
          Result { () throws(MathError) in
            try softmaxCrossEntropy(
              logits: logits, labels: labels, rows: rows, columns: columns, gradient: gradient)
          }
        }
      }
    }
    return try result.get()
  }

  /// The mean softmax cross-entropy of a batch of Float logits, without the gradient; see the
  /// buffer version for values and special cases.
  /// - Parameter logits: `rows`×`columns` scores, row-major.
  /// - Parameter labels: one class index in `0..<columns` per row.
  /// - Parameter rows: the batch size m (at least 1).
  /// - Parameter columns: the number of classes.
  /// - Returns: the mean loss in nats.
  /// - Throws: `MathError` as the buffer version does.
  public static func softmaxCrossEntropy(
    logits: [Float], labels: [Int], rows: Int, columns: Int
  ) throws(MathError) -> Float {
    let result = logits.withUnsafeBufferPointer { logits in
      labels.withUnsafeBufferPointer { labels in
        Result { () throws(MathError) -> Float in
          try softmaxCrossEntropy(
            logits: logits, labels: labels, rows: rows, columns: columns, gradient: nil)
        }
      }
    }
    return try result.get()
  }

  /// The mean softmax cross-entropy of a batch of Float logits, replacing the logits by the
  /// gradient (Liger-Kernel's in-place backward: no second buffer at all); see the buffer
  /// version for values and special cases. On a thrown error the logits are unchanged.
  /// - Parameter logits: `rows`×`columns` scores on entry, dL/dz on return.
  /// - Parameter labels: one class index in `0..<columns` per row.
  /// - Parameter rows: the batch size m (at least 1).
  /// - Parameter columns: the number of classes.
  /// - Returns: the mean loss in nats.
  /// - Throws: `MathError` as the buffer version does.
  public static func softmaxCrossEntropy(
    inPlace logits: inout [Float], labels: [Int], rows: Int, columns: Int
  ) throws(MathError) -> Float {
    let result = logits.withUnsafeMutableBufferPointer { logits in
      labels.withUnsafeBufferPointer { labels in
        Result { () throws(MathError) -> Float in
          try softmaxCrossEntropy(
            logits: UnsafeBufferPointer(logits), labels: labels, rows: rows, columns: columns,
            gradient: logits)
        }
      }
    }
    return try result.get()
  }
}

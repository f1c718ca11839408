/// Batched softmax and log-softmax for `Float`.
extension BatchKernels {
  /// The softmax of each row of a batch of Float logits, written into a caller buffer: e^(zᵢ − max z) / Σⱼ e^(zⱼ − max z).
  ///
  /// Each row is shifted by its maximum, so finite logits never overflow. `output` may be the
  /// same memory as `logits` (in place) but must not otherwise overlap it. A row with NaN is all NaN; k +∞ logits get 1/k each and the rest 0; a row of −∞ is NaN. Zero rows or
  /// zero columns write nothing. Nothing is written unless every check passes.
  /// - Parameter logits: `rows`×`columns` scores, row-major.
  /// - Parameter rows: the number of rows.
  /// - Parameter columns: the number of classes.
  /// - Parameter output: receives the result, `rows`×`columns`.
  /// - Throws: `MathError.elementCountMismatch` when a buffer's count is not rows × columns,
  ///   `.negativeCount`, `.incompatibleShapes` when `output` partly overlaps `logits`.
  public static func softmax(
    _ logits: UnsafeBufferPointer<Float>, rows: Int, columns: Int,
    into output: UnsafeMutableBufferPointer<Float>
  ) throws(MathError) {
    try checkedSoftmax(logits, rows: rows, columns: columns, into: output, logarithm: false)
  }

  /// The softmax of each row of a batch of Float logits, written into an existing array (no
  /// allocation); see the buffer version for values and special cases.
  /// - Parameter logits: `rows`×`columns` scores, row-major.
  /// - Parameter rows: the number of rows.
  /// - Parameter columns: the number of classes.
  /// - Parameter output: receives the result; must already have `rows * columns` elements.
  /// - Throws: `MathError` as the buffer version does.
  public static func softmax(
    _ logits: [Float], rows: Int, columns: Int, into output: inout [Float]
  ) throws(MathError) {
    let result = logits.withUnsafeBufferPointer { logits in
      output.withUnsafeMutableBufferPointer { output in
        Result { () throws(MathError) in
          try checkedSoftmax(logits, rows: rows, columns: columns, into: output, logarithm: false)
        }
      }
    }
    try result.get()
  }

  /// The logSoftmax of each row of a batch of Float logits, written into a caller buffer: (zᵢ − max z) − log Σⱼ e^(zⱼ − max z).
  ///
  /// Each row is shifted by its maximum, so finite logits never overflow. `output` may be the
  /// same memory as `logits` (in place) but must not otherwise overlap it. A row with NaN is all NaN; k +∞ logits get −log k and the rest −∞; a row of −∞ is NaN. Zero rows or
  /// zero columns write nothing. Nothing is written unless every check passes.
  /// - Parameter logits: `rows`×`columns` scores, row-major.
  /// - Parameter rows: the number of rows.
  /// - Parameter columns: the number of classes.
  /// - Parameter output: receives the result, `rows`×`columns`.
  /// - Throws: `MathError.elementCountMismatch` when a buffer's count is not rows × columns,
  ///   `.negativeCount`, `.incompatibleShapes` when `output` partly overlaps `logits`.
  public static func logSoftmax(
    _ logits: UnsafeBufferPointer<Float>, rows: Int, columns: Int,
    into output: UnsafeMutableBufferPointer<Float>
  ) throws(MathError) {
    try checkedSoftmax(logits, rows: rows, columns: columns, into: output, logarithm: true)
  }

  /// The logSoftmax of each row of a batch of Float logits, written into an existing array (no
  /// allocation); see the buffer version for values and special cases.
  /// - Parameter logits: `rows`×`columns` scores, row-major.
  /// - Parameter rows: the number of rows.
  /// - Parameter columns: the number of classes.
  /// - Parameter output: receives the result; must already have `rows * columns` elements.
  /// - Throws: `MathError` as the buffer version does.
  public static func logSoftmax(
    _ logits: [Float], rows: Int, columns: Int, into output: inout [Float]
  ) throws(MathError) {
    let result = logits.withUnsafeBufferPointer { logits in
      output.withUnsafeMutableBufferPointer { output in
        Result { () throws(MathError) in
          try checkedSoftmax(logits, rows: rows, columns: columns, into: output, logarithm: true)
        }
      }
    }
    try result.get()
  }
}

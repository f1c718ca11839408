/// Fast batched softmax, log-softmax and fused softmax cross-entropy (forward and backward) for
/// `Float` and `Double`, on contiguous row-major buffers the caller owns.
///
/// ```swift
/// var gradient = [Float](repeating: 0, count: logits.count)
/// let loss = try BatchKernels.softmaxCrossEntropy(
///   logits: logits, labels: labels, rows: 64, columns: 10, gradient: &gradient)
/// ```
///
/// The kernels never allocate per call: results go into caller buffers, which may be the
/// input itself (in place, as Liger-Kernel computes the gradient over the logits). Each row is
/// shifted by its maximum before `exp`, so no finite input overflows. Batches of at least
/// 65 536 elements are split by rows across all cores; the result does not depend on how many
/// cores ran it. The kernels report no `FloatingPointWarnings`; the `Vector`/`Matrix` API that
/// calls them does.
///
/// Values in rows with NaN or infinite logits follow the plain API: NaN anywhere in a row makes
/// that row's outputs NaN; +∞ logits share the probability equally; a row of −∞ is NaN.
public enum BatchKernels {}

extension BatchKernels {
  /// Checks that a buffer of `count` elements holds a `rows`×`columns` batch.
  static func checkShape(count: Int, rows: Int, columns: Int) throws(MathError) {
    guard rows >= 0 else { throw .negativeCount(rows) }
    guard columns >= 0 else { throw .negativeCount(columns) }
    let (product, overflow) = rows.multipliedReportingOverflow(by: columns)
    guard !overflow, product == count else {
      throw .elementCountMismatch(count: count, shape: .matrix(rows: rows, columns: columns))
    }
  }

  /// Checks one label per row, each in `0..<columns`.
  static func checkLabels(
    _ labels: UnsafeBufferPointer<Int>, rows: Int, columns: Int
  ) throws(MathError) {
    guard labels.count == rows else {
      throw .labelCountMismatch(labels: labels.count, rows: rows)
    }
    for label in labels where label < 0 || label >= columns {
      throw .labelOutOfRange(label: label, classes: columns)
    }
  }

  /// Checks that `output` is either exactly `input` (in place) or does not overlap it.
  static func checkAliasing<T>(
    _ operation: String, input: UnsafeBufferPointer<T>, output: UnsafeMutableBufferPointer<T>,
    rows: Int, columns: Int
  ) throws(MathError) {
    guard let inputStart = input.baseAddress, let outputStart = output.baseAddress,
      inputStart != UnsafePointer(outputStart)
    else { return }
    let inputEnd = inputStart + input.count
    let outputEnd = UnsafePointer(outputStart) + output.count
    if UnsafePointer(outputStart) < inputEnd && inputStart < outputEnd {
      let shape = Shape.matrix(rows: rows, columns: columns)
      throw .incompatibleShapes(
        operation: operation, shape, shape,
        reason: "the output overlaps the input without being the same buffer")
    }
  }

  /// The mean cross-entropy and, when `gradient` is not nil, its gradient; inputs validated.
  ///
  /// Large gradients (`RowKernels.streams`) are written with non-temporal stores by the
  /// pipelined rows (`RowKernels+Pipeline`), with two scratch rows per chunk on the stack of
  /// the thread that runs it; the values are the same to the last bit either way. `streaming`
  /// overrides that choice (for tests).
  static func uncheckedSoftmaxCrossEntropy<T: KernelScalar>(
    logits: UnsafePointer<T>, labels: UnsafePointer<Int>, rows: Int, columns: Int,
    gradient: UnsafeMutablePointer<T>?, streaming: Bool? = nil
  ) -> Double {
    let gradientScale = 1 / Double(rows)
    let streaming =
      gradient != nil
      && (streaming ?? RowKernels.streams(T.self, rows: rows, columns: columns))
    let total = RowPartition.sum(rows: rows, columns: columns) { range in
      if streaming, let gradient {
        return withUnsafeTemporaryAllocation(of: T.self, capacity: 2 * columns) { scratch in
          let partial = RowKernels.pipelinedCrossEntropyRows(
            logits: logits, labels: labels, columns: columns, rows: range, gradient: gradient,
            gradientScale: gradientScale, scratch: scratch.baseAddress!)
          RowKernels.streamingFence()
          return partial
        }
      }
      var partial = 0.0
      for row in range {
        let offset = row * columns
        partial += RowKernels.crossEntropyRow(
          logits + offset, columns, label: labels[row],
          gradient: gradient.map { $0 + offset }, gradientScale: gradientScale)
      }
      return partial
    }
    return total / Double(rows)
  }

  /// Row-wise softmax (or log-softmax) into `output`; inputs validated.
  ///
  /// Large outputs are written with non-temporal stores (`RowKernels.streams`); softmax then
  /// keeps e^(x − max) in a scratch row per chunk, on the stack. `streaming` overrides that
  /// choice (for tests).
  static func uncheckedSoftmax<T: KernelScalar>(
    _ input: UnsafePointer<T>, rows: Int, columns: Int, into output: UnsafeMutablePointer<T>,
    logarithm: Bool, streaming: Bool? = nil
  ) {
    let streaming = streaming ?? RowKernels.streams(T.self, rows: rows, columns: columns)
    func chunk(_ range: Range<Int>, scratch: UnsafeMutablePointer<T>?) {
      for row in range {
        let offset = row * columns
        if logarithm {
          RowKernels.logSoftmaxRow(
            input + offset, columns, into: output + offset, streaming: streaming)
        } else {
          RowKernels.softmaxRow(input + offset, columns, into: output + offset, scratch: scratch)
        }
      }
    }
    _ = RowPartition.sum(rows: rows, columns: columns) { range in
      guard streaming else {
        chunk(range, scratch: nil)
        return 0
      }
      if logarithm {
        chunk(range, scratch: nil)
      } else {
        withUnsafeTemporaryAllocation(of: T.self, capacity: columns) { scratch in
          chunk(range, scratch: scratch.baseAddress)
        }
      }
      RowKernels.streamingFence()
      return 0
    }
  }

  /// Validates and runs the fused kernel on buffers.
  static func checkedSoftmaxCrossEntropy<T: KernelScalar>(
    logits: UnsafeBufferPointer<T>, labels: UnsafeBufferPointer<Int>, rows: Int, columns: Int,
    gradient: UnsafeMutableBufferPointer<T>?
  ) throws(MathError) -> T {
    try checkShape(count: logits.count, rows: rows, columns: columns)
    if let gradient {
      try checkShape(count: gradient.count, rows: rows, columns: columns)
      try checkAliasing(
        "softmaxCrossEntropy", input: logits, output: gradient, rows: rows, columns: columns)
    }
    try checkLabels(labels, rows: rows, columns: columns)
    guard rows > 0, let logitsStart = logits.baseAddress, let labelsStart = labels.baseAddress
    else { throw .emptyMatrix(operation: "mean cross-entropy") }
    return T(
      uncheckedSoftmaxCrossEntropy(
        logits: logitsStart, labels: labelsStart, rows: rows, columns: columns,
        gradient: gradient?.baseAddress))
  }

  /// Validates and runs softmax or log-softmax on buffers.
  static func checkedSoftmax<T: KernelScalar>(
    _ logits: UnsafeBufferPointer<T>, rows: Int, columns: Int,
    into output: UnsafeMutableBufferPointer<T>, logarithm: Bool
  ) throws(MathError) {
    try checkShape(count: logits.count, rows: rows, columns: columns)
    try checkShape(count: output.count, rows: rows, columns: columns)
    try checkAliasing(
      logarithm ? "logSoftmax" : "softmax", input: logits, output: output, rows: rows,
      columns: columns)
    guard let inputStart = logits.baseAddress, let outputStart = output.baseAddress else {
      return
    }
    uncheckedSoftmax(
      inputStart, rows: rows, columns: columns, into: outputStart, logarithm: logarithm)
  }
}

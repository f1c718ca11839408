import Testing

@testable import LitmusMath

// The streamed paths (non-temporal stores from scratch rows, and the pipelined cross-entropy)
// must give the same values, to the last bit, as the plain three-pass rows, whatever the
// alignment of the buffers, the row length and the rows that need the special cases.

/// Shapes for the streamed paths: rows shorter than eight, odd lengths, lengths around the
/// 128-element sum blocks, and batches split into several chunks (70 × 1003 runs in parallel).
private let streamingShapes: [(rows: Int, columns: Int)] = [
  (1, 1), (3, 1), (2, 3), (5, 7), (4, 8), (3, 9), (17, 17), (9, 127), (6, 129), (5, 263),
  (33, 1003), (70, 1003), (3, 4099),
]

/// Logits for a batch with the special rows of the kernels mixed in: NaN, +∞ (one and two),
/// a row of −∞, −∞ in some lanes, and logits far below the maximum (the full-range `exp`),
/// at the first and last rows and next to each other.
private func batchWithSpecialRows<T: KernelScalar>(
  _: T.Type, rows: Int, columns: Int, seed: UInt64
) -> (logits: [T], labels: [Int]) {
  let (wide, labels) = BatchKernelsTestData.batch(rows: rows, columns: columns, seed: seed)
  var logits = wide.map { T($0) }
  func row(_ r: Int, _ edit: (Int) -> Void) {
    guard r < rows else { return }
    for c in 0..<columns { edit(r * columns + c) }
  }
  row(0) { if $0 % 5 == 2 { logits[$0] = -.infinity } }
  row(1) { if $0 % columns == columns / 2 { logits[$0] = .nan } }
  row(2) { if $0 % 3 == 0 { logits[$0] = -200 } }
  row(3) { if $0 % columns == 0 || $0 % columns == columns - 1 { logits[$0] = .infinity } }
  row(4) { logits[$0] = -.infinity }
  row(5) { if $0 % columns == 1 { logits[$0] = .infinity } }
  row(rows - 1) { if $0 % 4 == 1 { logits[$0] = -1000 } }
  return (logits, labels)
}

/// The loss and gradient of the plain rows and of the streamed rows, with the logits and the
/// gradient `offset` elements past an aligned allocation (or the gradient over the logits).
private func bothPaths<T: KernelScalar>(
  _ logits: [T], labels: [Int], rows: Int, columns: Int, offset: Int, inPlace: Bool
) -> [(loss: Double, gradient: [T])] {
  [false, true].map { streaming in
    let count = logits.count
    let memory = UnsafeMutablePointer<T>.allocate(capacity: 2 * (count + 8))
    defer { memory.deallocate() }
    let input = memory + offset
    input.initialize(from: logits, count: count)
    let output = inPlace ? input : memory + count + 8 + (offset + 1) % 4
    if !inPlace { output.initialize(repeating: 7, count: count) }
    let loss = labels.withUnsafeBufferPointer { labels in
      BatchKernels.uncheckedSoftmaxCrossEntropy(
        logits: UnsafePointer(input), labels: labels.baseAddress!, rows: rows,
        columns: columns, gradient: output, streaming: streaming)
    }
    return (loss, Array(UnsafeBufferPointer(start: output, count: count)))
  }
}

/// Whether two arrays hold the same values to the last bit (NaN equal to NaN).
private func sameBits<T: KernelScalar>(_ a: [T], _ b: [T]) -> Bool {
  a.count == b.count && zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }
}

/// Checks the streamed cross-entropy against the plain rows on every shape, alignment and
/// aliasing, with and without special rows.
private func checkStreamedCrossEntropy<T: KernelScalar>(_ type: T.Type) {
  for (rows, columns) in streamingShapes {
    for special in [false, true] {
      let (logits, labels) =
        special
        ? batchWithSpecialRows(T.self, rows: rows, columns: columns, seed: 3)
        : {
          let (wide, labels) = BatchKernelsTestData.batch(rows: rows, columns: columns)
          return (wide.map { T($0) }, labels)
        }()
      // Every alignment on the small shapes; one unaligned case on the large ones.
      for offset in logits.count < 10_000 ? [0, 1, 2, 3] : [1] {
        for inPlace in [false, true] {
          let results = bothPaths(
            logits, labels: labels, rows: rows, columns: columns, offset: offset,
            inPlace: inPlace)
          let shape = "\(T.self) \(rows)×\(columns) offset \(offset) inPlace \(inPlace)"
          #expect(
            results[0].loss == results[1].loss
              || (results[0].loss.isNaN && results[1].loss.isNaN), "\(shape)")
          #expect(sameBits(results[0].gradient, results[1].gradient), "\(shape)")
        }
      }
    }
  }
}

@Test func floatStreamedCrossEntropyEqualsThePlainRowsBitForBit() {
  checkStreamedCrossEntropy(Float.self)
}

@Test func doubleStreamedCrossEntropyEqualsThePlainRowsBitForBit() {
  checkStreamedCrossEntropy(Double.self)
}

@Test func streamedSpecialRowsKeepTheirValues() {
  // NaN row → NaN loss; the row of −∞ is NaN too; the +∞ rows share the probability.
  let (logits, labels) = batchWithSpecialRows(Float.self, rows: 8, columns: 9, seed: 5)
  let results = bothPaths(logits, labels: labels, rows: 8, columns: 9, offset: 1, inPlace: false)
  let gradient = results[1].gradient
  #expect(results[1].loss.isNaN)
  let nanRows =
    gradient[9..<18].allSatisfy { $0.isNaN } && gradient[36..<45].allSatisfy { $0.isNaN }
  #expect(nanRows)
  let shares = gradient[27..<36].enumerated().filter { $0.offset == 0 || $0.offset == 8 }
  for (offset, value) in shares where offset != labels[3] {
    #expect(value == 0.5 / 8)
  }
  let finiteRows =
    gradient[0..<9].allSatisfy { $0.isFinite } && gradient[18..<27].allSatisfy { $0.isFinite }
  #expect(finiteRows)
}

@Test func floatLargeBatchStreamsByDefaultAndMatchesTheDoubleReference() throws {
  // 300 × 14 000 Floats is 16.8 MB: above the streaming threshold, so the public entry point
  // takes the pipelined path; it is checked against the Double reference as the small shapes
  // are.
  let (rows, columns) = (300, 14_000)
  #expect(RowKernels.streams(Float.self, rows: rows, columns: columns) == RowKernels.canStream)
  let (wide, labels) = BatchKernelsTestData.batch(rows: rows, columns: columns, seed: 11)
  let logits = wide.map { Float($0) }
  let reference = KernelReference.crossEntropy(
    logits.map { Double($0) }, labels: labels, columns: columns)
  var gradient = [Float](repeating: .nan, count: logits.count)
  let loss = try BatchKernels.softmaxCrossEntropy(
    logits: logits, labels: labels, rows: rows, columns: columns, gradient: &gradient)
  #expect(abs(Double(loss) - reference.loss) <= 1e-6 * abs(reference.loss))
  let worst = zip(gradient, reference.gradient).map { abs(Double($0) - $1) }.max() ?? 0
  #expect(worst <= 1e-7 / Double(rows), "gradient off by \(worst)")
  var inPlace = logits
  let inPlaceLoss = try BatchKernels.softmaxCrossEntropy(
    inPlace: &inPlace, labels: labels, rows: rows, columns: columns)
  #expect(inPlaceLoss == loss)
  #expect(inPlace == gradient)
}

/// Checks streamed softmax and log-softmax against the plain rows, as for the cross-entropy.
private func checkStreamedSoftmax<T: KernelScalar>(_ type: T.Type) {
  for (rows, columns) in streamingShapes {
    let (logits, _) = batchWithSpecialRows(T.self, rows: rows, columns: columns, seed: 9)
    for logarithm in [false, true] {
      for offset in logits.count < 10_000 ? [0, 1, 2, 3] : [3] {
        let results = [false, true].map { streaming -> [T] in
          let count = logits.count
          let memory = UnsafeMutablePointer<T>.allocate(capacity: 2 * (count + 8))
          defer { memory.deallocate() }
          let input = memory + offset
          input.initialize(from: logits, count: count)
          let output = memory + count + 8 + (offset + 3) % 4
          BatchKernels.uncheckedSoftmax(
            UnsafePointer(input), rows: rows, columns: columns, into: output,
            logarithm: logarithm, streaming: streaming)
          return Array(UnsafeBufferPointer(start: output, count: count))
        }
        #expect(
          sameBits(results[0], results[1]),
          "\(T.self) \(rows)×\(columns) log \(logarithm) offset \(offset)")
      }
    }
  }
}

@Test func floatStreamedSoftmaxEqualsThePlainRowsBitForBit() {
  checkStreamedSoftmax(Float.self)
}

@Test func doubleStreamedSoftmaxEqualsThePlainRowsBitForBit() {
  checkStreamedSoftmax(Double.self)
}

@Test func nonPositiveExpEqualsVectorExpOnNonPositiveInputsAndNaN() {
  // Single vectors and pairs (the Float pair runs as one SIMD16 on the fast path).
  var floats: [Float] = [0, -0.0, -1e-30, -0.5, -87, -87.5, -103.9, -104, -200, -.infinity, .nan]
  floats += stride(from: Float(0), through: -110, by: -0.0137).map { $0 }
  for start in stride(from: 0, to: floats.count, by: 8) {
    let lanes = (start..<start + 8).map { floats[Swift.min($0, floats.count - 1)] }
    let a = Float.nonPositiveExp(SIMD8(lanes))
    let b = Float.vectorExp(SIMD8(lanes))
    // The pair version, with the same lanes and with lanes in the fast range beside them.
    let (c, d) = Float.nonPositiveExp(SIMD8(lanes), SIMD8(repeating: -1))
    let (e, f) = Float.nonPositiveExp(SIMD8(repeating: -2), SIMD8(lanes))
    #expect(
      d == Float.vectorExp(SIMD8(repeating: -1)) && e == Float.vectorExp(SIMD8(repeating: -2)))
    for lane in 0..<8 {
      for value in [a[lane], c[lane], f[lane]] {
        #expect(value == b[lane] || (value.isNaN && b[lane].isNaN), "\(lanes[lane])")
      }
    }
  }
  var doubles: [Double] = [0, -0.0, -1e-300, -0.5, -708, -708.5, -745, -746, -.infinity, .nan]
  doubles += stride(from: 0.0, through: -760, by: -0.0917).map { $0 }
  for start in stride(from: 0, to: doubles.count, by: 8) {
    let lanes = (start..<start + 8).map { doubles[Swift.min($0, doubles.count - 1)] }
    let a = Double.nonPositiveExp(SIMD8(lanes))
    let b = Double.vectorExp(SIMD8(lanes))
    let (c, _) = Double.nonPositiveExp(SIMD8(lanes), SIMD8(repeating: -1))
    for lane in 0..<8 {
      for value in [a[lane], c[lane]] {
        #expect(value == b[lane] || (value.isNaN && b[lane].isNaN), "\(lanes[lane])")
      }
    }
  }
}

import Foundation
import Testing

@testable import LitmusMath

@Test func doubleSoftmaxMatchesNumpyOnTheThreeRowExample() throws {
  // scipy.special.softmax([[1, 2, 3], [0, 0, 0], [-1, 5, 2.5]], axis=1).
  var output = [Double](repeating: 0, count: 9)
  try BatchKernels.softmax([1, 2, 3, 0, 0, 0, -1, 5, 2.5], rows: 3, columns: 3, into: &output)
  let expected = [
    0.09003057317038046, 0.24472847105479764, 0.6652409557748218, 0.3333333333333333,
    0.3333333333333333, 0.3333333333333333, 0.002285483149180194, 0.9220297094217424,
    0.07568480742907753,
  ]
  for (s, e) in zip(output, expected) { #expect(abs(s - e) <= 2e-16) }
}

@Test func softmaxAndLogSoftmaxMatchTheReferenceOnEveryShape() throws {
  for (rows, columns) in BatchKernelsTestData.shapes {
    let (logits, _) = BatchKernelsTestData.batch(rows: rows, columns: columns, scale: 20)
    let softmax = KernelReference.softmax(logits, columns: columns)
    let logSoftmax = KernelReference.logSoftmax(logits, columns: columns)
    var double = [Double](repeating: .nan, count: logits.count)
    try BatchKernels.softmax(logits, rows: rows, columns: columns, into: &double)
    // The reference sums sequentially: up to ~1e-14 relative over 32 000 terms.
    #expect(zip(double, softmax).allSatisfy { abs($0 - $1) <= 1e-13 * $1 }, "\(rows)×\(columns)")
    try BatchKernels.logSoftmax(logits, rows: rows, columns: columns, into: &double)
    #expect(zip(double, logSoftmax).allSatisfy { abs($0 - $1) <= 1e-13 * Swift.max(abs($1), 1) })
    let narrow = logits.map { Float($0) }
    var float = [Float](repeating: .nan, count: logits.count)
    let narrowSoftmax = KernelReference.softmax(narrow.map { Double($0) }, columns: columns)
    try BatchKernels.softmax(narrow, rows: rows, columns: columns, into: &float)
    #expect(
      zip(float, narrowSoftmax).allSatisfy {
        // In Float, z − max is rounded (relative 6e-8 of up to 40 here), which e^(z − max)
        // turns into up to 2.4e-6 relative; the reference subtracts in Double.
        abs(Double($0) - $1) <= 4e-6 * $1 + 1e-44
      }, "\(rows)×\(columns)")
    let narrowLog = KernelReference.logSoftmax(narrow.map { Double($0) }, columns: columns)
    try BatchKernels.logSoftmax(narrow, rows: rows, columns: columns, into: &float)
    #expect(
      zip(float, narrowLog).allSatisfy { abs(Double($0) - $1) <= 1e-6 * Swift.max(abs($1), 1) })
  }
}

@Test func softmaxRowsSumToOne() throws {
  let (logits, _) = BatchKernelsTestData.batch(rows: 300, columns: 333, scale: 10)
  var output = [Float](repeating: 0, count: logits.count)
  try BatchKernels.softmax(logits.map { Float($0) }, rows: 300, columns: 333, into: &output)
  for row in 0..<300 {
    let total = output[row * 333..<(row + 1) * 333].reduce(0.0) { $0 + Double($1) }
    #expect(abs(total - 1) <= 1e-5)
  }
}

@Test func batchedLogSoftmaxStaysFiniteWhereSoftmaxUnderflows() throws {
  var output = [Double](repeating: 0, count: 3)
  try BatchKernels.logSoftmax([1000, 0, -1000], rows: 1, columns: 3, into: &output)
  #expect(output == [0, -1000, -2000])
  try BatchKernels.softmax([1000, 0, -1000], rows: 1, columns: 3, into: &output)
  #expect(output == [1, 0, 0])
}

@Test func softmaxSpecialRowsFollowThePlainAPI() throws {
  var output = [Float](repeating: 0, count: 12)
  let logits: [Float] = [
    1, .nan, 2, 0, .infinity, 0, .infinity, -.infinity, -.infinity, -.infinity, -.infinity,
    -.infinity,
  ]
  try BatchKernels.softmax(logits, rows: 3, columns: 4, into: &output)
  #expect(output[0..<4].allSatisfy { $0.isNaN })
  #expect(Array(output[4..<8]) == [0.5, 0, 0.5, 0])
  #expect(output[8..<12].allSatisfy { $0.isNaN })
  try BatchKernels.logSoftmax(logits, rows: 3, columns: 4, into: &output)
  #expect(output[0..<4].allSatisfy { $0.isNaN })
  #expect(Array(output[4..<8]) == [-Float(M_LN2), -.infinity, -Float(M_LN2), -.infinity])
  #expect(output[8..<12].allSatisfy { $0.isNaN })
}

@Test func softmaxInPlaceEqualsTheSeparateBuffer() throws {
  let (logits, _) = BatchKernelsTestData.batch(rows: 5, columns: 9)
  var separate = [Double](repeating: 0, count: logits.count)
  try BatchKernels.logSoftmax(logits, rows: 5, columns: 9, into: &separate)
  var storage = logits
  try storage.withUnsafeMutableBufferPointer { buffer in
    try BatchKernels.logSoftmax(
      UnsafeBufferPointer(buffer), rows: 5, columns: 9, into: buffer)
  }
  #expect(storage == separate)
}

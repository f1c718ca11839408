import Testing

@testable import LitmusMath

@Test func floatCrossEntropyOfTheThreeRowExampleMatchesNumpy() throws {
  // scipy.special.logsumexp / softmax on [[1, 2, 3], [0, 0, 0], [-1, 5, 2.5]], labels [2, 0, 1].
  let logits: [Float] = [1, 2, 3, 0, 0, 0, -1, 5, 2.5]
  var gradient = [Float](repeating: 0, count: 9)
  let loss = try BatchKernels.softmaxCrossEntropy(
    logits: logits, labels: [2, 0, 1], rows: 3, columns: 3, gradient: &gradient)
  #expect(abs(Double(loss) - 0.5291320287523408) <= 1e-7)
  let expected = [
    0.03001019105679349, 0.08157615701826589, -0.1115863480750594, -0.22222222222222224,
    0.1111111111111111, 0.1111111111111111, 0.0007618277163933979, -0.025990096859419182,
    0.025228269143025842,
  ]
  for (g, e) in zip(gradient, expected) { #expect(abs(Double(g) - e) <= 1e-7) }
}

@Test func floatLossIsWithinOneMillionthOfADoubleReferenceOnEveryShape() throws {
  for (rows, columns) in BatchKernelsTestData.shapes {
    let (wide, labels) = BatchKernelsTestData.batch(rows: rows, columns: columns)
    let logits = wide.map { Float($0) }
    let reference = KernelReference.crossEntropy(
      logits.map { Double($0) }, labels: labels, columns: columns)
    var gradient = [Float](repeating: .nan, count: logits.count)
    let loss = try BatchKernels.softmaxCrossEntropy(
      logits: logits, labels: labels, rows: rows, columns: columns, gradient: &gradient)
    #expect(
      abs(Double(loss) - reference.loss) <= 1e-6 * abs(reference.loss), "\(rows)×\(columns)")
    let worst = zip(gradient, reference.gradient).map { abs(Double($0) - $1) }.max() ?? 0
    #expect(worst <= 1e-7 / Double(rows), "\(rows)×\(columns): gradient off by \(worst)")
  }
}

@Test func floatLossStaysAccurateWhenThePredictionIsConfident() throws {
  // The loss is tiny (≈ 9e-5): log Σ must be computed so that its relative error stays small.
  let logits: [Float] = [10, 0, 0, -3, 0.5]
  let reference = KernelReference.crossEntropy(
    logits.map { Double($0) }, labels: [0], columns: 5)
  let loss = try BatchKernels.softmaxCrossEntropy(logits: logits, labels: [0], rows: 1, columns: 5)
  #expect(abs(Double(loss) - reference.loss) <= 1e-6 * reference.loss)
}

@Test func floatLargeLogitsDoNotOverflow() throws {
  var gradient = [Float](repeating: 0, count: 4)
  let loss = try BatchKernels.softmaxCrossEntropy(
    logits: [1000, -1000, 3e38, -3e38], labels: [1, 0], rows: 2, columns: 2, gradient: &gradient)
  // Row 1 (label 1): 2000; row 2 (label 0): 0, though x − max is −∞ in Float for the other
  // logit.
  #expect(loss == 1000)
  #expect(gradient == [0.5, -0.5, 0, 0])
}

@Test func floatInPlaceGradientEqualsTheSeparateBufferBitForBit() throws {
  let (wide, labels) = BatchKernelsTestData.batch(rows: 300, columns: 333)
  var logits = wide.map { Float($0) }
  var gradient = [Float](repeating: 0, count: logits.count)
  let loss = try BatchKernels.softmaxCrossEntropy(
    logits: logits, labels: labels, rows: 300, columns: 333, gradient: &gradient)
  let inPlaceLoss = try BatchKernels.softmaxCrossEntropy(
    inPlace: &logits, labels: labels, rows: 300, columns: 333)
  #expect(inPlaceLoss == loss)
  #expect(logits == gradient)
}

@Test func floatLossWithoutGradientEqualsTheLossWithIt() throws {
  let (wide, labels) = BatchKernelsTestData.batch(rows: 64, columns: 10)
  let logits = wide.map { Float($0) }
  var gradient = [Float](repeating: 0, count: logits.count)
  let withGradient = try BatchKernels.softmaxCrossEntropy(
    logits: logits, labels: labels, rows: 64, columns: 10, gradient: &gradient)
  let alone = try BatchKernels.softmaxCrossEntropy(
    logits: logits, labels: labels, rows: 64, columns: 10)
  #expect(alone == withGradient)
}

@Test func floatNaNInARowMakesTheLossAndThatRowsGradientNaN() throws {
  var gradient = [Float](repeating: 0, count: 6)
  let loss = try BatchKernels.softmaxCrossEntropy(
    logits: [0, .nan, 1, 0, 0, 0], labels: [0, 0], rows: 2, columns: 3, gradient: &gradient)
  #expect(loss.isNaN)
  #expect(gradient[0..<3].allSatisfy { $0.isNaN })
  #expect(abs(Double(gradient[3]) - (1.0 / 3 - 1) / 2) <= 1e-7)
}

@Test func floatInfiniteLogitsShareTheProbability() throws {
  // Row 1: two +∞, the label among them → log 2; row 2: label finite → +∞ loss.
  var gradient = [Float](repeating: 0, count: 6)
  let shared = try BatchKernels.softmaxCrossEntropy(
    logits: [.infinity, .infinity, 0] as [Float], labels: [0], rows: 1, columns: 3)
  #expect(abs(Double(shared) - 0.6931471805599453) <= 1e-7)
  let loss = try BatchKernels.softmaxCrossEntropy(
    logits: [.infinity, .infinity, 0, .infinity, 1, 2], labels: [0, 2], rows: 2, columns: 3,
    gradient: &gradient)
  #expect(loss == .infinity)
  #expect(gradient == [-0.25, 0.25, 0, 0.5, 0, -0.5])
}

@Test func floatRowOfNegativeInfinityIsNaN() throws {
  var gradient = [Float](repeating: 0, count: 2)
  let loss = try BatchKernels.softmaxCrossEntropy(
    logits: [-.infinity, -.infinity], labels: [1], rows: 1, columns: 2, gradient: &gradient)
  #expect(loss.isNaN)
  #expect(gradient.allSatisfy { $0.isNaN })
}

@Test func floatNegativeInfinityAtTheLabelGivesAnInfiniteLoss() throws {
  let loss = try BatchKernels.softmaxCrossEntropy(
    logits: [-.infinity, 0, 1] as [Float], labels: [0], rows: 1, columns: 3)
  #expect(loss == .infinity)
}

@Test func floatBuffersMayBeTheSameMemory() throws {
  var storage: [Float] = [1, 2, 3, 0, 0, 0, -1, 5, 2.5]
  let labels = [2, 0, 1]
  let loss = try storage.withUnsafeMutableBufferPointer { buffer in
    try labels.withUnsafeBufferPointer { labels in
      try BatchKernels.softmaxCrossEntropy(
        logits: UnsafeBufferPointer(buffer), labels: labels, rows: 3, columns: 3,
        gradient: buffer)
    }
  }
  #expect(abs(Double(loss) - 0.5291320287523408) <= 1e-7)
  #expect(abs(Double(storage[3]) + 0.22222222222222224) <= 1e-7)
}

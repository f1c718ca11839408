import Testing

@testable import LitmusMath

@Test func doubleCrossEntropyOfTheThreeRowExampleMatchesNumpy() throws {
  // scipy.special.logsumexp / softmax on [[1, 2, 3], [0, 0, 0], [-1, 5, 2.5]], labels [2, 0, 1].
  let logits: [Double] = [1, 2, 3, 0, 0, 0, -1, 5, 2.5]
  var gradient = [Double](repeating: 0, count: 9)
  let loss = try BatchKernels.softmaxCrossEntropy(
    logits: logits, labels: [2, 0, 1], rows: 3, columns: 3, gradient: &gradient)
  #expect(abs(loss - 0.5291320287523408) <= 1e-15)
  let expected = [
    0.03001019105679349, 0.08157615701826589, -0.1115863480750594, -0.22222222222222224,
    0.1111111111111111, 0.1111111111111111, 0.0007618277163933979, -0.025990096859419182,
    0.025228269143025842,
  ]
  for (g, e) in zip(gradient, expected) { #expect(abs(g - e) <= 1e-16) }
}

@Test func doubleLossAndGradientMatchTheReferenceOnEveryShape() throws {
  for (rows, columns) in BatchKernelsTestData.shapes {
    let (logits, labels) = BatchKernelsTestData.batch(rows: rows, columns: columns, scale: 30)
    let reference = KernelReference.crossEntropy(logits, labels: labels, columns: columns)
    var gradient = [Double](repeating: .nan, count: logits.count)
    let loss = try BatchKernels.softmaxCrossEntropy(
      logits: logits, labels: labels, rows: rows, columns: columns, gradient: &gradient)
    #expect(abs(loss - reference.loss) <= 1e-13 * abs(reference.loss), "\(rows)×\(columns)")
    let worst = zip(gradient, reference.gradient).map { abs($0 - $1) }.max() ?? 0
    #expect(worst <= 1e-15 / Double(rows), "\(rows)×\(columns): gradient off by \(worst)")
  }
}

@Test func doubleLossIsTheSameToTheLastBitOnEveryRun() throws {
  // 300×333 is split across cores; chunk sums are added in row order whatever ran them.
  let (logits, labels) = BatchKernelsTestData.batch(rows: 300, columns: 333)
  let losses = try (0..<5).map { _ in
    try BatchKernels.softmaxCrossEntropy(logits: logits, labels: labels, rows: 300, columns: 333)
  }
  #expect(Set(losses).count == 1)
}

@Test func doubleLargeLogitsDoNotOverflow() throws {
  var gradient = [Double](repeating: 0, count: 4)
  let loss = try BatchKernels.softmaxCrossEntropy(
    logits: [1000, -1000, 1e308, -1e308], labels: [1, 1], rows: 2, columns: 2,
    gradient: &gradient)
  // Row 1: 2000; row 2: 2e308 overflows Double, exactly as the true loss does.
  #expect(loss == .infinity)
  #expect(gradient == [0.5, -0.5, 0.5, -0.5])
}

@Test func doubleInPlaceGradientEqualsTheSeparateBufferBitForBit() throws {
  var (logits, labels) = BatchKernelsTestData.batch(rows: 64, columns: 10)
  var gradient = [Double](repeating: 0, count: logits.count)
  let loss = try BatchKernels.softmaxCrossEntropy(
    logits: logits, labels: labels, rows: 64, columns: 10, gradient: &gradient)
  let inPlaceLoss = try BatchKernels.softmaxCrossEntropy(
    inPlace: &logits, labels: labels, rows: 64, columns: 10)
  #expect(inPlaceLoss == loss)
  #expect(logits == gradient)
}

@Test func doubleSpecialRowsFollowThePlainAPI() throws {
  // NaN row, two +∞ with the label among them, all −∞.
  var gradient = [Double](repeating: 0, count: 9)
  let loss = try BatchKernels.softmaxCrossEntropy(
    logits: [0, .nan, 1, .infinity, .infinity, 0, -.infinity, -.infinity, -.infinity],
    labels: [0, 1, 2], rows: 3, columns: 3, gradient: &gradient)
  #expect(loss.isNaN)
  #expect(gradient[0..<3].allSatisfy { $0.isNaN })
  #expect(Array(gradient[3..<6]) == [1.0 / 6, 1.0 / 6 - 1.0 / 3, 0])
  #expect(gradient[6..<9].allSatisfy { $0.isNaN })
  let shared = try BatchKernels.softmaxCrossEntropy(
    logits: [.infinity, 0, .infinity, .infinity] as [Double], labels: [3], rows: 1, columns: 4)
  #expect(abs(shared - 1.0986122886681098) <= 1e-15)  // log 3
}

import LitmusMath
import Testing

/// The seed example (/work/shared/seeds/001): softmax output, class index 2, input x.
private let seedProbabilities: Vector = [
  0.19091352, 0.20353145, 0.21698333, 0.23132428, 0.15724743,
]
private let seedInput: Vector = [0.1, 0.5, 0.4]

@Test func crossEntropyGradientAtTheSeedClassIsMinusOneOverItsProbability() {
  let gradient = crossEntropyGradient(seedProbabilities, oneHot(2, count: 5))
  // −1 / 0.21698333 = −4.608649…, by hand.
  #expect(close(gradient[2], -4.608649, relative: 0, absolute: 1e-6))
  #expect(gradient[2] == -1 / 0.21698333)
  for index in [0, 1, 3, 4] {
    #expect(gradient[index] == 0)
    #expect(gradient[index].sign == .minus)  // numpy prints these as -0.
  }
}

@Test func linearWeightGradientIsTheOuterProductOfInputAndOutputGradient() {
  let g = seedProbabilities - oneHot(2, count: 5)
  let gradient = linearWeightGradient(input: seedInput, outputGradient: g)
  #expect(gradient.rows == 3)
  #expect(gradient.columns == 5)
  // Row-vector convention z = x W: dL/dW[i, j] = x[i] * (s − y)[j].
  #expect(close(gradient[1, 2], 0.5 * (0.21698333 - 1)))
  #expect(close(gradient[2, 4], 0.4 * 0.15724743))
}

@Test func linearWeightGradientHoldsTheSeedsFifteenNumbersInTheSeedsFlatOrder() {
  // The seed prints its 15 weight gradients as a 3×5 table, but fills it by reshaping the
  // flat 5×3 product (s − y) xᵀ (index i*3 + j = (s − y)[i] * x[j]) into W's shape. The
  // same 15 numbers in our convention are outer(x, s − y); its transpose, read row-major,
  // is the seed's table read row-major.
  let seedTable: Matrix = [
    [0.01909135, 0.09545676, 0.07636541, 0.02035314, 0.10176572],
    [0.08141258, -0.07830167, -0.39150833, -0.31320667, 0.02313243],
    [0.11566214, 0.09252971, 0.01572474, 0.07862371, 0.06289897],
  ]
  let g = seedProbabilities - oneHot(2, count: 5)
  let gradient = linearWeightGradient(input: seedInput, outputGradient: g)
  let seedOrder = Matrix(rows: 3, columns: 5, elements: gradient.transposed().elements)
  #expect(close(seedOrder, seedTable, relative: 0, absolute: 1e-8))
}

@Test(arguments: Reference.cases("softmaxJacobian"))
func softmaxJacobianMatchesNumpy(_ reference: Reference.Case) {
  #expect(close(softmaxJacobian(reference.vector("s")), reference.matrix("output")))
}

@Test(arguments: Reference.cases("crossEntropyGradient"))
func crossEntropyGradientMatchesNumpy(_ reference: Reference.Case) {
  #expect(
    close(
      crossEntropyGradient(reference.vector("p"), reference.vector("y")), reference.vector("output")
    ))
}

@Test(arguments: Reference.cases("softmaxCrossEntropyGradient"))
func softmaxCrossEntropyGradientMatchesNumpy(_ reference: Reference.Case) {
  let gradient = softmaxCrossEntropyGradient(
    logits: reference.vector("logits"), label: reference.int("label"))
  #expect(close(gradient, reference.vector("output"), relative: 1e-12, absolute: 1e-15))
}

@Test(arguments: Reference.cases("softmaxCrossEntropyGradientBatch"))
func batchSoftmaxCrossEntropyGradientMatchesNumpy(_ reference: Reference.Case) {
  let gradient = softmaxCrossEntropyGradient(
    logits: reference.matrix("logits"), labels: reference.ints("labels"))
  #expect(close(gradient, reference.matrix("output"), relative: 1e-12, absolute: 1e-15))
}

@Test(arguments: Reference.cases("linearWeightGradient"))
func linearWeightGradientMatchesNumpysOuter(_ reference: Reference.Case) {
  let gradient = linearWeightGradient(
    input: reference.vector("input"), outputGradient: reference.vector("outputGradient"))
  #expect(close(gradient, reference.matrix("output")))
}

@Test(arguments: Reference.cases("linearWeightGradientBatch"))
func batchLinearWeightGradientMatchesNumpysTransposeProduct(_ reference: Reference.Case) {
  let gradient = linearWeightGradient(
    input: reference.matrix("input"), outputGradient: reference.matrix("outputGradient"))
  #expect(close(gradient, reference.matrix("output")))
}

@Test func jacobianTransposeTimesCrossEntropyGradientIsSoftmaxMinusTarget() {
  var random = SeededGenerator(seed: 5)
  for _ in 0..<50 {
    let count = 2 + random.label(8)
    let z = random.vector(count, scale: 4)
    let label = random.label(count)
    let s = softmax(z)
    let y = oneHot(label, count: count)
    let chained = matmul(softmaxJacobian(s).transposed(), crossEntropyGradient(s, y))
    #expect(relativeError(chained, s - y) < 1e-7)
  }
}

@Test func softmaxJacobianRowsSumToZero() {
  var random = SeededGenerator(seed: 6)
  for _ in 0..<20 {
    let j = softmaxJacobian(random.distribution(6))
    #expect(j.rowSums().allSatisfy { abs($0) < 1e-15 })
    #expect(j == j.transposed())
  }
}

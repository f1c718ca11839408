import LitmusMath
import Testing

@Test(arguments: Reference.cases("crossEntropyProbabilities"))
func crossEntropyOfProbabilitiesMatchesNumpy(_ reference: Reference.Case) {
  #expect(
    close(crossEntropy(reference.vector("p"), reference.vector("y")), reference.double("output")))
}

@Test(arguments: Reference.cases("crossEntropyLabel"))
func crossEntropyOfALabelMatchesNumpy(_ reference: Reference.Case) {
  let loss = crossEntropy(reference.vector("p"), label: reference.int("label"))
  #expect(close(loss, reference.double("output")))
}

@Test(arguments: Reference.cases("crossEntropyLogits"))
func fusedCrossEntropyMatchesScipysLogSumExp(_ reference: Reference.Case) {
  let loss = crossEntropy(logits: reference.vector("logits"), label: reference.int("label"))
  #expect(close(loss, reference.double("output"), relative: 1e-12, absolute: 0))
}

@Test(arguments: Reference.cases("crossEntropyLogitsBatch"))
func batchCrossEntropyIsTheMeanOverRows(_ reference: Reference.Case) {
  let loss = crossEntropy(logits: reference.matrix("logits"), labels: reference.ints("labels"))
  #expect(close(loss, reference.double("output"), relative: 1e-12, absolute: 1e-12))
}

@Test(arguments: Reference.cases("crossEntropyMatrix"))
func crossEntropyOfProbabilityMatricesIsTheMeanOverRows(_ reference: Reference.Case) {
  #expect(
    close(crossEntropy(reference.matrix("p"), reference.matrix("y")), reference.double("output")))
}

@Test func seedCrossEntropyAtTheThirdClassIsMinusLogOfItsProbability() {
  let s: Vector = [0.19091352, 0.20353145, 0.21698333, 0.23132428, 0.15724743]
  // −log(0.21698333) = 1.5279347…, by hand from the seed's probabilities.
  #expect(close(crossEntropy(s, oneHot(2, count: 5)), 1.5279347, relative: 0, absolute: 1e-7))
  #expect(crossEntropy(s, label: 2) == crossEntropy(s, oneHot(2, count: 5)))
}

@Test func fusedCrossEntropyIsFiniteWhereTheProbabilityUnderflows() {
  let z: Vector = [-10, -1, 1000]
  #expect(crossEntropy(softmax(z), label: 0) == .infinity)
  #expect(crossEntropy(logits: z, label: 0) == 1010)
}

@Test func crossEntropyIgnoresZeroTargetsEvenWhereTheProbabilityIsZero() {
  #expect(crossEntropy([0.5, 0.5, 0], [1, 0, 0]) == -log(Vector([0.5]))[0])
}

@Test func crossEntropyOfAZeroProbabilityForTheTargetIsInfinite() {
  #expect(crossEntropy([0.5, 0.5, 0], [0, 0, 1]) == .infinity)
}

@Test func crossEntropyPropagatesNaN() {
  #expect(crossEntropy([.nan, 0.5], [1, 0]).isNaN)
  #expect(crossEntropy(logits: [.nan, 0.5], label: 1).isNaN)
}

@Test func fusedCrossEntropyEqualsCrossEntropyOfSoftmaxOnRandomInputs() {
  var random = SeededGenerator(seed: 4)
  for _ in 0..<50 {
    let z = random.vector(6, scale: 5)
    let label = random.label(6)
    #expect(
      close(
        crossEntropy(logits: z, label: label), crossEntropy(softmax(z), label: label),
        relative: 1e-10))
  }
}

@Test func fusedCrossEntropyKeepsItsDigitsForAConfidentCorrectClass() {
  // logSumExp([1000, 960]) − 1000 = log(1 + e⁻⁴⁰) ≈ e⁻⁴⁰, which 1000 + 4e-18 would round away.
  let tiny = exp(Vector([-40]))[0]
  #expect(close(crossEntropy(logits: [1000, 960], label: 0), tiny, relative: 1e-15, absolute: 0))
  #expect(
    crossEntropy(logits: [1000, 960], label: 1) == 40 + crossEntropy(logits: [1000, 960], label: 0))
}

@Test func fusedCrossEntropyWithInfiniteLogits() {
  #expect(crossEntropy(logits: [.infinity, 0], label: 1) == .infinity)
  #expect(crossEntropy(logits: [.infinity, 0], label: 0) == 0)
  #expect(close(crossEntropy(logits: [.infinity, .infinity], label: 0), 0.6931471805599453))
  #expect(crossEntropy(logits: [-.infinity, -.infinity], label: 0).isNaN)
}

import LitmusMath
import Testing

@Test func numericalGradientOfAQuadraticIsExact() {
  // f(v) = Σ vᵢ² has gradient 2v; central differences are exact for quadratics up to rounding.
  let v: Vector = [1, -2, 0.5]
  let gradient = numericalGradient(at: v) { z in dot(z, z) }
  #expect(close(gradient, [2, -4, 1], relative: 1e-9, absolute: 1e-9))
}

@Test func numericalGradientOfAMatrixFunctionHasTheMatrixShape() {
  let m: Matrix = [[1, 2, 3], [4, 5, 6]]
  let gradient = numericalGradient(at: m) { w in (w * w).sum() / 2 }
  #expect(close(gradient, m, relative: 1e-9, absolute: 1e-9))
}

@Test func numericalGradientHonoursTheStep() {
  // For f(x) = x³ the central difference is 3x² + h², so the step is visible.
  let gradient = numericalGradient(at: [1], step: 0.1) { z in z[0] * z[0] * z[0] }
  #expect(close(gradient[0], 3.01, relative: 1e-12))
}

@Test func fusedCrossEntropyGradientMatchesNumericalGradientOnRandomInputs() {
  var random = SeededGenerator(seed: 7)
  for _ in 0..<30 {
    let count = 2 + random.label(7)
    let z = random.vector(count, scale: 3)
    let label = random.label(count)
    let analytic = softmaxCrossEntropyGradient(logits: z, label: label)
    let numeric = numericalGradient(at: z) { z in crossEntropy(logits: z, label: label) }
    #expect(relativeError(analytic, numeric) < 1e-7)
  }
}

@Test func crossEntropyGradientMatchesNumericalGradientOnRandomInputs() {
  var random = SeededGenerator(seed: 8)
  for _ in 0..<30 {
    let p = random.distribution(5)
    let y = random.distribution(5)
    let analytic = crossEntropyGradient(p, y)
    let numeric = numericalGradient(at: p) { p in crossEntropy(p, y) }
    #expect(relativeError(analytic, numeric) < 1e-7)
  }
}

@Test func softmaxJacobianMatchesNumericalGradientOfEachOutput() {
  var random = SeededGenerator(seed: 9)
  for _ in 0..<10 {
    let z = random.vector(5, scale: 2)
    let jacobian = softmaxJacobian(softmax(z))
    for i in 0..<5 {
      let numeric = numericalGradient(at: z) { z in softmax(z)[i] }
      #expect(relativeError(jacobian.row(i), numeric) < 1e-7)
    }
  }
}

@Test func batchSoftmaxCrossEntropyGradientMatchesNumericalGradient() {
  var random = SeededGenerator(seed: 10)
  for _ in 0..<10 {
    let z = random.matrix(4, 3, scale: 3)
    let labels = (0..<4).map { _ in random.label(3) }
    let analytic = softmaxCrossEntropyGradient(logits: z, labels: labels)
    let numeric = numericalGradient(at: z) { z in crossEntropy(logits: z, labels: labels) }
    #expect(relativeError(analytic, numeric) < 1e-7)
  }
}

@Test func linearWeightGradientMatchesNumericalGradientOfALinearSoftmaxLayer() {
  var random = SeededGenerator(seed: 11)
  for _ in 0..<10 {
    let x = random.vector(3)
    let w = random.matrix(3, 5)
    let label = random.label(5)
    // z = x W, written as matmul(Wᵀ, x) for a vector x.
    let loss = { (w: Matrix) in crossEntropy(logits: matmul(w.transposed(), x), label: label) }
    let g = softmaxCrossEntropyGradient(logits: matmul(w.transposed(), x), label: label)
    let analytic = linearWeightGradient(input: x, outputGradient: g)
    #expect(relativeError(analytic, numericalGradient(at: w, of: loss)) < 1e-7)
  }
}

@Test func batchLinearWeightGradientMatchesNumericalGradient() {
  var random = SeededGenerator(seed: 12)
  for _ in 0..<10 {
    let x = random.matrix(6, 3)
    let w = random.matrix(3, 4)
    let labels = (0..<6).map { _ in random.label(4) }
    let g = softmaxCrossEntropyGradient(logits: matmul(x, w), labels: labels)
    let analytic = linearWeightGradient(input: x, outputGradient: g)
    let numeric = numericalGradient(at: w) { w in crossEntropy(logits: matmul(x, w), labels: labels)
    }
    #expect(relativeError(analytic, numeric) < 1e-7)
  }
}

@Test func relativeErrorFollowsCS231n() {
  // |1 − 1.1| / (1 + 1.1) = 0.047619…, by hand; the maximum over elements is taken.
  #expect(close(relativeError([1, 5], [1.1, 5]), 0.1 / 2.1))
  #expect(close(relativeError(1, 1.1), 0.1 / 2.1))
  #expect(relativeError(0, 0) == 0)
  // Tiny values are compared against the 1e-8 floor, not against each other.
  #expect(close(relativeError(1e-12, 0), 1e-4))
}

@Test func relativeErrorOfMatricesIsTheWorstElement() {
  let a: Matrix = [[1, 2], [3, 4]]
  let b: Matrix = [[1, 2], [3, 5]]
  #expect(close(relativeError(a, b), 1 / 9))
}

@Test func relativeErrorWithNaNIsNaN() {
  #expect(relativeError([1, .nan], [1, 2]).isNaN)
  #expect(relativeError(Vector([]), Vector([])) == 0)
}

@Test func relativeErrorOfHugeOppositeValuesIsOne() {
  // |a − b| / (|a| + |b|) = 2e308 / 2e308 = 1, though neither 2e308 is representable.
  #expect(relativeError(1e308, -1e308) == 1)
  #expect(relativeError(1.5e308, 1.5e308) == 0)
}

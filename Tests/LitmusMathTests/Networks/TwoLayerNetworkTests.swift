import LitmusMath
import Testing

private func network(_ reference: Reference.Case) -> TwoLayerNetwork {
  TwoLayerNetwork(
    w1: reference.matrix("w1"), b1: reference.vector("b1"),
    w2: reference.matrix("w2"), b2: reference.vector("b2"))
}

@Test(arguments: Reference.cases("twoLayerNetwork"))
func twoLayerScoresLossAndGradientsMatchNumpy(_ reference: Reference.Case) {
  let net = network(reference)
  let x = reference.matrix("x")
  let labels = reference.ints("labels")
  #expect(close(net.scores(x), reference.matrix("scores"), relative: 1e-12, absolute: 1e-14))
  #expect(close(net.loss(x, labels: labels), reference.double("loss")))
  let gradients = net.gradients(x, labels: labels)
  let expected = reference.nested("gradients")
  #expect(close(gradients.w1, expected.matrix("w1"), relative: 1e-10, absolute: 1e-14))
  #expect(close(gradients.b1, expected.vector("b1"), relative: 1e-10, absolute: 1e-14))
  #expect(close(gradients.w2, expected.matrix("w2"), relative: 1e-10, absolute: 1e-14))
  #expect(close(gradients.b2, expected.vector("b2"), relative: 1e-10, absolute: 1e-14))
}

@Test func twoLayerGradientsMatchNumericalGradientsOnRandomNetworks() {
  var random = SeededGenerator(seed: 13)
  for _ in 0..<5 {
    let (n, d, h, c) = (4, 3, 6, 5)
    let net = TwoLayerNetwork(
      w1: random.matrix(d, h), b1: random.vector(h, scale: 0.1),
      w2: random.matrix(h, c), b2: random.vector(c, scale: 0.1))
    let x = random.matrix(n, d, scale: 2)
    let y = (0..<n).map { _ in random.label(c) }
    let analytic = net.gradients(x, labels: y)
    let w1 = numericalGradient(at: net.w1) { w in net.with(w1: w).loss(x, labels: y) }
    let b1 = numericalGradient(at: net.b1) { b in net.with(b1: b).loss(x, labels: y) }
    let w2 = numericalGradient(at: net.w2) { w in net.with(w2: w).loss(x, labels: y) }
    let b2 = numericalGradient(at: net.b2) { b in net.with(b2: b).loss(x, labels: y) }
    #expect(relativeError(analytic.w1, w1) < 1e-7)
    #expect(relativeError(analytic.b1, b1) < 1e-7)
    #expect(relativeError(analytic.w2, w2) < 1e-7)
    #expect(relativeError(analytic.b2, b2) < 1e-7)
  }
}

@Test func withReplacesOnlyTheGivenParameters() {
  let net = TwoLayerNetwork(w1: [[1, 2]], b1: [0, 0], w2: [[1], [1]], b2: [0])
  let changed = net.with(b2: [5])
  #expect(changed.b2 == [5])
  #expect(changed.w1 == net.w1)
  #expect(changed.w2 == net.w2)
}

@Test func scoresApplyReluBetweenTheLayers() {
  // x W1 + b1 = [1·1 − 2, 1·(−1) + 0] = [−1, −1] → relu → [0, 0] → scores = b2.
  let net = TwoLayerNetwork(w1: [[1, -1]], b1: [-2, 0], w2: [[3], [4]], b2: [0.5])
  #expect(net.scores([[1]]) == [[0.5]])
  // x = 3: pre-activation [1, −3] → [1, 0] → 1·3 + 0.5.
  #expect(net.scores([[3]]) == [[3.5]])
}

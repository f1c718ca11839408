import LitmusMath
import Testing

/// Random awkward inputs: small shapes (including empty), labels just outside the range, and
/// values including NaN, ±∞, ±0, huge and tiny numbers.
private struct AwkwardInputs {
  var random: SeededGenerator

  mutating func number() -> Double {
    let specials: [Double] = [
      .nan, .infinity, -.infinity, 0, -0.0, 1e308, -1e308, 1e-320, 710, -745, 1, -1,
    ]
    return Bool.random(using: &random)
      ? specials[Int.random(in: 0..<specials.count, using: &random)] : random.uniform(10)
  }

  mutating func count() -> Int { Int.random(in: 0...4, using: &random) }

  mutating func label() -> Int { Int.random(in: -1...5, using: &random) }

  mutating func vector(_ count: Int? = nil) -> Vector {
    let n = count ?? self.count()
    return Vector((0..<n).map { _ in number() })
  }

  mutating func matrix(_ rows: Int? = nil, _ columns: Int? = nil) -> Matrix {
    let r = rows ?? count()
    let c = columns ?? count()
    return Matrix(rows: r, columns: c, elements: (0..<r * c).map { _ in number() })
  }
}

/// Runs `body`, accepting a value or a `MathError`; anything else fails the test.
private func survives<T>(_ body: () throws -> T) {
  do {
    _ = try body()
  } catch is MathError {
  } catch {
    Issue.record("unexpected error \(error)")
  }
}

@Test func checkedFunctionsNeverTrapOnAwkwardInputs() {
  var inputs = AwkwardInputs(random: SeededGenerator(seed: 99))
  for _ in 0..<400 {
    let (a, b) = (inputs.vector(), inputs.vector())
    let (m, n) = (inputs.matrix(), inputs.matrix())
    let (label, labels) = (inputs.label(), (0..<inputs.count()).map { _ in inputs.label() })
    let x = inputs.number()
    _ = FloatingPointWarnings.recording {
      survives { try Checked.add(a, b) }
      survives { try Checked.divide(m, n) }
      survives { try Checked.subtract(m, a) }
      survives { try Checked.multiply(x, m) }
      survives { try Checked.element(a, at: label) }
      survives { try Checked.element(m, row: label, column: label) }
      survives { try Checked.row(m, label) }
      survives { try Checked.column(m, label) }
      survives { try Checked.max(a) }
      survives { try Checked.argmin(a) }
      survives { try Checked.mean(m) }
      survives { try Checked.dot(a, b) }
      survives { try Checked.outer(a, b) }
      survives { try Checked.matmul(m, n) }
      survives { try Checked.matmul(m, a) }
      survives { try Checked.oneHot(label, count: inputs.count()) }
      survives { try Checked.oneHot(labels, count: inputs.count()) }
      survives { try Checked.crossEntropy(a, b) }
      survives { try Checked.crossEntropy(a, label: label) }
      survives { try Checked.crossEntropy(logits: a, label: label) }
      survives { try Checked.crossEntropy(logits: m, labels: labels) }
      survives { try Checked.crossEntropy(m, n) }
      survives { try Checked.softmaxJacobian(a) }
      survives { try Checked.crossEntropyGradient(a, b) }
      survives { try Checked.softmaxCrossEntropyGradient(logits: a, label: label) }
      survives { try Checked.softmaxCrossEntropyGradient(logits: m, labels: labels) }
      survives { try Checked.linearWeightGradient(input: a, outputGradient: b) }
      survives { try Checked.linearWeightGradient(input: m, outputGradient: n) }
      survives { try Checked.relativeError(a, b) }
      survives { try Checked.relativeError(m, n) }
      survives { try Checked.closedRange(x, inputs.number()) }
      survives { try Checked.numericalGradient(at: a, step: x) { $0.sum() } }
      survives { try Checked.twoLayerNetwork(w1: m, b1: a, w2: n, b2: b) }
      survives { try Checked.matrix(rows: [a.elements, b.elements]) }
      _ = (softmax(m), logSoftmax(a), logSumExp(m), naiveSoftmax(a), relu(m), log(a), exp(m))
    }
  }
}

@Test func twoLayerNetworkNeverTrapsOnAwkwardInputs() {
  var inputs = AwkwardInputs(random: SeededGenerator(seed: 100))
  for _ in 0..<200 {
    let (d, h, c) = (inputs.count(), inputs.count(), inputs.count())
    guard
      let net = try? Checked.twoLayerNetwork(
        w1: inputs.matrix(d, h), b1: inputs.vector(h), w2: inputs.matrix(h, c),
        b2: inputs.vector(c))
    else { continue }
    let x = inputs.matrix(nil, Bool.random(using: &inputs.random) ? d : nil)
    let labels = (0..<x.rows).map { _ in inputs.label() }
    survives { try Checked.scores(net, x) }
    survives { try Checked.loss(net, x, labels: labels) }
    survives { try Checked.gradients(net, x, labels: labels) }
    survives { try Checked.with(net, w1: inputs.matrix()) }
  }
}

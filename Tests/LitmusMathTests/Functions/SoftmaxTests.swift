import LitmusMath
import Testing

/// e and ln 2 to double precision (from the C library's M_E and M_LN2).
private let eulersNumber = 2.718281828459045
private let naturalLogOfTwo = 0.6931471805599453

@Test func softmaxOfTheSeedCountsMatchesTheNotes() {
  // exp(3) / (2 exp(3) + exp(4)) = 1 / (2 + e) = 0.2119415576…, by hand.
  let s = softmax([3, 3, 4])
  let expected: Vector = [
    1 / (2 + eulersNumber), 1 / (2 + eulersNumber), eulersNumber / (2 + eulersNumber),
  ]
  #expect(close(s, expected))
  #expect(close(s, [0.2119415576, 0.2119415576, 0.5761168847], relative: 0, absolute: 1e-10))
}

@Test func stableSoftmaxOfLargeLogitsIsZeroZeroOne() {
  #expect(softmax([-10, -1, 1000]) == [0, 0, 1])
}

@Test func naiveSoftmaxOfLargeLogitsIsNaNWhereItOverflows() {
  let s = naiveSoftmax([-10, -1, 1000])
  #expect(s[0] == 0)
  #expect(s[1] == 0)
  #expect(s[2].isNaN)
}

@Test(arguments: Reference.cases("softmax"))
func softmaxMatchesScipy(_ reference: Reference.Case) {
  #expect(close(softmax(reference.vector("input")), reference.vector("output")))
}

@Test(arguments: Reference.cases("naiveSoftmax"))
func naiveSoftmaxMatchesNumpysTextbookFormula(_ reference: Reference.Case) {
  #expect(close(naiveSoftmax(reference.vector("input")), reference.vector("output")))
}

@Test(arguments: Reference.cases("logSumExp"))
func logSumExpMatchesScipy(_ reference: Reference.Case) {
  #expect(close(logSumExp(reference.vector("input")), reference.double("output"), absolute: 0))
}

@Test(arguments: Reference.cases("logSoftmax"))
func logSoftmaxMatchesScipy(_ reference: Reference.Case) {
  #expect(close(logSoftmax(reference.vector("input")), reference.vector("output"), absolute: 0))
}

@Test(arguments: Reference.cases("softmaxMatrix"))
func softmaxOfAMatrixIsRowWiseAndMatchesScipy(_ reference: Reference.Case) {
  #expect(close(softmax(reference.matrix("input")), reference.matrix("output")))
}

@Test(arguments: Reference.cases("logSumExpMatrix"))
func logSumExpOfAMatrixIsPerRowAndMatchesScipy(_ reference: Reference.Case) {
  #expect(close(logSumExp(reference.matrix("input")), reference.vector("output")))
}

@Test(arguments: Reference.cases("logSoftmaxMatrix"))
func logSoftmaxOfAMatrixIsRowWiseAndMatchesScipy(_ reference: Reference.Case) {
  #expect(close(logSoftmax(reference.matrix("input")), reference.matrix("output")))
}

@Test func naiveSoftmaxOfAMatrixIsRowWise() {
  let m: Matrix = [[3, 3, 4], [-10, -1, 1000]]
  let s = naiveSoftmax(m)
  #expect(close(s.row(0), softmax([3, 3, 4])))
  #expect(s[1, 2].isNaN)
}

@Test func softmaxSumsToOneOnRandomInputs() {
  var random = SeededGenerator(seed: 1)
  for count in 1...40 {
    let s = softmax(random.vector(count, scale: 50))
    #expect(abs(s.sum() - 1) < 1e-12)
    #expect(s.allSatisfy { $0 >= 0 && $0 <= 1 })
  }
}

@Test func softmaxIsShiftInvariantOnRandomInputs() {
  var random = SeededGenerator(seed: 2)
  for _ in 0..<50 {
    let v = random.vector(8, scale: 10)
    let shift = random.uniform(500)
    #expect(close(softmax(v + shift), softmax(v), relative: 1e-9, absolute: 1e-15))
  }
}

@Test func logSoftmaxEqualsLogOfSoftmaxWhereFinite() {
  var random = SeededGenerator(seed: 3)
  for _ in 0..<50 {
    let v = random.vector(7, scale: 30)
    let direct = logSoftmax(v)
    let composed = log(softmax(v))
    for index in v.indices where composed[index].isFinite {
      #expect(close(direct[index], composed[index], relative: 1e-9, absolute: 1e-12))
    }
  }
}

@Test func logSoftmaxStaysFiniteWhereSoftmaxUnderflows() {
  let v: Vector = [-10, -1, 1000]
  #expect(log(softmax(v))[0] == -.infinity)
  #expect(logSoftmax(v) == [-1010, -1001, 0])
}

@Test func logSumExpOfEmptyVectorIsMinusInfinity() {
  #expect(logSumExp(Vector([])) == -.infinity)
}

@Test func logSumExpOfLargeEqualLogitsAddsLogTwo() {
  #expect(logSumExp([1000, 1000]) == 1000 + naturalLogOfTwo)
}

@Test func softmaxPropagatesNaNToTheWholeRow() {
  #expect(softmax([1, .nan, 2]).allSatisfy { $0.isNaN })
}

@Test func softmaxSharesMassAmongInfiniteLogits() {
  #expect(softmax([.infinity, 0, .infinity]) == [0.5, 0, 0.5])
}

@Test func softmaxOfEmptyVectorIsEmpty() {
  #expect(softmax(Vector([])).isEmpty)
  #expect(naiveSoftmax(Vector([])).isEmpty)
}

@Test func logSumExpKeepsItsDigitsNearZero() {
  // log(1 + e⁻⁴⁰) = e⁻⁴⁰ − e⁻⁸⁰/2 + … ≈ 4.248354255291589e-18; log(Σ exp) would give 0.
  let tiny = exp(Vector([-40]))[0]
  #expect(close(logSumExp([0, -40]), tiny, relative: 1e-15, absolute: 0))
  #expect(close(logSoftmax([0, -40])[0], -tiny, relative: 1e-15, absolute: 0))
}

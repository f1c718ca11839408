import LitmusMath
import Testing

@Test func arrayLiteralVectorDividedByItsSumIsTheDistribution() {
  let counts: Vector = [3, 3, 4]
  #expect(counts / counts.sum() == [0.3, 0.3, 0.4])
}

@Test func reductionsReturnDoublesNotOptionals() {
  let v: Vector = [3, -1, 4]
  let largest: Double = v.max()
  #expect(largest == 4)
  #expect(v.min() == -1)
  #expect(v.argmax() == 2)
  #expect(v.argmin() == 1)
  #expect(v.mean() == 2)
  #expect(v.count == 3)
}

@Test func emptyVectorSumIsZero() {
  #expect(Vector([]).sum() == 0)
}

@Test func maxAndArgmaxPropagateNaNLikeNumpy() {
  let v: Vector = [1, .nan, 3]
  #expect(v.max().isNaN)
  #expect(v.min().isNaN)
  #expect(v.argmax() == 1)
}

@Test func argmaxTakesTheFirstOfTies() {
  #expect(Vector([3, 3, 1]).argmax() == 0)
  #expect(Vector([1, 0, 0]).argmin() == 1)
}

@Test func vectorSubscriptSetChangesOneElement() {
  var v: Vector = [1, 2, 3]
  v[1] = 7
  #expect(v == [1, 7, 3])
}

@Test func vectorIsARandomAccessCollection() {
  let v: Vector = [1, 2, 3]
  #expect(v.map { $0 * 2 } == [2, 4, 6])
  #expect(Array(v.reversed()) == [3, 2, 1])
  #expect(v.indices == 0..<3)
}

@Test func vectorDescriptionListsElements() {
  #expect(Vector([0.3, 1]).description == "[0.3, 1.0]")
}

@Test func repeatingInitializerFillsTheVector() {
  #expect(Vector(repeating: 2, count: 3) == [2, 2, 2])
}

@Test func meanOfHugeElementsDoesNotOverflow() {
  let v: Vector = [1e308, 1e308, 1e308]
  #expect(FloatingPointWarnings.recording { v.mean() } == (1e308, []))
  #expect(v.sum() == .infinity)
}

@Test func vectorDescriptionPrintsEveryNaNAsNan() {
  let zero: Vector = [0]
  #expect((zero / zero).description == "[nan]")
  #expect(Vector([-.nan, .infinity]).description == "[nan, inf]")
}

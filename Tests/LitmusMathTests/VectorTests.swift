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

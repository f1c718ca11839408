import Foundation
import Testing

@testable import LitmusMath

/// The distance in units in the last place between two finite non-negative floats.
private func ulps(_ a: Float, _ b: Float) -> Int {
  abs(Int(a.bitPattern) - Int(b.bitPattern))
}

/// The vector `exp` of eight copies of `x`, first lane.
private func vectorExp(_ x: Float) -> Float {
  Float.vectorExp(SIMD8(repeating: x))[0]
}

/// Every `stride`-th float (by bit pattern) from `start` while it stays within `limit`.
private func sweep(from start: Float, to limit: Float, stride: UInt32) -> [Float] {
  var values: [Float] = []
  var bits = start.bitPattern
  while true {
    let value = Float(bitPattern: bits)
    guard value.isFinite, abs(value) <= abs(limit) else { break }
    values.append(value)
    let (next, overflow) = bits.addingReportingOverflow(stride)
    if overflow { break }
    bits = next
  }
  return values
}

@Test func floatVectorExpIsWithinTwoULPOfTheCorrectlyRoundedValueOverTheWholeRange() {
  // The reference is the C library's double-precision exp (Foundation.exp) rounded to Float.
  let positive = sweep(from: .leastNonzeroMagnitude, to: 89, stride: 9_973)
  let negative = sweep(from: -.leastNonzeroMagnitude, to: -104, stride: 9_973)
  #expect(positive.count > 100_000 && negative.count > 100_000)
  var worst = 0
  var worstInput: Float = 0
  for chunkStart in stride(from: 0, to: positive.count + negative.count, by: 8) {
    let inputs = (chunkStart..<chunkStart + 8).map { index in
      index < positive.count
        ? positive[index] : negative[Swift.min(index - positive.count, negative.count - 1)]
    }
    let results = Float.vectorExp(SIMD8(inputs))
    for lane in 0..<8 {
      let expected = Float(Foundation.exp(Double(inputs[lane])))
      let result = results[lane]
      if expected.isInfinite || result.isInfinite {
        #expect(result == expected, "exp(\(inputs[lane]))")
        continue
      }
      let distance = ulps(result, expected)
      if distance > worst {
        worst = distance
        worstInput = inputs[lane]
      }
    }
  }
  #expect(worst <= 2, "worst \(worst) ulp at \(worstInput)")
}

@Test func floatVectorExpOverflowsAndUnderflowsWhereTheCLibraryDoes() {
  // log(greatestFiniteMagnitude) ≈ 88.7228; e^x < leastNonzeroMagnitude / 2 below ≈ −103.972.
  for x: Float in [88.72, 88.7228, 88.7229, 88.73, 89, 1e10, -103.9, -103.97, -103.98, -104, -1e10]
  {
    let expected = Float(Foundation.exp(Double(x)))
    let result = vectorExp(x)
    #expect(result == expected || ulps(result, expected) <= 2, "exp(\(x))")
  }
  #expect(vectorExp(88.7229) == .infinity)
  #expect(vectorExp(-104) == 0)
}

@Test func floatVectorExpOfSpecialValues() {
  #expect(vectorExp(.nan).isNaN)
  #expect(vectorExp(.infinity) == .infinity)
  #expect(vectorExp(-.infinity) == 0)
  #expect(vectorExp(0) == 1)
  #expect(vectorExp(-0.0) == 1)
  #expect(vectorExp(.leastNonzeroMagnitude) == 1)
  #expect(vectorExp(1) == Float(M_E))
}

@Test func floatVectorExpKeepsEachLaneSeparate() {
  let x = SIMD8<Float>(0, 1, .nan, -.infinity, .infinity, -1, 2, 100)
  let e = Float.vectorExp(x)
  #expect(e[0] == 1)
  #expect(ulps(e[1], Float(M_E)) <= 1)
  #expect(e[2].isNaN)
  #expect(e[3] == 0)
  #expect(e[4] == .infinity)
  #expect(ulps(e[5], Float(1 / M_E)) <= 1)
  #expect(ulps(e[6], Float(M_E * M_E)) <= 1)
  #expect(e[7] == .infinity)
}

@Test func floatWidenConvertsEveryLaneExactly() {
  let x = SIMD8<Float>(0, -1, 0.1, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 3, -7, 1e-30)
  let wide = Float.widen(x)
  for lane in 0..<8 { #expect(wide[lane] == Double(x[lane])) }
}

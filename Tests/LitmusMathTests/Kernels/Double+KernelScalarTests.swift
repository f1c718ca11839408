import Foundation
import Testing

@testable import LitmusMath

/// The distance in units in the last place between two finite non-negative doubles.
private func ulps(_ a: Double, _ b: Double) -> UInt64 {
  a.bitPattern > b.bitPattern ? a.bitPattern - b.bitPattern : b.bitPattern - a.bitPattern
}

/// The vector `exp` of eight copies of `x`, first lane.
private func vectorExp(_ x: Double) -> Double {
  Double.vectorExp(SIMD8(repeating: x))[0]
}

/// Every `stride`-th double (by bit pattern) from `start` while its magnitude stays within
/// `limit`.
private func sweep(from start: Double, to limit: Double, stride: UInt64) -> [Double] {
  var values: [Double] = []
  var bits = start.bitPattern
  while true {
    let value = Double(bitPattern: bits)
    guard value.isFinite, abs(value) <= abs(limit) else { break }
    values.append(value)
    let (next, overflow) = bits.addingReportingOverflow(stride)
    if overflow { break }
    bits = next
  }
  return values
}

@Test func doubleVectorExpIsWithinTwoULPOfTheCLibraryOverTheWholeRange() {
  // Bit-pattern strides visit every binade from the smallest subnormal up to the overflow
  // threshold, on both sides of zero.
  let stride: UInt64 = 46_116_860_184_273  // ≈ 2^63 / 200 000
  let inputs =
    sweep(from: .leastNonzeroMagnitude, to: 710, stride: stride)
    + sweep(from: -.leastNonzeroMagnitude, to: -746, stride: stride)
    + (0..<20_000).map { -746 + Double($0) * (1456.0 / 20_000) }
  #expect(inputs.count > 100_000)
  var worst: UInt64 = 0
  var worstInput = 0.0
  for chunkStart in Swift.stride(from: 0, to: inputs.count - 8, by: 8) {
    let chunk = SIMD8(inputs[chunkStart..<chunkStart + 8])
    let results = Double.vectorExp(chunk)
    for lane in 0..<8 {
      let expected = Foundation.exp(chunk[lane])
      if expected.isInfinite || results[lane].isInfinite {
        #expect(results[lane] == expected, "exp(\(chunk[lane]))")
        continue
      }
      let distance = ulps(results[lane], expected)
      if distance > worst {
        worst = distance
        worstInput = chunk[lane]
      }
    }
  }
  #expect(worst <= 2, "worst \(worst) ulp at \(worstInput)")
}

@Test func doubleVectorExpOverflowsAndUnderflowsWhereTheCLibraryDoes() {
  let overflow = Foundation.log(Double.greatestFiniteMagnitude)  // 709.782712893384
  let underflow = Foundation.log(Double.leastNonzeroMagnitude)  // −744.44007192138…
  for x in [
    overflow.nextDown, overflow, overflow.nextUp, 709.79, 710, 1e300,
    underflow, underflow - 0.5, -745.1, -745.2, -746, -1e300,
  ] {
    let expected = Foundation.exp(x)
    let result = vectorExp(x)
    #expect(result == expected || ulps(result, expected) <= 2, "exp(\(x))")
  }
  #expect(vectorExp(709.79) == .infinity)
  #expect(vectorExp(-746) == 0)
}

@Test func doubleVectorExpOfSpecialValues() {
  #expect(vectorExp(.nan).isNaN)
  #expect(vectorExp(.infinity) == .infinity)
  #expect(vectorExp(-.infinity) == 0)
  #expect(vectorExp(0) == 1)
  #expect(vectorExp(-0.0) == 1)
  #expect(vectorExp(.leastNonzeroMagnitude) == 1)
  #expect(ulps(vectorExp(1), M_E) <= 1)
}

@Test func doubleWidenIsTheIdentity() {
  let x = SIMD8<Double>(0, -1, 0.1, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 3, -7, .nan)
  let wide = Double.widen(x)
  for lane in 0..<7 { #expect(wide[lane] == x[lane]) }
  #expect(wide[7].isNaN)
}

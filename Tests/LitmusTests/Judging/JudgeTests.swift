import Foundation
import Testing

@testable import Litmus

@Suite struct JudgeTests {
  private func verdict(_ stated: String, _ computed: ComputedValue, tolerance: Double? = nil)
    throws -> Judgement
  {
    Judge(tolerance: tolerance).judge(try StatedValueParser.parse(stated), against: computed)
  }

  @Test func roundedAtTheWrittenDigitMatches() throws {
    #expect(try verdict("0.2119", .double(0.21194155761708544)).passed)
    #expect(try verdict("0.212", .double(0.21194155761708544)).passed)
  }

  @Test func wrongLastDigitFailsWithBothValues() throws {
    let result = try verdict("0.2120", .double(0.21194155761708544))
    #expect(!result.passed)
    #expect(result.message == "stated 0.2120, computed 0.2119 (0.21194156)")
  }

  @Test func trailingZeroIsADigit() throws {
    #expect(try !verdict("1.2345", .double(1.23440)).passed)
  }

  @Test func misroundedSeedValueFails() throws {
    // −1/0.21698333 = −4.6086490…: correctly rounded to five decimals it is −4.60865.
    let computed = -1 / 0.21698333
    #expect(try !verdict("-4.60864", .double(computed)).passed)
    #expect(try verdict("-4.60865", .double(computed)).passed)
  }

  @Test func zeroAndOneMatchAtZeroDecimals() throws {
    let stable: ComputedValue = .list([.double(4.2e-309), .double(0), .double(1)])
    #expect(try verdict("[0, 0, 1]", stable).passed)
    #expect(
      try verdict("[0, 0, 1]", .list([.double(0.6), .double(0.1), .double(0.4)])).passed == false)
  }

  @Test func scientificNotationMatchesByMantissa() throws {
    #expect(try verdict("4.5e-05", .double(4.5123e-05)).passed)
    #expect(try !verdict("4.5e-05", .double(4.56e-05)).passed)
    #expect(try verdict("4.6E-5", .double(4.56e-05)).passed)
  }

  @Test func exactTieMatchesBothNeighbours() throws {
    #expect(try verdict("0.12", .double(0.125)).passed)
    #expect(try verdict("0.13", .double(0.125)).passed)
    #expect(try !verdict("0.14", .double(0.125)).passed)
  }

  @Test func nanAndInfinityMatchOnlyThemselves() throws {
    #expect(try verdict("nan", .double(.nan)).passed)
    #expect(try !verdict("nan", .double(0)).passed)
    #expect(try verdict("inf", .double(.infinity)).passed)
    #expect(try !verdict("inf", .double(-.infinity)).passed)
    #expect(try verdict("-inf", .double(-.infinity)).passed)
    #expect(try !verdict("0", .double(.nan)).passed)
    #expect(try !verdict("nan", .double(1), tolerance: 10).passed)
  }

  @Test func toleranceReplacesTheWrittenDigits() throws {
    #expect(try verdict("0.3", .double(0.3000004), tolerance: 1e-6).passed)
    #expect(try !verdict("0.3", .double(0.30001), tolerance: 1e-6).passed)
  }

  @Test func integersCompareExactly() throws {
    #expect(try verdict("3", .int(3)).passed)
    #expect(try !verdict("2", .int(3)).passed)
    #expect(try !verdict("2.9", .int(3)).passed)
  }

  @Test func shapesMustAgree() throws {
    let result = try verdict("[0.3, 0.4]", .list([.double(0.3), .double(0.3), .double(0.4)]))
    #expect(result.message == "shape mismatch: stated a vector of 2, computed a vector of 3")
    let scalar = try verdict("[1]", .double(1))
    #expect(scalar.message == "shape mismatch: stated a vector of 1, computed a number")
  }

  private let twoByThree: ComputedValue = .list([
    .list([.double(1), .double(2), .double(3)]), .list([.double(4), .double(5), .double(6)]),
  ])

  @Test func matrixShapesAreComparedAsWholes() throws {
    #expect(
      try verdict("[[1, 2], [4, 5]]", twoByThree).message
        == "shape mismatch: stated a 2×2 matrix, computed a 2×3 matrix")
    #expect(
      try verdict("[1, 2, 3]", twoByThree).message
        == "shape mismatch: stated a vector of 3, computed a 2×3 matrix")
    #expect(
      try verdict("[[1, 2, 3]]", .list([.double(1), .double(2), .double(3)])).message
        == "shape mismatch: stated a 1×3 matrix, computed a vector of 3")
  }

  @Test func raggedStatedRowsAreNamedAsSuch() throws {
    #expect(
      try verdict("[[1, 2, 3], [4]]", twoByThree).message
        == "shape mismatch: the stated value has rows of different lengths (3 and 1); "
        + "computed a 2×3 matrix")
  }

  @Test func finiteNumbersBeyondTheLargestDoubleAreJudgedByTheirDigits() throws {
    let nearMax = exp(709.78)  // 1.7928227943945155e308
    #expect(try verdict("1.8e308", .double(nearMax)).passed)
    #expect(try verdict("-1.8e308", .double(-nearMax)).passed)
    #expect(try verdict("1.793e308", .double(nearMax)).passed)
    #expect(try !verdict("1.798e308", .double(nearMax)).passed)
    #expect(try verdict("2e308", .double(.greatestFiniteMagnitude)).passed)
  }

  @Test func finiteNumbersNeverMatchInfinity() throws {
    for (stated, computed) in [
      ("2e308", Double.infinity), ("1e309", .infinity), ("-1e400", -.infinity),
      ("1.8e308", .infinity),
    ] {
      #expect(try !verdict(stated, .double(computed)).passed)
      #expect(try !verdict(stated, .double(computed), tolerance: 1e300).passed)
    }
    #expect(try verdict("2e308", .double(.infinity)).message == "stated 2e308, computed inf")
    #expect(try verdict("-inf", .double(-.infinity), tolerance: 1).passed)
  }

  @Test func toleranceIsMeasuredExactlyOnTheWrittenDecimals() throws {
    // In doubles, 1.1 − 1.0 is 0.10000000000000009 and 1.3 − 1.0 is 0.30000000000000004.
    #expect(try verdict("1.1", .double(1.0), tolerance: 0.1).passed)
    #expect(try verdict("0.9", .double(1.0), tolerance: 0.1).passed)
    #expect(try verdict("1.3", .double(1.0), tolerance: 0.3).passed)
    #expect(try !verdict("1.1000000000000000001", .double(1.0), tolerance: 0.1).passed)
    #expect(try !verdict("1.2", .double(1.0), tolerance: 0.1).passed)
    #expect(try verdict("-2.5e-7", .double(0), tolerance: 2.5e-7).passed)
    // Far below the doubles, only the sign of the difference at the boundary counts.
    #expect(try verdict("1e-2000", .double(0.5), tolerance: 0.5).passed)
    #expect(try !verdict("-1e-2000", .double(0.5), tolerance: 0.5).passed)
    #expect(try !verdict("1e-2000", .double(5e-324), tolerance: 0).passed)
    #expect(try !verdict("1e400", .double(.greatestFiniteMagnitude), tolerance: 1e308).passed)
  }

  @Test func zeroToleranceAsksForTheDoublesShortestDigits() throws {
    let sum = 0.1 + 0.2
    let result = try verdict("0.3", .double(sum), tolerance: 0)
    #expect(result.message == "stated 0.3, computed 0.30000000000000004")
    #expect(result.differences.first?.replacement?.text == "0.30000000000000004")
    #expect(try verdict("0.30000000000000004", .double(sum), tolerance: 0).passed)
    #expect(try verdict("0.25", .double(0.25), tolerance: 0).passed)
  }

  @Test func failureUnderAToleranceNeverShowsTheStatedTextAsComputed() throws {
    let result = try verdict("1.8e308", .double(exp(709.78)), tolerance: 1e300)
    #expect(result.message == "stated 1.8e308, computed 1.7928227943945155e308")
    let scientific = try verdict("1.0e-3", .double(0.001 + 1e-12), tolerance: 1e-15)
    #expect(scientific.message == "stated 1.0e-3, computed 1.000000001e-3")
  }

  @Test func computedZeroIsWrittenAsZero() throws {
    let result = try verdict("1e-300", .double(0))
    #expect(result.message == "stated 1e-300, computed 0")
    #expect(result.differences.first?.replacement?.text == "0")
  }

  @Test func integerMustEqualTheWrittenDecimalExactly() throws {
    #expect(try verdict("3.0", .int(3)).passed)
    #expect(try verdict("3e0", .int(3)).passed)
    #expect(try !verdict("3.0000000000000000001", .int(3)).passed)
    #expect(try !verdict("inf", .int(3)).passed)
  }

  @Test func vectorMismatchListsOnlyDifferingElements() throws {
    let result = try verdict(
      "[0.3, 0.31, 0.4]", .list([.double(0.3), .double(0.3), .double(0.4)]))
    #expect(result.message == "stated value differs at 1 of 3 elements")
    #expect(result.differences.map(\.indices) == [[1]])
    #expect(result.differences.first?.computed == "0.30")
    #expect(result.differences.first?.replacement == .init(range: 6..<10, text: "0.30"))
  }

  @Test func matrixDifferencesCarryRowAndColumn() throws {
    let computed: ComputedValue = .list([
      .list([.double(1), .double(2)]), .list([.double(3), .double(4)]),
    ])
    let result = try verdict("[[1, 2], [3, 5]]", computed)
    #expect(result.differences.map(\.indices) == [[1, 1]])
  }

  @Test func boolsAndStringsCompareExactly() throws {
    #expect(try verdict("true", .bool(true)).passed)
    #expect(try !verdict("false", .bool(true)).passed)
    #expect(try verdict(#""ok""#, .string("ok")).passed)
    #expect(
      try verdict("1", .bool(true)).message == "kind mismatch: stated a number, computed a Bool")
  }

  @Test func opaqueValuesHaveNoStatedForm() throws {
    #expect(
      try verdict("1", .opaque("a closure")).message
        == "computed a closure, which has no stated form")
  }
}

import Testing

@testable import Litmus

@Suite struct ExactDecimalTests {
  private func decimal(_ text: String) throws -> ExactDecimal {
    try #require(ExactDecimal(text))
  }

  @Test func writtenFormsOfOneNumberAreEqual() throws {
    #expect(try decimal("1.50") == decimal("15e-1"))
    #expect(try decimal("-0.0") == .zero)
    #expect(try decimal("+150") == decimal("1.5E+2"))
    #expect(ExactDecimal("nan") == nil)
    #expect(ExactDecimal("1_000") == nil)
  }

  @Test func doublesExpandExactly() throws {
    #expect(
      ExactDecimal(exactly: 0.1)
        == (try decimal("0.1000000000000000055511151231257827021181583404541015625")))
    #expect(ExactDecimal(exactly: -2.5) == (try decimal("-2.5")))
    #expect(ExactDecimal(exactly: 5e-324).digits.count == 751)
    #expect(ExactDecimal(shortest: 0.1 + 0.2) == (try decimal("0.30000000000000004")))
  }

  @Test func differencesAreExact() throws {
    #expect(try decimal("1.1") - decimal("1") == decimal("0.1"))
    #expect(try decimal("1") - decimal("1.1") == decimal("-0.1"))
    #expect(
      try decimal("-1e-30") - decimal("1e30")
        == decimal("-1000000000000000000000000000000.000000000000000000000000000001"))
    #expect(try decimal("2") - decimal("-3") == decimal("5"))
    #expect(try decimal("0.5") - decimal("0.5") == .zero)
  }

  @Test func magnitudesCompareWhateverTheSign() throws {
    #expect(ExactDecimal.compareMagnitudes(try decimal("-0.1"), try decimal("0.1")) == 0)
    #expect(ExactDecimal.compareMagnitudes(try decimal("0.099"), try decimal("-0.1")) == -1)
    #expect(ExactDecimal.compareMagnitudes(try decimal("1e5"), try decimal("99999.9")) == 1)
    #expect(ExactDecimal.compareMagnitudes(.zero, try decimal("1e-999")) == -1)
  }
}

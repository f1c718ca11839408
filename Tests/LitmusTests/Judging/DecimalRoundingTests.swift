import Testing

@testable import Litmus

@Suite struct DecimalRoundingTests {
  @Test func unitsRoundCorrectly() {
    #expect(DecimalRounding.units(of: 0.21194155761708544, quantumExponent: -4) == "2119")
    #expect(DecimalRounding.units(of: -4.608649, quantumExponent: -5) == "-460865")
    #expect(DecimalRounding.units(of: -0.00001, quantumExponent: -2) == "0")
    #expect(DecimalRounding.units(of: 1234.5, quantumExponent: 2) == "12")
  }

  @Test func formatsLikeTheAuthor() throws {
    let fixed = try #require(try StatedValueParser.parse("0.2120").numbers.first)
    #expect(DecimalRounding.format(0.21194155, like: fixed) == "0.2119")
    let scientific = try #require(try StatedValueParser.parse("4.5e-5").numbers.first)
    #expect(DecimalRounding.format(4.56e-05, like: scientific) == "4.6e-5")
    let padded = try #require(try StatedValueParser.parse("4.5e-05").numbers.first)
    #expect(DecimalRounding.format(4.56e-05, like: padded) == "4.6e-05")
  }

  @Test func significantDigitsDropTrailingZeros() {
    #expect(DecimalRounding.format(0.3, significantDigits: 6) == "0.3")
    #expect(DecimalRounding.format(1.5e-7, significantDigits: 6) == "1.5e-07")
  }
}

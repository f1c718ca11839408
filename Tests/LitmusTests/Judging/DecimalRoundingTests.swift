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

  @Test func unitsAboveOneAreRoundedFromTheExactDigits() {
    #expect(DecimalRounding.units(of: 1.7928227943945155e308, quantumExponent: 307) == "18")
    #expect(DecimalRounding.units(of: -1.7928227943945155e308, quantumExponent: 305) == "-1793")
    #expect(DecimalRounding.units(of: .greatestFiniteMagnitude, quantumExponent: 308) == "2")
    #expect(DecimalRounding.units(of: 1250, quantumExponent: 2) == "12")
    #expect(DecimalRounding.units(of: 1350, quantumExponent: 2) == "14")
    #expect(DecimalRounding.units(of: 1250.5, quantumExponent: 2) == "13")
    #expect(DecimalRounding.units(of: -49.9, quantumExponent: 2) == "0")
    #expect(DecimalRounding.units(of: 7, quantumExponent: 400) == "0")
    #expect(DecimalRounding.tie(of: 1250, quantumExponent: 2)! == ("12", "13"))
    #expect(DecimalRounding.tie(of: -50, quantumExponent: 2)! == ("0", "-1"))
    #expect(DecimalRounding.tie(of: 1250.5, quantumExponent: 2) == nil)
  }

  @Test func zeroIsWrittenWithoutAnExponent() throws {
    let scientific = try #require(try StatedValueParser.parse("1e-300").numbers.first)
    #expect(DecimalRounding.format(0, like: scientific) == "0")
    #expect(DecimalRounding.format(-0.0, like: scientific) == "0")
    let fixed = try #require(try StatedValueParser.parse("0.25").numbers.first)
    #expect(DecimalRounding.format(0, like: fixed) == "0.00")
  }

  @Test func shortestDigitsKeepTheStatedNotation() throws {
    let fixed = try #require(try StatedValueParser.parse("0.3").numbers.first)
    #expect(DecimalRounding.shortest(0.1 + 0.2, like: fixed) == "0.30000000000000004")
    #expect(DecimalRounding.shortest(0.5, like: fixed) == "0.5")
    let scientific = try #require(try StatedValueParser.parse("3.0E-01").numbers.first)
    #expect(DecimalRounding.shortest(0.1 + 0.2, like: scientific) == "3.0000000000000004E-01")
  }

  @Test(arguments: [
    ("34e-2", 1.0 / 3.0, "33e-2"),
    ("66.6e2", 20000.0 / 3.0, "66.7e2"),
    ("0.13e-3", 0.00012345, "0.12e-3"),
    ("0.0034e2", 1.0 / 3.0, "0.0033e2"),
    ("3.4E+01", 1.0 / 3.0 * 100, "3.3E+01"),
    ("3.4e-002", 1.0 / 30.0, "3.3e-002"),
    ("-34e-2", 1.0 / 3.0, "33e-2"),
    ("+34e-2", -1.0 / 3.0, "-33e-2"),
    ("34e-2", 12.3, "1230e-2"),
    ("5e2", 20.0, "0e2"),
    (".34", 1.0 / 3.0, ".33"),
    (".34", 4.0 / 3.0, "1.33"),
    ("+0.34", 1.0 / 3.0, "+0.33"),
    ("+.34", 1.0 / 3.0, "+.33"),
    ("-0.34", 1.0 / 3.0, "0.33"),
    ("3.", 2.0, "2."),
    ("-0.00", -0.00001, "0.00"),
    ("1.e3", 2345.0, "2.e3"),
  ])
  func fixKeepsTheWrittenExponentAndDecimals(stated: String, value: Double, expected: String)
    throws
  {
    let number = try #require(try StatedValueParser.parse(stated).numbers.first)
    let written = DecimalRounding.format(value, like: number)
    #expect(written == expected)
    // What is written matches the value by the as-written rule.
    let rewritten = try #require(try StatedValueParser.parse(written).numbers.first)
    #expect(Judge().matches(rewritten, value))
  }

  @Test func quantumBeyondThePrintedDecimalsFallsBackToTheNormalisedForm() throws {
    let tiny = try #require(try StatedValueParser.parse("1.0e-2000").numbers.first)
    #expect(DecimalRounding.format(1.0 / 3.0, like: tiny) == "3.3e-0001")
  }
}

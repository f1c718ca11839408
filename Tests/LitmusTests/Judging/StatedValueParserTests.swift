import Testing

@testable import Litmus

@Suite struct StatedValueParserTests {
  @Test func readsADecimalWithItsQuantum() throws {
    let value = try StatedValueParser.parse("-4.60864")
    let number = try #require(value.numbers.first)
    #expect(number.units == "-460864")
    #expect(number.quantumExponent == -5)
    #expect(number.range == 0..<8)
  }

  @Test func scientificNotationCountsMantissaDigits() throws {
    let number = try #require(try StatedValueParser.parse("4.5e-05").numbers.first)
    #expect(number.units == "45")
    #expect(number.quantumExponent == -6)
    #expect(number.isScientific)
  }

  @Test func commasAndNumpySpacesReadTheSame() throws {
    let commas = try StatedValueParser.parse("[0.3, 0.3, 0.4]")
    let spaces = try StatedValueParser.parse("[0.3 0.3 0.4]")
    #expect(commas.numbers.map(\.value) == spaces.numbers.map(\.value))
    #expect(commas.shapeDescription == "a vector of 3")
  }

  @Test func matrixOverSeveralLinesReadsAsRows() throws {
    let value = try StatedValueParser.parse("[[1 2]\n [3 4]]")
    #expect(value.shapeDescription == "a 2×2 matrix")
    #expect(value.numbers.map(\.value) == [1, 2, 3, 4])
  }

  @Test func specialWordsAndStrings() throws {
    let value = try StatedValueParser.parse(#"[nan, inf, -inf, 0]"#)
    let numbers = value.numbers
    #expect(numbers[0].value.isNaN)
    #expect(numbers[1].value == .infinity)
    #expect(numbers[2].value == -.infinity)
    #expect(try StatedValueParser.parse("true") == .bool(true))
    #expect(try StatedValueParser.parse(#""a \"b\"""#) == .string(#"a "b""#))
  }

  @Test func negativeZeroHasUnsignedUnits() throws {
    let number = try #require(try StatedValueParser.parse("-0.000").numbers.first)
    #expect(number.units == "0")
  }

  @Test func missingBracketIsPositioned() {
    #expect(throws: StatedValueError("missing `]` for the `[` here", at: 0)) {
      try StatedValueParser.parse("[1, [2, 3]")
    }
  }

  @Test func unknownWordIsPositioned() {
    #expect(throws: StatedValueError.self) { try StatedValueParser.parse("[1, NaN]") }
    do {
      _ = try StatedValueParser.parse("[1, NaN]")
    } catch {
      #expect(error.offset == 4)
    }
  }

  @Test func trailingTextIsAnError() {
    #expect(throws: StatedValueError.self) { try StatedValueParser.parse("0.5 apples") }
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: StatedValueError.self) { try StatedValueParser.parse(text) }
  }

  @Test func emptyTextIsAnError() {
    #expect(throws: StatedValueError.self) { try StatedValueParser.parse("   ") }
  }
}

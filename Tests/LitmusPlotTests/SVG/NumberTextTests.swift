import Testing

@testable import LitmusPlot

struct NumberTextTests {
  @Test func generalKeepsThreeSignificantDigitsLikePrintfG() {
    #expect(NumberText.general(0.211942, digits: 3) == "0.212")
    #expect(NumberText.general(-0.0220331, digits: 3) == "-0.022")
    #expect(NumberText.general(54.59815, digits: 3) == "54.6")
    #expect(NumberText.general(0.4, digits: 3) == "0.4")
    #expect(NumberText.general(1, digits: 3) == "1")
  }

  @Test func generalUsesExponentFormForTinyAndHugeMagnitudes() {
    #expect(NumberText.general(1.5e-7, digits: 2) == "1.5e-07")
    #expect(NumberText.general(123_456, digits: 3) == "1.23e+05")
    #expect(NumberText.general(0.0001, digits: 3) == "0.0001")
  }

  @Test func generalCarriesARoundingIntoTheNextPowerOfTen() {
    #expect(NumberText.general(9.9996, digits: 4) == "10")
    #expect(NumberText.general(99_999, digits: 3) == "1e+05")
  }

  @Test func generalWritesNonFiniteValuesAsTheNotesDo() {
    #expect(NumberText.general(.nan, digits: 3) == "nan")
    #expect(NumberText.general(.infinity, digits: 3) == "inf")
    #expect(NumberText.general(-.infinity, digits: 3) == "-inf")
  }

  @Test func fixedNeverWritesNegativeZero() {
    #expect(NumberText.fixed(-0.001, decimals: 2) == "0.00")
    #expect(
      NumberText.fixed(-0.25, decimals: 1) == "-0.3"
        || NumberText.fixed(-0.25, decimals: 1) == "-0.2")
    #expect(NumberText.fixed(2, decimals: 0) == "2")
    #expect(NumberText.fixed(0.05, decimals: 3) == "0.050")
  }

  @Test func coordinatesAreHundredthsWithoutTrailingZeros() {
    #expect(NumberText.coordinate(12.5) == "12.5")
    #expect(NumberText.coordinate(3) == "3")
    #expect(NumberText.coordinate(-0.001) == "0")
    #expect(NumberText.coordinate(100.126) == "100.13")
  }
}

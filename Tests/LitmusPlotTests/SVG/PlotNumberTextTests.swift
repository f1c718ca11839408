import Testing

@testable import LitmusPlot

struct PlotNumberTextTests {
  @Test func generalKeepsThreeSignificantDigitsLikePrintfG() {
    #expect(PlotNumberText.general(0.211942, digits: 3) == "0.212")
    #expect(PlotNumberText.general(-0.0220331, digits: 3) == "-0.022")
    #expect(PlotNumberText.general(54.59815, digits: 3) == "54.6")
    #expect(PlotNumberText.general(0.4, digits: 3) == "0.4")
    #expect(PlotNumberText.general(1, digits: 3) == "1")
  }

  @Test func generalUsesExponentFormForTinyAndHugeMagnitudes() {
    #expect(PlotNumberText.general(1.5e-7, digits: 2) == "1.5e-07")
    #expect(PlotNumberText.general(123_456, digits: 3) == "1.23e+05")
    #expect(PlotNumberText.general(0.0001, digits: 3) == "0.0001")
  }

  @Test func generalCarriesARoundingIntoTheNextPowerOfTen() {
    #expect(PlotNumberText.general(9.9996, digits: 4) == "10")
    #expect(PlotNumberText.general(99_999, digits: 3) == "1e+05")
  }

  @Test func generalWritesNonFiniteValuesAsTheNotesDo() {
    #expect(PlotNumberText.general(.nan, digits: 3) == "nan")
    #expect(PlotNumberText.general(.infinity, digits: 3) == "inf")
    #expect(PlotNumberText.general(-.infinity, digits: 3) == "-inf")
  }

  @Test func fixedNeverWritesNegativeZero() {
    #expect(PlotNumberText.fixed(-0.001, decimals: 2) == "0.00")
    #expect(
      PlotNumberText.fixed(-0.25, decimals: 1) == "-0.3"
        || PlotNumberText.fixed(-0.25, decimals: 1) == "-0.2")
    #expect(PlotNumberText.fixed(2, decimals: 0) == "2")
    #expect(PlotNumberText.fixed(0.05, decimals: 3) == "0.050")
  }

  @Test func coordinatesAreHundredthsWithoutTrailingZeros() {
    #expect(PlotNumberText.coordinate(12.5) == "12.5")
    #expect(PlotNumberText.coordinate(3) == "3")
    #expect(PlotNumberText.coordinate(-0.001) == "0")
    #expect(PlotNumberText.coordinate(100.126) == "100.13")
  }
}

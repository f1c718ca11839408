import Testing

@testable import LitmusPlot

struct TicksTests {
  @Test func ticksInsideASymmetricRangeAreWholeNumbers() {
    let ticks = Ticks(inside: -4...4, target: 9)
    #expect(ticks.values == [-4, -3, -2, -1, 0, 1, 2, 3, 4])
    #expect(ticks.values.map(ticks.label) == ["-4", "-3", "-2", "-1", "0", "1", "2", "3", "4"])
  }

  @Test func coveringWidensToRoundBoundsOfExp() {
    // exp on -4...4 spans 0.0183...54.6: five gaps of 10.9 round up to a
    // step of 20, which covers it with 0...60.
    let (range, ticks) = Ticks.covering(0.0183...54.6, target: 6)
    #expect(range == 0...60)
    #expect(ticks.values == [0, 20, 40, 60])
  }

  @Test func decimalTicksAreTheNearestDoublesToTheirDecimals() {
    let (range, ticks) = Ticks.covering(0...0.3, target: 4)
    #expect(range == 0...0.3)
    #expect(ticks.values == [0, 0.1, 0.2, 0.3])
    #expect(ticks.values.map(ticks.label) == ["0.0", "0.1", "0.2", "0.3"])
  }

  @Test func niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
    #expect(Ticks.niceStep(0.3) == (5, -1))
    #expect(Ticks.niceStep(1) == (1, 0))
    #expect(Ticks.niceStep(1.5) == (2, 0))
    #expect(Ticks.niceStep(7) == (1, 1))
    #expect(Ticks.niceStep(.nan) == (1, 0))
  }

  @Test func hugeTicksUseExponentLabels() {
    let ticks = Ticks(inside: 0...4e6, target: 5)
    #expect(ticks.label(2e6) == "2e+06")
  }
}

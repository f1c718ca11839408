import Foundation
import Testing

@testable import LitmusPlot

struct SamplerTests {
  @Test func samplesIncludeBothEndsInIncreasingOrder() throws {
    let (xs, ys) = try Sampler.sample(-4...4) { exp($0) }
    #expect(xs.first == -4)
    #expect(xs.last == 4)
    #expect(zip(xs, xs.dropFirst()).allSatisfy { $0 < $1 })
    #expect(ys.count == xs.count)
    #expect(ys.last == exp(4))
  }

  @Test func refinementFollowsAnAsymptoteTowardsIt() throws {
    // The grid's first step on 0...1 is 1/128; refinement bisects towards
    // p = 0, where -log p is infinite, six times: down to 1/8192.
    let (xs, ys) = try Sampler.sample(0...1) { -log($0) }
    #expect(ys.first == .infinity)
    #expect(xs.dropFirst().first == 1.0 / 8192)
    #expect(xs.count < Sampler.gridCount + Sampler.refinementBudget)
  }

  @Test func aStraightLineTakesOneProbePerIntervalAndNoMore() throws {
    let (xs, _) = try Sampler.sample(0...1) { 2 * $0 + 1 }
    #expect(xs.count == 2 * (Sampler.gridCount - 1) + 1)
  }

  @Test func windowClipsAnAsymptoteButNotExp() {
    let exps = (0...128).map { exp(-4 + 8 * Double($0) / 128) }
    #expect(ValueWindow.window(exps) == exps.min()!...exps.max()!)
    let reciprocal = (0...128).map { 1 / (-1 + 2 * Double($0) / 128) }
    let window = ValueWindow.window(reciprocal)
    #expect(window.upperBound < 100)
    #expect(window.lowerBound > -100)
  }

  @Test func windowAroundAConstantIsTenPercentEachSide() {
    #expect(ValueWindow.window([2, 2, 2]) == 1.8...2.2)
    #expect(ValueWindow.window([0, 0]) == -1...1)
    #expect(ValueWindow.window([.nan]) == 0...1)
  }
}

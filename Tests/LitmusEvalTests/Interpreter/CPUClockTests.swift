import Foundation
import Testing

@testable import LitmusEval

@Suite struct CPUClockTests {
  @Test func waitingCostsNoBudgetButWorkDoes() {
    let start = CPUClock.now
    Thread.sleep(forTimeInterval: 0.2)
    let afterSleep = CPUClock.now
    #expect(afterSleep - start < .milliseconds(50), "sleeping used CPU time")
    var x = 0.0
    let wallStart = ContinuousClock.now
    while ContinuousClock.now - wallStart < .milliseconds(200) { x += sin(x) + 1 }
    #expect(x > 0)
    #expect(CPUClock.now - afterSleep > .milliseconds(5), "work did not count")
  }
}

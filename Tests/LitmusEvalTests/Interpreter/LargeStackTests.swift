import Synchronization
import Testing

@testable import LitmusEval

@Suite struct LargeStackTests {
  @Test func runsEveryIterationOnceOnALargeStack() {
    let seen = Mutex<[Int: Int]>([:])
    let onSmallStack = Atomic<Int>(0)
    LargeStack.concurrentPerform(iterations: 500) { index in
      if !LargeStack.isOnLargeStack { onSmallStack.add(1, ordering: .relaxed) }
      seen.withLock { $0[index, default: 0] += 1 }
    }
    #expect(onSmallStack.load(ordering: .relaxed) == 0)
    seen.withLock { counts in
      #expect(counts.count == 500)
      #expect(counts.values.allSatisfy { $0 == 1 })
    }
  }

  @Test func zeroIterationsDoNothing() {
    let calls = Atomic<Int>(0)
    LargeStack.concurrentPerform(iterations: 0) { _ in calls.add(1, ordering: .relaxed) }
    #expect(calls.load(ordering: .relaxed) == 0)
  }

  @Test func runInsideALargeStackThreadStaysOnIt() {
    #expect(!LargeStack.isOnLargeStack)
    var inner = false
    var outer = false
    LargeStack.run {
      outer = LargeStack.isOnLargeStack
      LargeStack.run { inner = LargeStack.isOnLargeStack }
    }
    #expect(outer && inner)
  }

  @Test func evaluationsInsideWorkersShareTheirThread() {
    let results = Mutex<[Int: String]>([:])
    Evaluator.concurrentlyOnLargeStacks(iterations: 8) { index in
      let evaluator = Evaluator()
      let value = evaluator.evaluateBlock("let x = \(index)\nx * 2").last?.value
      results.withLock { $0[index] = value.map { $0.formatted(precision: 6) } ?? "none" }
    }
    results.withLock { all in
      for index in 0..<8 { #expect(all[index] == String(index * 2)) }
    }
  }
}

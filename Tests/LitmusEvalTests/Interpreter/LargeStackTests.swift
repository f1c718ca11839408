import Foundation
import Testing

@testable import LitmusEval

/// Values collected from several threads, behind a pthread mutex (`NSLock`), which
/// ThreadSanitizer understands.
private final class Collected<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Int: Value] = [:]

  /// Applies `change` to the value at `key` under the lock.
  func update(_ key: Int, default value: Value, _ change: (inout Value) -> Void) {
    lock.lock()
    defer { lock.unlock() }
    change(&storage[key, default: value])
  }

  /// A copy of everything collected.
  var all: [Int: Value] {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }
}

@Suite struct LargeStackTests {
  @Test func runsEveryIterationOnceOnALargeStack() {
    let seen = Collected<Int>()
    let onSmallStack = Collected<Int>()
    LargeStack.concurrentPerform(iterations: 500) { index in
      if !LargeStack.isOnLargeStack { onSmallStack.update(0, default: 0) { $0 += 1 } }
      seen.update(index, default: 0) { $0 += 1 }
    }
    #expect(onSmallStack.all.isEmpty)
    let counts = seen.all
    #expect(counts.count == 500)
    #expect(counts.values.allSatisfy { $0 == 1 })
  }

  @Test func zeroIterationsDoNothing() {
    let calls = Collected<Int>()
    LargeStack.concurrentPerform(iterations: 0) { _ in calls.update(0, default: 0) { $0 += 1 } }
    #expect(calls.all.isEmpty)
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
    let results = Collected<String>()
    Evaluator.concurrentlyOnLargeStacks(iterations: 8) { index in
      let evaluator = Evaluator()
      let value = evaluator.evaluateBlock("let x = \(index)\nx * 2").last?.value
      results.update(index, default: "") { $0 = value.map { $0.formatted(precision: 6) } ?? "none" }
    }
    let all = results.all
    for index in 0..<8 { #expect(all[index] == String(index * 2)) }
  }
}

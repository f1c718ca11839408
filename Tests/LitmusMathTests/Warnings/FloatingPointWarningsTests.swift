import Dispatch
import LitmusMath
import Testing

private func warnings<T>(_ body: () -> T) -> [String] {
  FloatingPointWarnings.recording(body).warnings.map(\.description)
}

@Test func naiveSoftmaxOfLargeLogitsReportsExactlyOverflowInExp() {
  let (result, raised) = FloatingPointWarnings.recording { naiveSoftmax([-10, -1, 1000]) }
  #expect(result[2].isNaN)
  #expect(raised == [FloatingPointWarning(kind: .overflow, operation: "exp")])
  #expect(raised.map(\.description) == ["overflow in exp"])
}

@Test func stableSoftmaxOfTheSameLogitsReportsNothing() {
  #expect(warnings { softmax([-10, -1, 1000]) }.isEmpty)
  #expect(warnings { logSoftmax([-10, -1, 1000]) }.isEmpty)
  #expect(warnings { logSumExp([-10, -1, 1000]) }.isEmpty)
  #expect(warnings { crossEntropy(logits: [-10, -1, 1000], label: 0) }.isEmpty)
}

@Test func logWarningsFollowNumpysNaming() {
  #expect(warnings { log(Vector([0])) } == ["division by zero in log"])
  #expect(warnings { log(Vector([-1])) } == ["invalid value in log"])
  #expect(warnings { log(Vector([1, 2])) }.isEmpty)
}

@Test func divisionWarningsFollowNumpysNaming() {
  #expect(warnings { Vector([1]) / Vector([0]) } == ["division by zero in divide"])
  #expect(warnings { Vector([0]) / Vector([0]) } == ["invalid value in divide"])
  #expect(warnings { Vector([1e308]) / 1e-10 } == ["overflow in divide"])
}

@Test func arithmeticOverflowNamesTheOperation() {
  #expect(warnings { Vector([1e200]) * Vector([1e200]) } == ["overflow in multiply"])
  #expect(warnings { Vector([1.7e308]) + 1.7e308 } == ["overflow in add"])
  #expect(warnings { -1.7e308 - Vector([1.7e308]) } == ["overflow in subtract"])
  #expect(warnings { Vector([1e308, 1e308]).sum() } == ["overflow in sum"])
  #expect(
    warnings { matmul(Matrix(rows: [[1e200]]), Matrix(rows: [[1e200]])) } == ["overflow in matmul"])
  #expect(warnings { dot([1e200], [1e200]) } == ["overflow in dot"])
}

@Test func nonFiniteValuesFromEarlierProblemsAreNotReportedAgain() {
  let overflowed = Vector([Double.infinity, 1])
  #expect(warnings { overflowed - overflowed }.isEmpty)  // ∞ − ∞ = NaN from a non-finite operand
  #expect(warnings { overflowed / overflowed }.isEmpty)
  #expect(warnings { log(Vector([.nan])) }.isEmpty)
  #expect(warnings { exp(Vector([.infinity])) }.isEmpty)
}

@Test func warningsAreDeduplicatedInOrderOfFirstOccurrence() {
  let raised = warnings {
    _ = log(Vector([0, 0, -1]))
    _ = exp(Vector([1000, 2000]))
    _ = log(Vector([0]))
  }
  #expect(raised == ["division by zero in log", "invalid value in log", "overflow in exp"])
}

@Test func nothingIsRecordedOutsideARecording() {
  #expect(!FloatingPointWarnings.isRecording)
  _ = exp(Vector([1000]))
  #expect(warnings { exp(Vector([1])) }.isEmpty)
}

@Test func nestedRecordingsPassWarningsOutward() {
  let (inner, outer) = FloatingPointWarnings.recording {
    FloatingPointWarnings.recording { exp(Vector([1000])) }.warnings
  }
  #expect(inner.map(\.description) == ["overflow in exp"])
  #expect(outer.map(\.description) == ["overflow in exp"])
}

@Test func discardingDropsWarningsInsteadOfPassingThemOutward() {
  let (inside, raised) = FloatingPointWarnings.recording {
    FloatingPointWarnings.discarding { () -> Bool in
      _ = exp(Vector([1000]))
      return FloatingPointWarnings.isRecording
    }
  }
  #expect(!inside)
  #expect(raised.isEmpty)
}

@Test func interpreterScalarChecksUseTheSameRules() {
  let raised = warnings {
    FloatingPointWarnings.check(operation: "divide", inputs: [1, 0], result: 1 / 0.0)
    FloatingPointWarnings.check(
      operation: "multiply", inputs: [1e200, 1e200], result: 1e200 * 1e200)
    FloatingPointWarnings.check(operation: "divide", inputs: [0, 0], result: .nan)
    FloatingPointWarnings.check(operation: "add", inputs: [.infinity, 1], result: .infinity)
    FloatingPointWarnings.check(operation: "add", inputs: [1, 2], result: 3)
  }
  #expect(
    raised == ["division by zero in divide", "overflow in multiply", "invalid value in divide"])
}

@Test func crossEntropyWarnsAboutTheLogOfAZeroProbability() {
  #expect(warnings { crossEntropy([0.5, 0.5, 0], [0, 0, 1]) } == ["division by zero in log"])
  #expect(warnings { crossEntropy([0.5, 0.5, 0], [1, 0, 0]) }.isEmpty)
  #expect(
    warnings { crossEntropy(softmax([-10, -1, 1000]), label: 0) } == ["division by zero in log"])
  #expect(warnings { crossEntropyGradient([0.5, 0], [0, 1]) } == ["division by zero in divide"])
}

@Test func recordingsInConcurrentTasksAreIndependent() async {
  await withTaskGroup(of: [String].self) { group in
    for index in 0..<8 {
      group.addTask {
        warnings { index.isMultiple(of: 2) ? exp(Vector([1000])) : log(Vector([0])) }
      }
    }
    var results: [[String]] = []
    for await result in group { results.append(result) }
    #expect(results.filter { $0 == ["overflow in exp"] }.count == 4)
    #expect(results.filter { $0 == ["division by zero in log"] }.count == 4)
  }
}

@Test func sqrtOfANegativeNumberIsAnInvalidValue() {
  #expect(warnings { sqrt(Vector([4, -1])) } == ["invalid value in sqrt"])
}

@Test func recordingsOnConcurrentThreadsAreIndependent() {
  final class Results: @unchecked Sendable {
    let queue = DispatchQueue(label: "results")
    var values: [[String]] = []
  }
  let results = Results()
  DispatchQueue.concurrentPerform(iterations: 16) { index in
    let raised = warnings {
      for _ in 0..<200 { _ = index.isMultiple(of: 2) ? exp(Vector([1000])) : log(Vector([0])) }
    }
    results.queue.sync { results.values.append(raised) }
  }
  #expect(results.values.count == 16)
  #expect(results.values.filter { $0 == ["overflow in exp"] }.count == 8)
  #expect(results.values.filter { $0 == ["division by zero in log"] }.count == 8)
}

@Test func classifyNamesTheKindFromTheOperandsAndResult() {
  #expect(
    FloatingPointWarnings.classify(operation: "power", inputs: [0, -1], result: .infinity)
      == FloatingPointWarning(kind: .divisionByZero, operation: "power"))
  #expect(
    FloatingPointWarnings.classify(operation: "exp", inputs: [710], result: .infinity)
      == FloatingPointWarning(kind: .overflow, operation: "exp"))
  #expect(
    FloatingPointWarnings.classify(operation: "sqrt", inputs: [-1], result: .nan)
      == FloatingPointWarning(kind: .invalid, operation: "sqrt"))
  #expect(FloatingPointWarnings.classify(operation: "add", inputs: [.nan, 1], result: .nan) == nil)
  #expect(FloatingPointWarnings.classify(operation: "add", inputs: [1, 1], result: 2) == nil)
}

@Test func reportAddsAWarningOnlyWhileRecording() {
  let warning = FloatingPointWarning(kind: .overflow, operation: "power")
  FloatingPointWarnings.report(warning)
  let (_, raised) = FloatingPointWarnings.recording {
    FloatingPointWarnings.report(warning)
    FloatingPointWarnings.report(warning)
  }
  #expect(raised == [warning])
  #expect(warning.description == "overflow in power")
}

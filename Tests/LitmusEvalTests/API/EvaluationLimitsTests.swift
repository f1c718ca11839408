import LitmusEval
import Testing

@Suite struct EvaluationLimitsTests {
  @Test func hugeOneHotIsAnErrorNotAnAllocation() {
    let error = firstError("oneHot(3, count: 4_000_000_000)")
    #expect(error?.kind == .limit)
    #expect(error?.message == "too many elements: 4000000000 exceeds the limit of 10000000")
  }

  @Test func elementLimitIsConfigurable() {
    let limits = EvaluationLimits(maximumElements: 4)
    let error = firstError("Vector(repeating: 0, count: 5)", limits: limits)
    #expect(error?.kind == .limit)
    #expect(firstError("Vector(repeating: 0, count: 4)", limits: limits) == nil)
  }

  @Test func literalsCountTowardsTheElementLimit() {
    let limits = EvaluationLimits(maximumElements: 3)
    #expect(firstError("let m: Matrix = [[1, 2], [3, 4]]", limits: limits)?.kind == .limit)
  }

  @Test func deepNestingIsAnErrorNotAStackOverflow() {
    let source = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let error = firstError(source)
    #expect(error?.kind == .limit)
    #expect(error?.message == "expression is nested too deeply (the limit is 256 levels)")
  }

  @Test func deepParenthesesAreAnError() {
    let source = String(repeating: "(", count: 5_000) + "1" + String(repeating: ")", count: 5_000)
    #expect(firstError(source)?.kind == .limit)
  }

  @Test func longOperatorChainsAreAnErrorNotAStackOverflow() {
    let source = Array(repeating: "1", count: 2_000).joined(separator: " + ")
    #expect(firstError(source)?.kind == .limit)
  }

  @Test func moderateNestingIsFine() {
    let source = String(repeating: "(", count: 30) + "1" + String(repeating: ")", count: 30)
    #expect(show(source) == "1")
  }

  @Test func timeBudgetIsSharedByTheNote() {
    let evaluator = Evaluator(limits: EvaluationLimits(timeBudget: .milliseconds(50)))
    // Each call of the closure is cheap; 2 × 200,000 calls are not.
    let source = """
      let z = Vector(repeating: 1, count: 200_000)
      numericalGradient(at: z) { v in v[0] }
      """
    let results = evaluator.evaluateBlock(source)
    #expect(results.last?.error?.kind == .limit)
    #expect(results.last?.error?.message == "time budget of 0.05 s for this note is exhausted")
    // The budget stays spent for the rest of the note.
    #expect(evaluator.evaluateBlock("1 + 1").first?.error?.kind == .limit)
  }

  @Test func hugeMatrixProductIsALimitError() {
    let source = """
      let a = Matrix(rows: 3000, columns: 3000, repeating: 1)
      matmul(a, a)
      """
    let error = firstError(source)
    #expect(error?.kind == .limit)
    #expect(
      error?.message
        == "product of 3000×3000 and 3000×3000 is too much work: more than 2000000000 multiply-adds"
    )
  }
}

@Suite struct RetainedElementsLimitTests {
  @Test func namesTogetherCannotExceedTheRetainedLimit() {
    let limits = EvaluationLimits(maximumElements: 10, maximumRetainedElements: 15)
    let results = evaluate(
      """
      let a = Vector(repeating: 0, count: 10)
      let b = Vector(repeating: 0, count: 10)
      let a = Vector(repeating: 1, count: 5)
      """, limits: limits)
    #expect(results[0].error == nil)
    #expect(
      results[1].error?.message
        == "too many elements kept by this note's names: 20 exceeds the limit of 15")
    #expect(results[1].error?.kind == .limit)
    #expect(results[2].error == nil)
  }
}

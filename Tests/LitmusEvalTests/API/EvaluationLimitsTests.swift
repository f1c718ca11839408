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

  /// `a<a<a<…` makes SwiftParser's lookahead quadratic: a block over 1 KiB is parsed on
  /// a helper thread, given up when the note's budget runs out.
  @Test func aSlowParseSpendsTheBudgetAndEndsInAPositionedError() throws {
    let started = ContinuousClock.now
    let evaluator = Evaluator(limits: EvaluationLimits(timeBudget: .milliseconds(300)))
    let results = evaluator.evaluateBlock(String(repeating: "a<", count: 4_000) + "x")
    let error = try #require(results.first?.error)
    #expect(results.count == 1)
    #expect(error.kind == .limit)
    #expect(error.location == SourceLocation(line: 1, column: 1))
    #expect(
      error.message
        == "time budget of 0.3 s for this note ran out while parsing this block "
        + "(the Swift parser's lookahead is slow on text such as `a<a<a<…`)")
    // Nothing more is parsed once the budget is spent, so slow blocks cannot add up.
    for _ in 0..<20 {
      #expect(
        evaluator.evaluateBlock(String(repeating: "a<", count: 400) + "x").first?.error?.message
          == "time budget of 0.3 s for this note is exhausted")
    }
    #expect(
      evaluator.evaluateExpression(String(repeating: "a<", count: 4_000) + "x").error?.kind
        == .limit)
    #expect(ContinuousClock.now - started < .seconds(5 * Sanitizer.slowdown))
  }

  /// Each `<` after a name is one level of recursion in SwiftParser: 60,000 of them
  /// overflowed a 256 MB stack.
  @Test func tooManyOpenAngleBracketsAreALimitNotAStackOverflow() throws {
    let source = "let a: " + String(repeating: "a<", count: 60_000) + "x"
    let error = try #require(Evaluator().evaluateBlock(source).first?.error)
    #expect(error.kind == .limit)
    #expect(error.location == SourceLocation(line: 1, column: 9 + 2 * 4_096))
    #expect(
      error.message
        == "more than 4096 `<` open at once; the Swift parser nests generic arguments one "
        + "level for each")
  }

  @Test func manyAttributesAreALimitNotExponentialTime() throws {
    let started = ContinuousClock.now
    let source = String(repeating: "@a<", count: 30) + "x"
    let error = try #require(Evaluator().evaluateBlock(source).first?.error)
    #expect(error.kind == .limit)
    #expect(error.location == SourceLocation(line: 1, column: 25))
    #expect(
      error.message
        == "more than 8 `@` in one block; attributes are not supported in examples, and the "
        + "Swift parser takes exponential time on nested ones")
    #expect(ContinuousClock.now - started < .seconds(5 * Sanitizer.slowdown))
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

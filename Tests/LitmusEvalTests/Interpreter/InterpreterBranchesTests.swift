import LitmusEval
import Testing

/// `c ? a : b` and `&&`/`||` type-check the operand they do not run (Interpreter+Branches.swift).
@Suite struct InterpreterBranchesTests {
  private func kind(_ source: String) -> String? {
    evaluate(source).last?.value?.kindDescription
  }

  @Test func anIntegerLiteralBranchTakesTheOtherBranchsDoubleType() {
    // Swift: let x = true ? 3 : 0.5; x / 2 == 1.5
    #expect(show("let x = true ? 3 : 0.5\nx / 2") == "1.5")
    #expect(show("let t = false ? 2.5 : 3\nt / 2") == "1.5")
    #expect(kind("true ? 3 : 0.5") == "Double")
    #expect(kind("true ? 0.5 : 3") == "Double")
  }

  @Test func literalBranchesKeepTheirOwnTypeTogether() {
    #expect(kind("true ? 1 : 2") == "Int")
    #expect(show("true ? [1, 2] : [0.5]") == "[1, 2]")
    #expect(kind("true ? [1, 2] : [0.5]") == "[Double] of 2")
    #expect(kind("true ? [0.5] : [1, 2]") == "[Double] of 1")
    #expect(show("let v: Vector = [1, 2]\ntrue ? [3, 4] : v") == "[3, 4]")
    #expect(kind("let v: Vector = [1, 2]\ntrue ? [3, 4] : v") == "Vector of 2")
  }

  @Test func mismatchingBranchTypesAreSwiftsError() {
    let error = firstError("let v: Vector = [1, 2]\ntrue ? v.count : v.sum()")
    #expect(
      error?.message
        == "result values in '? :' expression have mismatching types 'Int' and 'Double'")
    #expect(error?.kind == .type)
    #expect(
      firstError("true ? 1 : \"a\"")?.message
        == "result values in '? :' expression have mismatching types 'Int' and 'String'")
    #expect(
      firstError("false ? \"a\" : 1")?.message
        == "result values in '? :' expression have mismatching types 'String' and 'Int'")
  }

  @Test func theBranchNotTakenDoesNotRun() {
    let results = evaluate("let e: Vector = []\nlet x = e.isEmpty ? 0.0 : e.max()\nx")
    #expect(results.allSatisfy { $0.error == nil })
    #expect(results.last?.value?.formatted() == "0")
    #expect(evaluate("let x = 1.0\nx > 0 ? x : exp(1000.0)").last?.warnings.isEmpty == true)
    #expect(show("let z = 0\nz == 0 ? 0 : 1 / z") == "0")
  }

  @Test func aCallThatWouldFailStillGivesTheOtherBranchItsType() {
    // Swift: let m = e.isEmpty ? 1 : e.max()! is a Double, so m / 2 is 0.5.
    let results = evaluate("let e: Vector = []\nlet m = e.isEmpty ? 1 : e.max()\nm / 2")
    #expect(results.allSatisfy { $0.error == nil })
    #expect(results.last?.value?.formatted() == "0.5")
    let marked = Marked("let e: Vector = []\ntrue ? 0 : e.max() + e.1️⃣summ()")
    #expect(firstError(marked.source)?.location == marked.location)
  }

  @Test func theBranchNotTakenIsTypeChecked() {
    let marked = Marked("let v: Vector = [1, 2]\ntrue ? 0 : v.1️⃣summ()")
    let error = firstError(marked.source)
    #expect(error?.kind == .unknownName)
    #expect(error?.location == marked.location)
    #expect(firstError("true ? 1.0 : softmax(logits: [1.0])")?.kind == .labels)
    #expect(firstError("true ? 1 : exp(1)")?.kind == .type)
    #expect(firstError("false ? whatever : 2")?.kind == .unknownName)
  }

  @Test func aCompileTimeErrorInTheOtherBranchComesBeforeARunTimeOne() {
    let error = firstError("let e: Vector = []\ntrue ? e.max() : e.summ()")
    #expect(error?.kind == .unknownName)
  }

  @Test func shortCircuitedOperandsAreTypeCheckedButNotRun() {
    let marked = Marked("let v: Vector = [1, 2]\nfalse && v.1️⃣summ() > 0")
    let error = firstError(marked.source)
    #expect(error?.kind == .unknownName)
    #expect(error?.location == marked.location)
    #expect(firstError("true || nope")?.kind == .unknownName)
    #expect(
      firstError("true || 1")?.message
        == "binary operator '||' cannot be applied to operands of type 'Bool' and 'Int'")
    let results = evaluate("let e: Vector = []\ne.isEmpty || e.max() > 0")
    #expect(results.last?.error == nil)
    #expect(results.last?.value?.formatted() == "true")
    #expect(show("let e: Vector = []\n!e.isEmpty && e.max() > 0") == "false")
  }

  @Test func warningsOfTheOperandNotRunAreDiscarded() {
    let results = evaluate("false && exp(1000.0) > 0\ntrue ? 1.0 : naiveSoftmax([1000, 1]).sum()")
    #expect(results.allSatisfy { $0.warnings.isEmpty && $0.error == nil })
  }

  @Test func nestedTernariesOfLiteralsAdaptTogether() {
    #expect(show("(true ? 1 : 2) / 2 * 1.0") == "0.5")
    #expect(show("let c = 2\nc > 1 ? 1 : c > 0 ? 2 : 0.5") == "1")
    #expect(kind("let c = 2\nc > 1 ? 1 : c > 0 ? 2 : 0.5") == "Double")
  }

  @Test func theOperandNotRunStaysWithinTheTimeBudget() {
    var limits = EvaluationLimits()
    limits.timeBudget = .milliseconds(300)
    let source = """
      let big = Vector(repeating: 1.0, count: 100000)
      true ? 0.0 : numericalGradient(at: big) { z in z.sum() }.sum()
      big.count
      """
    let started = ContinuousClock.now
    let results = evaluate(source, limits: limits)
    #expect(ContinuousClock.now - started < .seconds(20))
    #expect(results.count == 3)
    #expect(results[1].error == nil || results[1].error?.kind == .limit)
    #expect(results[2].error?.kind == .limit)
  }
}

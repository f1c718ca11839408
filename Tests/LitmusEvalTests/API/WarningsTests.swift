import LitmusEval
import Testing

/// Floating-point warnings are attached to the statement that raised them.
@Suite struct WarningsTests {
  private func warnings(_ source: String) -> [String] {
    evaluate(source).last?.warnings.map(\.description) ?? []
  }

  @Test func naiveSoftmaxOverflowsInExp() {
    let results = evaluate("let z: Vector = [-10, -1, 1000]\nnaiveSoftmax(z)\nsoftmax(z)")
    #expect(results[1].warnings.map(\.description) == ["overflow in exp"])
    #expect(results[1].value?.formatted() == "[0, 0, nan]")
    #expect(results[2].warnings.isEmpty)
    #expect(results[2].value?.formatted() == "[0, 0, 1]")
  }

  @Test func scalarExpOverflow() {
    #expect(warnings("exp(1000.0)") == ["overflow in exp"])
  }

  @Test func scalarDivisionByZero() {
    #expect(warnings("1.0 / 0") == ["division by zero in divide"])
  }

  @Test func scalarInvalidOperation() {
    #expect(warnings("0.0 / 0") == ["invalid value in divide"])
    #expect(warnings("sqrt(-1.0)") == ["invalid value in sqrt"])
  }

  @Test func logOfZeroIsDivisionByZero() {
    #expect(warnings("log(0.0)") == ["division by zero in log"])
  }

  @Test func scalarMultiplyOverflow() {
    #expect(warnings("1e300 * 1e10") == ["overflow in multiply"])
  }

  @Test func nanFromAnEarlierProblemIsNotReportedAgain() {
    let results = evaluate("let x = Double.nan\nx + 1")
    #expect(results[1].warnings.isEmpty)
  }

  @Test func warningsAreAttachedToTheirOwnStatement() {
    let results = evaluate("let big = exp(1000.0)\nlet fine = exp(1.0)")
    #expect(results[0].warnings.count == 1)
    #expect(results[1].warnings.isEmpty)
  }

  @Test func warningsInsideAClosureBelongToTheCall() {
    let source = "let z: Vector = [1, 2]\nnumericalGradient(at: z) { v in exp(v[0] * 1000) }"
    #expect(warnings(source).contains("overflow in exp"))
  }

  @Test func aLibraryCallThatOverflowsSilentlyIsReportedUnderItsName() {
    #expect(warnings("softmaxJacobian([1e200, 1])") == ["overflow in softmaxJacobian"])
    #expect(warnings("crossEntropy([1e-320, 1], [1e306, 0])") == ["overflow in crossEntropy"])
    let source = "let p: Vector = [1e308]\nnumericalGradient(at: p, step: 1e308) { z in z.sum() }"
    #expect(warnings(source) == ["invalid value in numericalGradient"])
  }

  @Test func aCallsOwnWarningIsNotDoubled() {
    #expect(warnings("naiveSoftmax([-10, -1, 1000])") == ["overflow in exp"])
    #expect(warnings("crossEntropy([0, 1], label: 0)") == ["division by zero in log"])
  }

  @Test func nonFiniteInputsAreNotReportedAgain() {
    #expect(warnings("softmaxJacobian([Double.infinity, 1])").isEmpty)
  }
}

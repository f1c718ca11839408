import LitmusEval
import Testing

@Suite struct EvaluatorTests {
  @Test func evaluatesTheSeedExample() {
    let results = evaluate(
      """
      let counts: Vector = [3, 3, 4]
      counts / counts.sum()
      softmax(counts)
      """)
    #expect(results.count == 3)
    #expect(results[0].isExpression == false)
    #expect(results[0].value == nil)
    #expect(results[0].boundNames == ["counts"])
    #expect(results[1].value?.formatted() == "[0.3, 0.3, 0.4]")
    // numpy: softmax([3, 3, 4]) = [0.21194156, 0.21194156, 0.57611688]
    #expect(results[2].value?.formatted() == "[0.211942, 0.211942, 0.576117]")
    #expect(results.allSatisfy { $0.error == nil && $0.warnings.isEmpty })
  }

  @Test func reportsStatementRangesWithTheLastLineOfMultilineStatements() {
    let results = evaluate(
      """
      let m: Matrix = [
        [1, 2],
        [3, 4],
      ]
        m.rows
      """)
    #expect(results.count == 2)
    #expect(results[0].start == SourceLocation(line: 1, column: 1))
    #expect(results[0].end == SourceLocation(line: 4, column: 1))
    #expect(results[1].start == SourceLocation(line: 5, column: 3))
    #expect(results[1].end == SourceLocation(line: 5, column: 8))
    #expect(results[1].value?.formatted() == "2")
  }

  @Test func trailingCommentsDoNotExtendAStatement() {
    let results = evaluate("1 + 1 // => 2\n// => more")
    #expect(results.count == 1)
    #expect(results[0].end == SourceLocation(line: 1, column: 5))
  }

  @Test func statementsSeparatedBySemicolonsAreSeparateResults() {
    let results = evaluate("let a = 1; a + 1")
    #expect(results.count == 2)
    #expect(results[1].value?.formatted() == "2")
    #expect(results[1].start == SourceLocation(line: 1, column: 12))
  }

  @Test func environmentPersistsAcrossBlocksInDocumentOrder() {
    let evaluator = Evaluator()
    _ = evaluator.evaluateBlock("let v: Vector = [1, 2]")
    let results = evaluator.evaluateBlock("v.sum()")
    #expect(results[0].value?.formatted() == "3")
  }

  @Test func namedSessionsAreSeparateEnvironments() {
    let evaluator = Evaluator()
    _ = evaluator.evaluateBlock("let x = 1")
    _ = evaluator.evaluateBlock("let x = 2", session: "other")
    #expect(evaluator.evaluateBlock("x").first?.value?.formatted() == "1")
    #expect(evaluator.evaluateBlock("x", session: "other").first?.value?.formatted() == "2")
    let fresh = evaluator.evaluateBlock("x", session: "third").first?.error
    #expect(fresh?.kind == .unknownName)
  }

  @Test func failedStatementPoisonsItsNames() {
    let results = evaluate(
      """
      let p: Vector = [0.5, 0.5]
      let loss = crossEntropy(p, label: 7)
      loss * 2
      """)
    #expect(results[1].error?.message == "label 7 is out of range for 2 classes")
    #expect(results[1].boundNames == ["loss"])
    let dependency = results[2].error
    #expect(dependency?.kind == .dependency)
    #expect(dependency?.message == "depends on `loss`, which failed at line 2")
    #expect(dependency?.location == SourceLocation(line: 3, column: 1))
  }

  @Test func dependencyMessagesUseTheNoteLineOfTheBlock() {
    let evaluator = Evaluator()
    _ = evaluator.evaluateBlock("let a = 1\nlet b = c", firstLine: 20)
    let error = evaluator.evaluateBlock("b + 1", firstLine: 30).first?.error
    #expect(error?.message == "depends on `b`, which failed at line 21")
  }

  @Test func failedAssignmentPoisonsTheVariable() {
    let results = evaluate(
      """
      var g: Vector = [1, 2]
      g -= [1, 2, 3]
      g
      """)
    #expect(results[1].error?.message == "shape mismatch: 2 vs 3")
    #expect(results[2].error?.message == "depends on `g`, which failed at line 2")
  }

  @Test func aLaterDeclarationRepairsAPoisonedName() {
    let results = evaluate("let x = nope\nlet x = 2\nx")
    #expect(results[2].value?.formatted() == "2")
  }

  @Test func syntaxErrorsAreReportedWithSwiftParserMessagesAndPositions() {
    let marked = Marked("let a = 1\nlet b = softmax(1️⃣\nlet c = 3\nc")
    let results = evaluate(marked.source)
    let error = results.compactMap(\.error).first
    #expect(error?.kind == .syntax)
    #expect(error?.message == "expected value and ')' to end function call")
    #expect(error?.location == marked.location)
    #expect(results.last?.value?.formatted() == "3")
  }

  @Test func syntaxErrorPoisonsTheDeclaredName() {
    let results = evaluate("let b = )\nb")
    #expect(results.first?.error?.kind == .syntax)
    #expect(results.last?.error?.kind == .dependency)
  }

  @Test func evaluateExpressionSeesTheNoteEnvironment() {
    let evaluator = Evaluator()
    _ = evaluator.evaluateBlock("let v: Vector = [3, 3, 4]")
    let result = evaluator.evaluateExpression("softmax(v)[2]")
    #expect(result.isExpression)
    #expect(result.value?.formatted(precision: 3) == "0.576")
  }

  @Test func evaluateExpressionRefusesDeclarationsAndAssignments() {
    let evaluator = Evaluator()
    _ = evaluator.evaluateBlock("var x = 1")
    #expect(evaluator.evaluateExpression("let y = 2").error?.message == "expected one expression")
    #expect(evaluator.evaluateExpression("x = 2").error?.message == "expected one expression")
    #expect(evaluator.evaluateExpression("x").value?.formatted() == "1")
  }

  @Test func evaluateExpressionReportsSyntaxErrors() {
    let result = Evaluator().evaluateExpression("softmax(")
    #expect(result.error?.kind == .syntax)
  }
}

@Suite struct EvaluatorSyntaxRegionTests {
  @Test func manyBrokenLinesGiveOneErrorPerRegionQuickly() {
    let source = Array(repeating: "let = )", count: 2_000).joined(separator: "\n")
    let clock = ContinuousClock()
    var results: [StatementResult] = []
    let elapsed = clock.measure { results = evaluate(source) }
    #expect(!results.isEmpty)
    #expect(results.allSatisfy { $0.error?.kind == .syntax })
    // A guard against quadratic behaviour, not a benchmark (5x under a sanitizer).
    #expect(elapsed < .seconds(10 * Sanitizer.slowdown))
  }

  @Test func statementsAfterASyntaxErrorStillRun() {
    let results = evaluate("let a = 1\nlet b = (\nlet c = 2\nc")
    #expect(results.last?.value?.formatted() == "2")
  }
}

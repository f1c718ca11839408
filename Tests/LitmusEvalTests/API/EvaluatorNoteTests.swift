import LitmusEval
import Testing

/// A note evaluated the way the pipeline does it: blocks in document order,
/// a named session, inline expressions in between.
@Suite struct EvaluatorNoteTests {
  @Test func aNoteWithSessionsAndInlineValues() {
    let evaluator = Evaluator()
    let first = evaluator.evaluateBlock(
      """
      let z: Vector = [2, 1, 0.1]
      let s = softmax(z)
      """, firstLine: 10)
    #expect(first.allSatisfy { $0.error == nil })
    // numpy: softmax([2, 1, 0.1]) = [0.65900114, 0.24243297, 0.09856589]
    #expect(evaluator.evaluateExpression("s[0]").value?.formatted(precision: 4) == "0.659")
    let other = evaluator.evaluateBlock("let s = 1\ns + 1", session: "scratch", firstLine: 20)
    #expect(other.last?.value?.formatted() == "2")
    let second = evaluator.evaluateBlock(
      """
      var g = s
      g[0] -= 1
      g
      crossEntropy(logits: z, label: 0)
      """, firstLine: 30)
    #expect(second[2].value?.formatted(precision: 4) == "[-0.341, 0.2424, 0.09857]")
    // -log(0.65900114) = 0.41703002
    #expect(second[3].value?.formatted(precision: 4) == "0.417")
  }

  @Test func compoundAssignmentTypeErrorNamesTheCompoundOperator() {
    let error = firstError("var n = 1\nn += 0.5")
    #expect(
      error?.message
        == "binary operator '+=' cannot be applied to operands of type 'Int' and 'Double'")
    #expect(error?.location == SourceLocation(line: 2, column: 3))
  }

  @Test func fiftyStatementsTakeLittleTime() {
    var lines = ["let z: Vector = [2, 1, 0.1, -3, 4]"]
    for index in 0..<49 {
      lines.append(
        index.isMultiple(of: 2)
          ? "let s\(index) = softmax(z * \(index).0)"
          : "crossEntropy(logits: z, label: \(index % 5))")
    }
    let evaluator = Evaluator()
    let clock = ContinuousClock()
    var results: [StatementResult] = []
    let elapsed = clock.measure { results = evaluator.evaluateBlock(lines.joined(separator: "\n")) }
    #expect(results.count == 50)
    #expect(results.allSatisfy { $0.error == nil })
    // Generous for unoptimised debug builds on a shared machine; see the report for numbers.
    #expect(elapsed < .seconds(2))
    print("50 statements evaluated in \(elapsed)")
  }
}

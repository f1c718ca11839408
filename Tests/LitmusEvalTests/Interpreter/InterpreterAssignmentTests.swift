import LitmusEval
import Testing

@Suite struct InterpreterAssignmentTests {
  @Test func assignmentToAVar() {
    #expect(show("var x = 1\nx = 5\nx") == "5")
  }

  @Test func assignmentKeepsTheVariablesType() {
    #expect(evaluate("var x = 1.5\nx = 2\nx").last?.value?.kindDescription == "Double")
    let error = firstError("var n = 1\nn = 2.5")
    #expect(error?.message == "cannot assign value of type 'Double' to type 'Int'")
  }

  @Test func compoundAssignment() {
    #expect(show("var x = 10\nx += 5\nx -= 3\nx *= 2\nx /= 4\nx") == "6")
    #expect(show("var v: Vector = [1, 2]\nv *= 2\nv += [1, 1]\nv") == "[3, 5]")
  }

  @Test func subscriptCompoundAssignmentOnAGradient() {
    let source = """
      var grad = softmax([3, 3, 4])
      grad[2] -= 1
      grad
      """
    // numpy: softmax([3,3,4]) - onehot(2) = [0.21194156, 0.21194156, -0.42388312]
    #expect(show(source) == "[0.211942, 0.211942, -0.423883]")
  }

  @Test func matrixElementAssignment() {
    #expect(show("var m: Matrix = [[1, 2], [3, 4]]\nm[0, 1] = 3\nm") == "[[1, 3], [3, 4]]")
  }

  @Test func subscriptAssignmentOutOfRange() {
    let error = firstError("var v: Vector = [1, 2]\nv[2] = 1")
    #expect(error?.message == "index 2 is out of range for 2 elements")
  }

  @Test func subscriptAssignmentToALet() {
    let error = firstError("let v: Vector = [1, 2]\nv[0] = 1")
    #expect(
      error?.message == "cannot assign to value: 'v' is a 'let' constant; declare it with `var`")
  }

  @Test func assignmentIsNotAnExpressionStatement() {
    let results = evaluate("var x = 1\nx += 1")
    #expect(results[1].isExpression == false)
    #expect(results[1].value == nil)
    #expect(results[1].boundNames == ["x"])
  }

  @Test func remainderAssignmentOnAnInt() {
    #expect(show("var i = 7\ni %= 2\ni") == "1")
    #expect(
      firstError("var d = 1.5\nd %= 2.0")?.message
        == "'%=' is unavailable for Double: use formTruncatingRemainder(dividingBy:)")
  }

  @Test func aFailedCompoundAssignmentPoisonsItsTarget() {
    let results = evaluate("var i = 1\ni %= 0\ni\nvar k = 1\nk <<= 1\nk")
    #expect(results[1].error?.message.hasPrefix("division by zero in integer `%`") == true)
    #expect(results[2].error?.message == "depends on `i`, which failed at line 2")
    #expect(results[4].error?.message == "operator `<<=` is not supported in examples")
    #expect(results[4].boundNames == ["k"])
    #expect(results[5].error?.message == "depends on `k`, which failed at line 5")
  }

  @Test func assigningAPoisonedVariableGivesItAValue() {
    let results = evaluate("var x = [1.0][3]\nx = 3\nx")
    #expect(results[1].error == nil)
    #expect(results[2].error == nil)
    #expect(results[2].value?.formatted() == "3")
  }

  @Test func assigningAPoisonedAnnotatedVariableKeepsItsType() {
    #expect(show("var y: Double = [1.0][3]\ny = 3\ny / 2") == "1.5")
    #expect(
      evaluate("var y: Double = [1.0][3]\ny = \"a\"").last?.error?.message
        == "cannot assign value of type 'String' to type 'Double'")
  }

  @Test func readingAPoisonedVariableStillReportsTheDependency() {
    let results = evaluate("var x = [1.0][3]\nx += 1\nx = x * 2\nx[0] = 1\nlet c = [1.0][3]\nc = 2")
    #expect(results[1].error?.message == "depends on `x`, which failed at line 1")
    #expect(results[2].error?.message == "depends on `x`, which failed at line 2")
    #expect(results[3].error?.message == "depends on `x`, which failed at line 3")
    #expect(results[5].error?.message == "depends on `c`, which failed at line 5")
  }
}

import LitmusEval
import Testing

/// Closures written in examples and called by LitmusMath (numericalGradient).
@Suite struct InterpreterClosuresTests {
  private let z = "let z: Vector = [1, 2, 3]\n"

  @Test func closureBodyMayEndWithReturn() {
    #expect(show(z + "numericalGradient(at: z) { v in return v.sum() }") == "[1, 1, 1]")
  }

  @Test func closureBodyMayDeclareConstantsFirst() {
    // d/dv (v·v)/2 = v
    #expect(
      show(z + "numericalGradient(at: z) { v in\n  let half = dot(v, v) / 2\n  return half\n}")
        == "[1, 2, 3]")
  }

  @Test func closureWithTypedParameter() {
    #expect(show(z + "numericalGradient(at: z) { (v: Vector) in v.max() }") == "[0, 0, 1]")
  }

  @Test func closureArityMismatchIsAnError() {
    let error = firstError(z + "numericalGradient(at: z) { a, b in a.sum() }")
    #expect(error?.message == "closure takes 2 parameters but is called with 1")
  }

  @Test func closureSeesNamesBoundBeforeIt() {
    let source =
      z + "let y = oneHot(1, count: 3)\nnumericalGradient(at: z) { crossEntropy(softmax($0), y) }"
    // d/dz -log softmax(z)[1] = softmax(z) - y = [0.0900306, -0.755272, 0.665241]
    #expect(show(source) == "[0.0900306, -0.755272, 0.665241]")
  }

  @Test func closureParameterShadowsAnOuterName() {
    #expect(show(z + "numericalGradient(at: [0, 0] as Vector) { z in z.sum() }").hasPrefix("error"))
    #expect(
      show(z + "let w: Vector = [0, 0]\nnumericalGradient(at: w) { z in z.sum() }") == "[1, 1]")
  }

  @Test func closureOverAMatrix() {
    let source = "let w: Matrix = [[1, 2], [3, 4]]\nnumericalGradient(at: w) { $0.sum() }"
    #expect(show(source) == "[[1, 1], [1, 1]]")
  }

  @Test func dependencyInsideAClosureReportsTheFailedName() {
    let source = z + "let bad = nope\nnumericalGradient(at: z) { v in v.sum() + bad }"
    #expect(show(source) == "error: depends on `bad`, which failed at line 2")
  }

  @Test func aLiteralClosureResultTakesTheExpectedDoubleType() {
    // Swift infers `{ z in 1 }` as `(Vector) -> Double`: the gradient of a constant is 0.
    #expect(show("let v: Vector = [1, 2]\nnumericalGradient(at: v) { z in 1 }") == "[0, 0]")
    #expect(show("let v: Vector = [1, 2]\nnumericalGradient(at: v) { z in 3 / 2 }") == "[0, 0]")
    let error = firstError("let v: Vector = [1, 2]\nnumericalGradient(at: v) { z in z.count }")
    #expect(error?.message == "closure returns 'Int' but must return 'Double'")
  }
}

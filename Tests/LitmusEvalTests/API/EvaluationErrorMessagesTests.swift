import LitmusEval
import Testing

/// Every error message, with the exact column it points at (`1️⃣` marks it).
@Suite struct EvaluationErrorMessagesTests {
  /// Evaluates `text` and returns its first error, checking its position.
  private func error(
    _ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> EvaluationError? {
    let marked = Marked(text)
    let error = firstError(marked.source)
    #expect(error != nil, "no error", sourceLocation: sourceLocation)
    #expect(error?.location == marked.location, sourceLocation: sourceLocation)
    return error
  }

  @Test func unknownNameSuggestsTheClosestName() {
    let e = error("let v: Vector = [1, 2]\n1️⃣softmx(v)")
    #expect(e?.message == "unknown name `softmx`; did you mean `softmax`?")
    #expect(e?.kind == .unknownName)
    #expect(e?.suggestion == "softmax")
  }

  @Test func unknownNameSuggestsDeclaredNames() {
    let e = error("let logits: Vector = [1, 2]\nsoftmax(1️⃣logit)")
    #expect(e?.message == "unknown name `logit`; did you mean `logits`?")
  }

  @Test func unknownNameWithoutACloseMatch() {
    #expect(error("1️⃣zzzzzz + 1")?.message == "unknown name `zzzzzz`")
  }

  @Test func unknownMemberSuggestsAMember() {
    let e = error("let v: Vector = [1, 2]\nv.1️⃣summ()")
    #expect(e?.message == "value of type 'Vector' has no member 'summ'; did you mean `sum`?")
  }

  @Test func wrongLabelsListTheValidOnes() {
    let e = error("let z: Vector = [1, 2]\ncrossEntropy(1️⃣logit: z, label: 1)")
    #expect(e?.kind == .labels)
    #expect(
      e?.message
        == "no `crossEntropy` takes the labels (logit:label:); use `crossEntropy(_:_:)`, "
        + "`crossEntropy(_:label:)`, `crossEntropy(logits:label:)`, `crossEntropy(logits:labels:)`")
  }

  @Test func missingLabelListsTheValidOnes() {
    let e = error("1️⃣oneHot(2, 5)")
    #expect(e?.message == "no `oneHot` takes the labels (_:_:); use `oneHot(_:count:)`")
  }

  @Test func unannotatedArraySaysToAnnotate() {
    let e = error("let v = [3, 3, 4]\nsoftmax(1️⃣v)")
    #expect(
      e?.message
        == "cannot convert value of type '[Int]' to expected argument type 'Vector'; "
        + "declare it with a type: `let v: Vector = …`")
    #expect(e?.kind == .type)
  }

  @Test func wrongValueKindNamesTheOverloads() {
    let e = error("1️⃣softmax(3.0)")
    #expect(
      e?.message
        == "no `softmax` accepts (Double); expected `softmax(Matrix)` or `softmax(Vector)`")
  }

  @Test func shapeMismatchNamesBothShapes() {
    let e = error("let a: Vector = [1, 2]\nlet b: Vector = [1, 2, 3]\na 1️⃣+ b")
    #expect(e?.message == "shape mismatch: 2 vs 3")
    #expect(e?.kind == .math)
  }

  @Test func matmulMismatchNamesBothShapes() {
    let e = error("let m: Matrix = [[1, 2, 3], [4, 5, 6]]\n1️⃣matmul(m, m)")
    #expect(e?.message == "cannot multiply 2×3 by 2×3")
  }

  @Test func labelOutOfRange() {
    let e = error("1️⃣crossEntropy(logits: [1, 2, 3], label: 7)")
    #expect(e?.message == "label 7 is out of range for 3 classes")
  }

  @Test func indexOutOfRange() {
    let e = error("let v: Vector = [1, 2, 3]\n1️⃣v[5]")
    #expect(e?.message == "index 5 is out of range for 3 elements")
  }

  @Test func doubleDividedByIntIsSwiftsError() {
    let e = error("let x = 3.0\nlet n = 2\nx 1️⃣/ n")
    #expect(
      e?.message == "binary operator '/' cannot be applied to operands of type 'Double' and 'Int'")
  }

  @Test func assigningALetIsSwiftsError() {
    let e = error("let x = 1\n1️⃣x = 2")
    #expect(e?.message == "cannot assign to value: 'x' is a 'let' constant; declare it with `var`")
    #expect(e?.kind == .assignment)
  }

  @Test func annotationMismatchIsSwiftsError() {
    let e = error("let n: Int = 1️⃣2.5")
    #expect(e?.message == "cannot convert value of type 'Double' to specified type 'Int'")
  }

  @Test func nestedArrayWithoutTypeSaysToAnnotate() {
    let e = error("let m = 1️⃣[[1, 2], [3, 4]]")
    #expect(e?.message == "nested array literal needs a type: `let m: Matrix = [[…], […]]`")
  }

  @Test func raggedMatrixLiteral() {
    let e = error("let m: Matrix = 1️⃣[[1, 2], [3]]")
    #expect(e?.message == "ragged matrix literal: row 2 has 1 elements, row 1 has 2")
  }

  @Test func integerOverflowIsAnError() {
    let e = error("Int.max 1️⃣+ 1")
    #expect(e?.message == "arithmetic overflow in integer `+`")
  }

  @Test func integerDivisionByZeroIsAnError() {
    let e = error("1 1️⃣/ 0")
    #expect(
      e?.message
        == "division by zero in integer `/`; write a Double (`1.0`) for floating-point division")
  }

  @Test func loopsAreRejectedByName() {
    #expect(error("1️⃣while true {}")?.message == "loops are not supported in examples")
    #expect(error("1️⃣for i in 0..<3 {}")?.message == "loops are not supported in examples")
  }

  @Test func functionsAndTypesAreRejectedByName() {
    #expect(
      error("1️⃣func f() -> Int { 1 }")?.message
        == "function declarations are not supported in examples")
    #expect(error("1️⃣struct S {}")?.message == "type declarations are not supported in examples")
  }

  @Test func ifIsRejected() {
    #expect(error("1️⃣if true { 1 }")?.message == "`if` is not supported in examples")
  }

  @Test func closureWithoutContext() {
    let e = error("let f = 1️⃣{ (z: Vector) in z.sum() }")
    #expect(
      e?.message
        == "a closure needs a context: pass it to a function such as `numericalGradient(at:of:)`")
  }

  @Test func errorInsideAClosureIsPositionedInside() {
    let e = error("let z: Vector = [1, 2]\nnumericalGradient(at: z) { v in 1️⃣nope(v) }")
    #expect(e?.message == "unknown name `nope`")
  }

  @Test func closureMustReturnADouble() {
    let e = error("let z: Vector = [1, 2]\n1️⃣numericalGradient(at: z) { v in v }")
    #expect(e?.message == "closure returns 'Vector' but must return 'Double'")
  }

  @Test func implicitMemberWithoutContext() {
    let e = error("let x = 1️⃣.infinity")
    #expect(
      e?.message
        == "cannot infer contextual base in reference to member 'infinity'; write `Double.infinity`"
    )
  }

  @Test func nonAssociativeComparison() {
    let e = error("1 < 2 1️⃣< 3")
    #expect(
      e?.message
        == "adjacent operators are in non-associative precedence group 'ComparisonPrecedence'")
  }

  @Test func functionUsedWithoutCall() {
    #expect(error("let f = 1️⃣softmax")?.message == "`softmax` is a function; call it: `softmax(…)`")
  }

  @Test func methodUsedWithoutCall() {
    #expect(
      error("let v: Vector = [1]\nv.1️⃣sum")?.message == "`sum` is a method; call it: `.sum()`")
  }

  @Test func badIntConversion() {
    #expect(
      error("1️⃣Int(Double.nan)")?.message
        == "cannot convert nan to Int: not a finite number in Int's range")
  }

  @Test func badRange() {
    #expect(error("1.0 1️⃣... 0.5")?.message == "invalid range: 1...0.5")
  }

  @Test func declarationWithoutValue() {
    #expect(error("var 1️⃣x: Double")?.message == "`x` needs an initial value: `var x = …`")
  }
}

import LitmusEval
import Testing

/// One test per construct of the example language (Interpreter+Expressions.swift).
@Suite struct InterpreterExpressionsTests {
  @Test func integerLiteralIsInt() {
    #expect(evaluate("let n = 3\nn").last?.value?.kindDescription == "Int")
    #expect(show("1_000 + 0x10") == "1016")
  }

  @Test func floatLiteralIsDouble() {
    #expect(evaluate("3.0").last?.value?.kindDescription == "Double")
    #expect(show("1e-7") == "1e-07")
  }

  @Test func integerDivisionTruncatesLikeSwift() {
    #expect(show("3 / 2") == "1")
    #expect(show("-7 / 2") == "-3")
    #expect(show("7 % 3") == "1")
  }

  @Test func integerLiteralsBecomeDoubleNextToADouble() {
    #expect(show("let x = 3.0\nx / 2") == "1.5")
    #expect(show("1 - 1e-7") == "1")
    #expect(show("1 / 4 + 0.5") == "0.75")
  }

  @Test func genericNumericCallsOfLiteralsAreLiterals() {
    // Swift: min<Double>(1, 2) / 2 * 1.0 == 0.5, and so on.
    #expect(show("min(1, 2) / 2 * 1.0") == "0.5")
    #expect(show("max(3, 4) / 8 + 0.0") == "0.5")
    #expect(show("abs(-3) / 2 * 1.0") == "1.5")
    #expect(show("let a: Double = max(1, 2) / 4\na") == "0.5")
    #expect(evaluate("max(1, 2)").last?.value?.kindDescription == "Int")
    #expect(show("[max(1, 2), 0.5]") == "[2, 0.5]")
  }

  @Test func nestedGenericCallsResolveInLinearTime() {
    #expect(show("max(max(max(1, 2), 3), 4) / 8 * 1.0") == "0.5")
    // abs over an array literal is LitmusMath's abs(Vector), not a number literal: each
    // level resolves once, not once per overload tried below it.
    let nested =
      String(repeating: "abs(", count: 40) + "[1, -2]" + String(repeating: ")", count: 40)
    let started = ContinuousClock.now
    #expect(show("let w: Vector = \(nested)\nw") == "[1, 2]")
    #expect(ContinuousClock.now - started < .seconds(5))
  }

  @Test func subscriptsOfArrayLiteralsAreLiterals() {
    #expect(show("[1, 2][0] / 2 * 1.0") == "0.5")
    #expect(evaluate("[1, 2][1]").last?.value?.kindDescription == "Int")
    #expect(show("let x: Double = [1, 2][1] / 4\nx") == "0.5")
  }

  @Test func aNamedIntStaysInt() {
    #expect(
      show("let n = 3\nn / 2.0")
        == "error: binary operator '/' cannot be applied to operands of type 'Int' and 'Double'")
    #expect(
      show("let n = 3\nmin(n, 2) / 2 * 1.0")
        == "error: binary operator '*' cannot be applied to operands of type 'Int' and 'Double'")
  }

  @Test func annotationMakesIntegerLiteralsDouble() {
    #expect(show("let x: Double = 3 / 2\nx") == "1.5")
    #expect(evaluate("let x: Double = 3\nx").last?.value?.kindDescription == "Double")
  }

  @Test func booleanAndStringLiterals() {
    #expect(show("true && !false") == "true")
    #expect(show("\"soft\" + \"max\"") == "\"softmax\"")
    #expect(show(#""a\"b\n""#) == #""a\"b\n""#)
  }

  @Test func unannotatedArrayLiteralsAreSwiftArrays() {
    #expect(evaluate("[3, 3, 4]").last?.value?.kindDescription == "[Int] of 3")
    #expect(evaluate("[0.5, 1]").last?.value?.kindDescription == "[Double] of 2")
    #expect(show("[0.5, 1]") == "[0.5, 1]")
  }

  @Test func annotatedArrayLiteralsAreVectorsAndMatrices() {
    #expect(show("let v: Vector = [3, 3, 4]\nv") == "[3, 3, 4]")
    #expect(evaluate("let v: Vector = [3, 3, 4]\nv").last?.value?.kindDescription == "Vector of 3")
    #expect(show("let m: Matrix = [[1, 2], [3, 4]]\nm") == "[[1, 2], [3, 4]]")
    #expect(
      evaluate("let m: Matrix = [[1, 2, 3], [3, 4, 5]]\nm").last?.value?.kindDescription
        == "2×3 Matrix")
    #expect(show("let labels: [Int] = [0, 2]\nlabels") == "[0, 2]")
    #expect(show("let xs: [Double] = [1, 2]\nxs") == "[1, 2]")
  }

  @Test func literalArgumentsTakeTheParameterType() {
    #expect(show("softmax([3, 3, 4])") == "[0.211942, 0.211942, 0.576117]")
    #expect(show("softmax([[1, 1], [0, 0]])") == "[[0.5, 0.5], [0.5, 0.5]]")
    #expect(show("oneHot([0, 2], count: 3)") == "[[1, 0, 0], [0, 0, 1]]")
    #expect(show("oneHot(1, count: 3)") == "[0, 1, 0]")
  }

  @Test func rangesOfDoublesAndInts() {
    #expect(show("1e-7...(1 - 1e-7)") == "1e-07...1")
    #expect(show("0..<3") == "0..<3")
    #expect(show("0...2") == "0...2")
    #expect(
      show("let v: Vector = [0, 0.5, 1]\nclip(v, to: 1e-7...(1 - 1e-7))") == "[1e-07, 0.5, 1]")
    #expect(show("let v: Vector = [-1, 0.5, 2]\nclip(v, to: 0...1)") == "[0, 0.5, 1]")
  }

  @Test func operatorsFollowSwiftPrecedence() {
    #expect(show("1 + 2 * 3") == "7")
    #expect(show("(1 + 2) * 3") == "9")
    #expect(show("10 - 4 - 3") == "3")
    #expect(show("2 * 3 < 7 && 1 + 1 == 2") == "true")
    #expect(show("1 < 2 ? 10 : 20") == "10")
    #expect(show("false || 1 > 2 ? 1 : 0") == "0")
  }

  @Test func prefixOperators() {
    #expect(show("-3") == "-3")
    #expect(show("let v: Vector = [1, -2]\n-v") == "[-1, 2]")
    #expect(show("-.infinity + 1.0") == "-inf")
    #expect(show("!true") == "false")
  }

  @Test func vectorAndMatrixArithmetic() {
    #expect(show("let v: Vector = [1, 2]\nv * 2 + 1") == "[3, 5]")
    #expect(show("let v: Vector = [1, 2]\n1 / v") == "[1, 0.5]")
    #expect(
      show("let m: Matrix = [[1, 2], [3, 4]]\nlet v: Vector = [10, 20]\nm + v")
        == "[[11, 22], [13, 24]]")
    #expect(show("let v: Vector = [1, 2]\nv - [1, 1]") == "[0, 1]")
  }

  @Test func callsWithArgumentLabels() {
    // numpy: -log(softmax([1, 2, 3])[2]) = 0.40760596444438
    #expect(show("crossEntropy(logits: [1, 2, 3], label: 2)") == "0.407606")
    // numpy: -log(0.5) = 0.693147
    #expect(show("let p: Vector = [0.5, 0.5]\ncrossEntropy(p, label: 0)") == "0.693147")
    #expect(
      show("let p: Vector = [0.5, 0.5]\nlet y: Vector = [0, 1]\ncrossEntropy(p, y)") == "0.693147")
  }

  @Test func trailingClosureWithNamedParameter() throws {
    let results = evaluate(
      """
      let z: Vector = [1, 2, 3]
      let g = numericalGradient(at: z) { v in crossEntropy(logits: v, label: 2) }
      relativeError(g, softmaxCrossEntropyGradient(logits: z, label: 2)) < 1e-7
      """)
    #expect(results.allSatisfy { $0.error == nil })
    #expect(results.last?.value?.formatted() == "true")
  }

  @Test func trailingClosureWithAnonymousParameter() {
    // d/dz sum(z) = [1, 1]
    #expect(show("numericalGradient(at: [1, 2] as Vector) { $0.sum() }").hasPrefix("error"))
    #expect(show("let z: Vector = [1, 2]\nnumericalGradient(at: z) { $0.sum() }") == "[1, 1]")
  }

  @Test func closureAsLabeledArgumentWithStep() {
    #expect(
      show("let z: Vector = [1, 2]\nnumericalGradient(at: z, step: 1e-4, of: { z in dot(z, z) })")
        == "[2, 4]")
  }

  @Test func closureCapturesTheEnvironment() {
    #expect(
      show(
        "let w: Vector = [3, 4]\nlet z: Vector = [1, 2]\nnumericalGradient(at: z) { dot($0, w) }")
        == "[3, 4]")
  }

  @Test func closuresOverMatricesForNetworkGradientChecks() {
    let results = evaluate(
      """
      let net = TwoLayerNetwork(w1: [[0.1, -0.2], [0.3, 0.4]], b1: [0.01, 0.02], w2: [[0.5, -0.5, 0.1], [0.2, 0.3, -0.1]], b2: [0, 0, 0])
      let x: Matrix = [[1, 2], [-1, 0.5]]
      let y = [0, 2]
      let numeric = numericalGradient(at: net.w1) { w in net.with(w1: w).loss(x, labels: y) }
      relativeError(numeric, net.gradients(x, labels: y).w1) < 1e-7
      """)
    #expect(results.compactMap(\.error).isEmpty)
    #expect(results.last?.value?.formatted() == "true")
  }

  @Test func membersAndMethods() {
    let v = "let v: Vector = [3, 1, 4]\n"
    #expect(show(v + "v.count") == "3")
    #expect(show(v + "v.sum()") == "8")
    #expect(show(v + "v.max()") == "4")
    #expect(show(v + "v.min()") == "1")
    #expect(show(v + "v.argmax()") == "2")
    #expect(show(v + "v.mean()") == "2.66667")
    let m = "let m: Matrix = [[1, 2, 3], [4, 5, 6]]\n"
    #expect(show(m + "m.rows") == "2")
    #expect(show(m + "m.columns") == "3")
    #expect(show(m + "m.transposed()") == "[[1, 4], [2, 5], [3, 6]]")
    #expect(show(m + "m.row(1)") == "[4, 5, 6]")
    #expect(show(m + "m.transposed().row(0).sum()") == "5")
  }

  @Test func subscripts() {
    #expect(show("let v: Vector = [3, 1, 4]\nv[2]") == "4")
    #expect(show("let m: Matrix = [[1, 2], [3, 4]]\nm[1, 0]") == "3")
    #expect(show("let labels = [0, 2]\nlabels[1]") == "2")
    #expect(show("softmax([3, 3, 4])[2]") == "0.576117")
  }

  @Test func scalarFunctionsAndConstants() {
    #expect(show("exp(1.0)") == "2.71828")
    #expect(show("log(Double.pi)") == "1.14473")
    #expect(show("sqrt(2.0)") == "1.41421")
    #expect(show("pow(2.0, 10)") == "1024")
    #expect(show("abs(-3)") == "3")
    #expect(show("max(1.5, 2)") == "2")
    #expect(show("min(3, 4)") == "3")
    #expect(show("Double(3) / 2") == "1.5")
    #expect(show("Int(2.9)") == "2")
    #expect(show("Double.infinity") == "inf")
    #expect(show("let x: Double = .nan\nx") == "nan")
  }

  @Test func initializers() {
    #expect(show("Vector([1, 2])") == "[1, 2]")
    #expect(show("Vector(repeating: 0.5, count: 3)") == "[0.5, 0.5, 0.5]")
    #expect(show("Matrix(rows: [[1, 2], [3, 4]])") == "[[1, 2], [3, 4]]")
    #expect(show("Matrix(rows: 2, columns: 1, repeating: 7)") == "[[7], [7]]")
  }

  @Test func elementWiseAndLinearAlgebra() {
    let v = "let v: Vector = [1, 2]\nlet m: Matrix = [[1, 2], [3, 4]]\n"
    #expect(show(v + "dot(v, v)") == "5")
    #expect(show(v + "outer(v, v)") == "[[1, 2], [2, 4]]")
    #expect(show(v + "matmul(m, m)") == "[[7, 10], [15, 22]]")
    #expect(show(v + "matmul(m, v)") == "[5, 11]")
    #expect(show(v + "exp(v)") == "[2.71828, 7.38906]")
    #expect(show(v + "log(v)") == "[0, 0.693147]")
  }

  @Test func gradientsOfTheSeeds() {
    // seed 001: s = softmax output, class index 2; dL/ds at the class is -1/0.21698333
    let source = """
      let s: Vector = [0.19091352, 0.20353145, 0.21698333, 0.23132428, 0.15724743]
      let y = oneHot(2, count: 5)
      crossEntropyGradient(s, y)[2]
      """
    #expect(show(source) == "-4.60865")
    // softmaxJacobian([0.5, 0.5]) = diag(s) - s sᵀ = [[0.25, -0.25], [-0.25, 0.25]]
    #expect(show("softmaxJacobian([0.5, 0.5])") == "[[0.25, -0.25], [-0.25, 0.25]]")
    #expect(
      show("linearWeightGradient(input: [1, 2], outputGradient: [0.5, -0.5])")
        == "[[0.5, -0.5], [1, -1]]")
  }

  @Test func ternaryOperator() {
    #expect(show("let v: Vector = [1, 2]\nv.count > 1 ? v.sum() : 0") == "3")
  }
}

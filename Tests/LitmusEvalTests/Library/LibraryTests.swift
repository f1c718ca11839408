import LitmusEval
import Testing

/// The vocabulary NOTE-FORMAT promises every note, evaluated as written there.
@Suite struct LibraryTests {
  static let setup = """
    let v: Vector = [3, 3, 4]
    let m: Matrix = [[1, 2], [3, 4]]
    let p = softmax(v)
    let y = oneHot(2, count: 3)
    let s = softmax(v)

    """

  @Test(arguments: [
    ("v.count", "3"),
    ("v.sum()", "10"),
    ("v.max()", "4"),
    ("v.min()", "3"),
    ("v.argmax()", "2"),
    ("v.mean()", "3.33333"),
    ("v[2]", "4"),
    ("m.rows", "2"),
    ("m.columns", "2"),
    ("m.transposed()", "[[1, 3], [2, 4]]"),
    ("m[1, 0]", "3"),
    ("exp(v)", "[20.0855, 20.0855, 54.5982]"),
    ("log(v)", "[1.09861, 1.09861, 1.38629]"),
    ("dot(v, v)", "34"),
    ("outer(v, v)", "[[9, 9, 12], [9, 9, 12], [12, 12, 16]]"),
    ("matmul(m, m)", "[[7, 10], [15, 22]]"),
    ("matmul(m, [1, 1])", "[3, 7]"),
    ("naiveSoftmax(v)", "[0.211942, 0.211942, 0.576117]"),
    ("softmax(v)", "[0.211942, 0.211942, 0.576117]"),
    ("softmax(m)", "[[0.268941, 0.731059], [0.268941, 0.731059]]"),
    // numpy: log(exp(3) + exp(3) + exp(4)) = 4.551444713932051
    ("logSumExp(v)", "4.55144"),
    ("logSoftmax(v)", "[-1.55144, -1.55144, -0.551445]"),
    ("oneHot(2, count: 5)", "[0, 0, 1, 0, 0]"),
    ("oneHot([0, 2], count: 5)", "[[1, 0, 0, 0, 0], [0, 0, 1, 0, 0]]"),
    ("clip(v, to: 1e-7...(1 - 1e-7))", "[1, 1, 1]"),
    // -log(0.576117) = 0.551445
    ("crossEntropy(p, y)", "0.551445"),
    ("crossEntropy(p, label: 2)", "0.551445"),
    ("crossEntropy(logits: v, label: 2)", "0.551445"),
    // rows [1, 2] label 0: log(1 + e) = 1.313262; [3, 4] label 1: 0.313262; mean 0.813262
    ("crossEntropy(logits: m, labels: [0, 1])", "0.813262"),
    ("softmaxJacobian([0.5, 0.5])", "[[0.25, -0.25], [-0.25, 0.25]]"),
    ("crossEntropyGradient(p, y)", "[-0, -0, -1.73576]"),
    ("softmaxCrossEntropyGradient(logits: v, label: 2)", "[0.211942, 0.211942, -0.423883]"),
    // (softmax(m) - Y) / 2 with Y = [[1, 0], [0, 1]]
    (
      "softmaxCrossEntropyGradient(logits: m, labels: [0, 1])",
      "[[-0.365529, 0.365529], [0.134471, -0.134471]]"
    ),
    ("relativeError(v, v)", "0"),
    ("sqrt(v)", "[1.73205, 1.73205, 2]"),
    ("abs(-v)", "[3, 3, 4]"),
    ("relu(v - 3.5)", "[0, 0, 0.5]"),
    ("m.rowSums()", "[3, 7]"),
    ("m.columnSums()", "[4, 6]"),
    ("Matrix(rows: 1, columns: 2, elements: [5, 6])", "[[5, 6]]"),
  ])
  func vocabularyOfTheNoteFormat(expression: String, expected: String) {
    #expect(show(Self.setup + expression) == expected)
  }

  @Test func numericalGradientMatchesTheAnalyticOne() {
    let source =
      Self.setup + """
        let numeric = numericalGradient(at: v) { z in crossEntropy(logits: z, label: 2) }
        relativeError(numeric, softmaxCrossEntropyGradient(logits: v, label: 2)) < 1e-8
        """
    #expect(show(source) == "true")
  }

  @Test func discardAssignmentEvaluatesAndBindsNothing() {
    let results = evaluate("_ = softmax([1, 2])")
    #expect(results.first?.error == nil)
    #expect(results.first?.isExpression == false)
    #expect(results.first?.boundNames == [])
  }

  @Test func valuesCompareAsSwiftDoes() {
    #expect(evaluate("[1, 2]").first?.value == .intArray([1, 2]))
    #expect(evaluate("Double.nan").first?.value != .double(.nan))
  }
}

import LitmusMath
import Testing

@Test func elementWiseOperatorsRejectDifferentCounts() {
  #expect(throws: MathError.shapeMismatch(.vector(3), .vector(4))) {
    try Checked.add([1, 2, 3], [1, 2, 3, 4])
  }
  #expect(throws: MathError.shapeMismatch(.vector(2), .vector(1))) {
    try Checked.divide(Vector([1, 2]), Vector([1]))
  }
  #expect(
    throws: MathError.shapeMismatch(.matrix(rows: 2, columns: 3), .matrix(rows: 3, columns: 2))
  ) {
    try Checked.subtract(
      Matrix(rows: 2, columns: 3, repeating: 0), Matrix(rows: 3, columns: 2, repeating: 0))
  }
  #expect(
    throws: MathError.shapeMismatch(.matrix(rows: 1, columns: 1), .matrix(rows: 1, columns: 2))
  ) {
    try Checked.multiply(Matrix(rows: [[1]]), Matrix(rows: [[1, 2]]))
  }
}

@Test func broadcastRejectsAVectorOfTheWrongCount() {
  #expect(throws: MathError.cannotBroadcast(vector: 2, matrix: .matrix(rows: 2, columns: 3))) {
    try Checked.add(Matrix(rows: 2, columns: 3, repeating: 0), Vector([1, 2]))
  }
}

@Test func matmulRejectsMismatchedInnerDimensions() {
  let a = Matrix(rows: 2, columns: 3, repeating: 1)
  #expect(
    throws: MathError.cannotMultiply(.matrix(rows: 2, columns: 3), .matrix(rows: 2, columns: 3))
  ) {
    try Checked.matmul(a, a)
  }
  #expect(throws: MathError.cannotMultiply(.matrix(rows: 2, columns: 3), .vector(2))) {
    try Checked.matmul(a, Vector([1, 2]))
  }
  #expect(throws: MathError.shapeMismatch(.vector(2), .vector(3))) {
    try Checked.dot([1, 2], [1, 2, 3])
  }
}

@Test func labelsOutOfRangeAreRejected() {
  #expect(throws: MathError.labelOutOfRange(label: 7, classes: 3)) {
    try Checked.crossEntropy(logits: [1, 2, 3], label: 7)
  }
  #expect(throws: MathError.labelOutOfRange(label: -1, classes: 3)) {
    try Checked.crossEntropy([0.2, 0.3, 0.5], label: -1)
  }
  #expect(throws: MathError.labelOutOfRange(label: 3, classes: 3)) {
    try Checked.softmaxCrossEntropyGradient(logits: [1, 2, 3], label: 3)
  }
  #expect(throws: MathError.labelOutOfRange(label: 5, classes: 5)) {
    try Checked.oneHot(5, count: 5)
  }
  #expect(throws: MathError.labelOutOfRange(label: 4, classes: 2)) {
    try Checked.crossEntropy(logits: Matrix(rows: [[1, 2], [3, 4]]), labels: [0, 4])
  }
}

@Test func batchLabelsMustMatchTheRows() {
  #expect(throws: MathError.labelCountMismatch(labels: 3, rows: 2)) {
    try Checked.crossEntropy(logits: Matrix(rows: [[1, 2], [3, 4]]), labels: [0, 1, 1])
  }
  #expect(throws: MathError.labelCountMismatch(labels: 1, rows: 2)) {
    try Checked.softmaxCrossEntropyGradient(logits: Matrix(rows: [[1, 2], [3, 4]]), labels: [0])
  }
}

@Test func emptyReductionsAreRejected() {
  #expect(throws: MathError.emptyVector(operation: "max")) { try Checked.max(Vector([])) }
  #expect(throws: MathError.emptyVector(operation: "min")) { try Checked.min(Vector([])) }
  #expect(throws: MathError.emptyVector(operation: "mean")) { try Checked.mean(Vector([])) }
  #expect(throws: MathError.emptyVector(operation: "argmax")) { try Checked.argmax(Vector([])) }
  #expect(throws: MathError.emptyVector(operation: "argmin")) { try Checked.argmin(Vector([])) }
  #expect(throws: MathError.emptyMatrix(operation: "mean")) {
    try Checked.mean(Matrix(rows: 0, columns: 0, repeating: 0))
  }
  #expect(throws: MathError.emptyMatrix(operation: "mean cross-entropy")) {
    try Checked.crossEntropy(logits: Matrix(rows: 0, columns: 3, repeating: 0), labels: [])
  }
}

@Test func indicesOutOfRangeAreRejected() {
  #expect(throws: MathError.indexOutOfRange(index: 5, count: 3)) {
    try Checked.element([1, 2, 3], at: 5)
  }
  var v: Vector = [1]
  #expect(throws: MathError.indexOutOfRange(index: -1, count: 1)) {
    try Checked.setElement(&v, at: -1, to: 0)
  }
  let m: Matrix = [[1, 2], [3, 4]]
  #expect(
    throws: MathError.matrixIndexOutOfRange(row: 2, column: 0, shape: .matrix(rows: 2, columns: 2))
  ) {
    try Checked.element(m, row: 2, column: 0)
  }
  #expect(throws: MathError.rowOutOfRange(row: 3, shape: m.shape)) { try Checked.row(m, 3) }
  #expect(throws: MathError.columnOutOfRange(column: -1, shape: m.shape)) {
    try Checked.column(m, -1)
  }
}

@Test func raggedRowsAreRejectedWithOneBasedRowNumbers() {
  #expect(throws: MathError.raggedRows(row: 2, count: 3, firstRowCount: 2)) {
    try Checked.matrix(rows: [[1, 2], [3, 4, 5]])
  }
  #expect(throws: MathError.elementCountMismatch(count: 5, shape: .matrix(rows: 2, columns: 3))) {
    try Checked.matrix(rows: 2, columns: 3, elements: [1, 2, 3, 4, 5])
  }
}

@Test func countsMustBeValid() {
  #expect(throws: MathError.negativeCount(-1)) { try Checked.vector(repeating: 0, count: -1) }
  #expect(throws: MathError.negativeCount(-2)) {
    try Checked.matrix(rows: 1, columns: -2, repeating: 0)
  }
  #expect(throws: MathError.nonPositiveClassCount(0)) { try Checked.oneHot(0, count: 0) }
  #expect(throws: MathError.nonPositiveClassCount(-3)) { try Checked.oneHot([0], count: -3) }
}

@Test func rangesAndStepsMustBeValid() throws {
  #expect(throws: MathError.invalidRange(lower: 1, upper: 0)) { try Checked.closedRange(1, 0) }
  #expect(throws: MathError.self) { try Checked.closedRange(.nan, 1) }
  #expect(try Checked.closedRange(0, 1) == 0...1)
  #expect(throws: MathError.invalidStep(0)) {
    try Checked.numericalGradient(at: [1], step: 0) { $0[0] }
  }
  #expect(throws: MathError.self) {
    try Checked.numericalGradient(at: Matrix(rows: [[1]]), step: .infinity) { $0.sum() }
  }
}

@Test func numericalGradientPassesOnTheClosuresError() {
  struct Stop: Error {}
  #expect(throws: Stop.self) {
    try Checked.numericalGradient(at: [1, 2]) { _ in throw Stop() }
  }
}

@Test func gradientShapesAreChecked() {
  #expect(throws: MathError.shapeMismatch(.vector(2), .vector(3))) {
    try Checked.crossEntropyGradient([0.5, 0.5], [0, 0, 1])
  }
  #expect(throws: MathError.shapeMismatch(.vector(2), .vector(3))) {
    try Checked.crossEntropy([0.5, 0.5], [0, 0, 1])
  }
  #expect(throws: MathError.shapeMismatch(.vector(2), .vector(1))) {
    try Checked.relativeError([1, 2], [1])
  }
  #expect(
    throws: MathError.incompatibleShapes(
      operation: "linearWeightGradient", .matrix(rows: 2, columns: 3),
      .matrix(rows: 4, columns: 5), reason: "have different row counts")
  ) {
    try Checked.linearWeightGradient(
      input: Matrix(rows: 2, columns: 3, repeating: 0),
      outputGradient: Matrix(rows: 4, columns: 5, repeating: 0))
  }
}

@Test func twoLayerNetworkShapesAreChecked() {
  let w1 = Matrix(rows: 3, columns: 4, repeating: 0.1)
  let w2 = Matrix(rows: 4, columns: 2, repeating: 0.1)
  #expect(throws: MathError.cannotBroadcast(vector: 3, matrix: w1.shape)) {
    try Checked.twoLayerNetwork(w1: w1, b1: [0, 0, 0], w2: w2, b2: [0, 0])
  }
  #expect(throws: MathError.cannotMultiply(w1.shape, w1.shape)) {
    try Checked.twoLayerNetwork(w1: w1, b1: [0, 0, 0, 0], w2: w1, b2: [0, 0, 0, 0])
  }
  let net = TwoLayerNetwork(w1: w1, b1: [0, 0, 0, 0], w2: w2, b2: [0, 0])
  #expect(throws: MathError.cannotMultiply(.matrix(rows: 1, columns: 2), w1.shape)) {
    try Checked.scores(net, Matrix(rows: [[1, 2]]))
  }
  #expect(throws: MathError.labelOutOfRange(label: 2, classes: 2)) {
    try Checked.loss(net, Matrix(rows: [[1, 2, 3]]), labels: [2])
  }
  #expect(throws: MathError.shapeMismatch(.vector(3), .vector(2))) {
    try Checked.with(net, b2: [1, 2, 3])
  }
}

@Test func checkedFunctionsReturnWhatThePlainOnesDo() throws {
  let v: Vector = [1, 2, 3]
  #expect(try Checked.add(v, 1) == v + 1)
  #expect(try Checked.subtract(1, v) == 1 - v)
  #expect(try Checked.negate(v) == -v)
  #expect(try Checked.crossEntropy(logits: v, label: 1) == crossEntropy(logits: v, label: 1))
  #expect(try Checked.vector([1, 2]) == [1, 2])
  #expect(try Checked.matrix(rows: [[1, 2]]) == [[1, 2]])
}

import Testing

@testable import LitmusMath

@Test func aLabelOutOfRangeIsRejectedBeforeAnythingIsWritten() {
  var gradient: [Float] = [7, 7, 7, 7]
  #expect(throws: MathError.labelOutOfRange(label: 2, classes: 2)) {
    try BatchKernels.softmaxCrossEntropy(
      logits: [0, 1, 2, 3], labels: [0, 2], rows: 2, columns: 2, gradient: &gradient)
  }
  #expect(throws: MathError.labelOutOfRange(label: -1, classes: 2)) {
    try BatchKernels.softmaxCrossEntropy(
      logits: [0, 1, 2, 3] as [Double], labels: [-1, 0], rows: 2, columns: 2)
  }
  #expect(gradient == [7, 7, 7, 7])
}

@Test func aLabelCountDifferentFromTheRowCountIsRejected() {
  #expect(throws: MathError.labelCountMismatch(labels: 1, rows: 2)) {
    try BatchKernels.softmaxCrossEntropy(
      logits: [0, 1, 2, 3] as [Float], labels: [0], rows: 2, columns: 2)
  }
}

@Test func buffersWhoseCountIsNotRowsTimesColumnsAreRejected() {
  var gradient = [Double](repeating: 0, count: 3)
  #expect(throws: MathError.elementCountMismatch(count: 3, shape: .matrix(rows: 2, columns: 2))) {
    try BatchKernels.softmaxCrossEntropy(
      logits: [0, 1, 2] as [Float], labels: [0, 0], rows: 2, columns: 2)
  }
  #expect(throws: MathError.elementCountMismatch(count: 3, shape: .matrix(rows: 2, columns: 2))) {
    try BatchKernels.softmaxCrossEntropy(
      logits: [0, 1, 2, 3], labels: [0, 0], rows: 2, columns: 2, gradient: &gradient)
  }
  var output = [Float](repeating: 0, count: 5)
  #expect(throws: MathError.elementCountMismatch(count: 5, shape: .matrix(rows: 2, columns: 3))) {
    try BatchKernels.softmax([0, 1, 2, 3, 4, 5], rows: 2, columns: 3, into: &output)
  }
}

@Test func shapesWhoseProductOverflowsAreRejected() {
  #expect(
    throws: MathError.elementCountMismatch(
      count: 0, shape: .matrix(rows: Int.max, columns: 2))
  ) {
    var output: [Double] = []
    try BatchKernels.logSoftmax([], rows: Int.max, columns: 2, into: &output)
  }
}

@Test func negativeCountsAreRejected() {
  var output: [Float] = []
  #expect(throws: MathError.negativeCount(-1)) {
    try BatchKernels.softmax([], rows: -1, columns: 0, into: &output)
  }
  #expect(throws: MathError.negativeCount(-3)) {
    try BatchKernels.softmax([], rows: 0, columns: -3, into: &output)
  }
}

@Test func theMeanLossOfNoRowsIsAnError() {
  #expect(throws: MathError.emptyMatrix(operation: "mean cross-entropy")) {
    try BatchKernels.softmaxCrossEntropy(logits: [Float](), labels: [], rows: 0, columns: 5)
  }
}

@Test func aRowWithNoClassesHasNoValidLabel() {
  #expect(throws: MathError.labelOutOfRange(label: 0, classes: 0)) {
    try BatchKernels.softmaxCrossEntropy(logits: [Double](), labels: [0], rows: 1, columns: 0)
  }
}

@Test func anOutputThatPartlyOverlapsTheInputIsRejected() {
  var storage: [Float] = [1, 2, 3, 4, 5]
  let shape = Shape.matrix(rows: 2, columns: 2)
  #expect(
    throws: MathError.incompatibleShapes(
      operation: "softmax", shape, shape,
      reason: "the output overlaps the input without being the same buffer")
  ) {
    try storage.withUnsafeMutableBufferPointer { buffer in
      let input = UnsafeBufferPointer(rebasing: buffer[0..<4])
      let output = UnsafeMutableBufferPointer(rebasing: buffer[1..<5])
      try BatchKernels.softmax(input, rows: 2, columns: 2, into: output)
    }
  }
  #expect(storage == [1, 2, 3, 4, 5])
}

@Test func emptyBatchesOfSoftmaxWriteNothing() throws {
  var output: [Double] = []
  try BatchKernels.softmax([], rows: 0, columns: 4, into: &output)
  try BatchKernels.logSoftmax([], rows: 3, columns: 0, into: &output)
  #expect(output.isEmpty)
}

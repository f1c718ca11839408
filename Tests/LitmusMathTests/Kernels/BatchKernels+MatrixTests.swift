import Testing

@testable import LitmusMath

@Test func matrixSoftmaxThroughTheKernelMatchesTheRowByRowScalarPath() {
  let (logits, _) = BatchKernelsTestData.batch(rows: 300, columns: 333, scale: 30)
  let m = Matrix(rows: 300, columns: 333, elements: logits)
  let batched = softmax(m)
  for row in [0, 1, 150, 299] {
    let scalar = Kernels.softmax(logits[row * 333..<(row + 1) * 333])
    #expect(close(batched.row(row).elements, scalar, relative: 1e-14, absolute: 1e-300))
  }
}

@Test func matrixGradientThroughTheKernelMatchesNumpy() {
  // (scipy.special.softmax(Z, axis=1) − Y) / 3 for Z = [[1, 2, 3], [0, 0, 0], [-1, 5, 2.5]].
  let g = softmaxCrossEntropyGradient(
    logits: [[1, 2, 3], [0, 0, 0], [-1, 5, 2.5]], labels: [2, 0, 1])
  let expected: Matrix = [
    [0.03001019105679349, 0.08157615701826589, -0.1115863480750594],
    [-0.22222222222222224, 0.1111111111111111, 0.1111111111111111],
    [0.0007618277163933979, -0.025990096859419182, 0.025228269143025842],
  ]
  #expect(close(g, expected, relative: 1e-15, absolute: 1e-17))
}

@Test func matrixSoftmaxOfSpecialRowsIsUnchanged() {
  let s = softmax(Matrix(rows: [[1, .nan], [.infinity, 0], [-.infinity, -.infinity]]))
  #expect(s.row(0).elements.allSatisfy { $0.isNaN })
  #expect(s.row(1).elements == [1, 0])
  #expect(s.row(2).elements.allSatisfy { $0.isNaN })
  #expect(softmax(Matrix(rows: 2, columns: 0, repeating: 0)).elements.isEmpty)
}

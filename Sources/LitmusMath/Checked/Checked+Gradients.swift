extension Checked {
  /// diag(s) − s sᵀ (the plain `softmaxJacobian(_:)`).
  /// - Parameter s: a softmax output.
  /// - Returns: the Jacobian.
  /// - Throws: `MathError.tooManyMatrixElements` above the element limit.
  public static func softmaxJacobian(_ s: Vector) throws(MathError) -> Matrix {
    let n = s.elements.count
    try MathLimits.check(rows: n, columns: n)
    var result = [Double](repeating: 0, count: n * n)
    for i in 0..<n {
      for j in 0..<n {
        let si = s.elements[i]
        result[i * n + j] = i == j ? si * (1 - si) : -si * s.elements[j]
      }
    }
    return Matrix(unchecked: n, n, result)
  }

  /// −y / p with −0 where y is 0 (the plain `crossEntropyGradient(_:_:)`).
  /// - Parameter p: the predicted probabilities.
  /// - Parameter y: the target distribution.
  /// - Returns: dL/dp.
  /// - Throws: `MathError.shapeMismatch` when the counts differ.
  public static func crossEntropyGradient(_ p: Vector, _ y: Vector) throws(MathError) -> Vector {
    guard p.elements.count == y.elements.count else { throw .shapeMismatch(p.shape, y.shape) }
    var result = [Double](repeating: -0.0, count: p.elements.count)
    for index in result.indices where y.elements[index] != 0 {
      let quotient = -y.elements[index] / p.elements[index]
      FloatingPointWarnings.check(
        operation: "divide", inputs: [y.elements[index], p.elements[index]], result: quotient)
      result[index] = quotient
    }
    return Vector(result)
  }

  /// softmax(z) − oneHot(label) (the plain `softmaxCrossEntropyGradient(logits:label:)`).
  /// - Parameter logits: the scores.
  /// - Parameter label: the true class.
  /// - Returns: dL/dz.
  /// - Throws: `MathError.labelOutOfRange`.
  public static func softmaxCrossEntropyGradient(
    logits: Vector, label: Int
  ) throws(MathError) -> Vector {
    try checkLabel(label, classes: logits.elements.count)
    var result = Kernels.softmax(logits.elements[...])
    result[label] -= 1
    return Vector(result)
  }

  /// (softmax(Z) − Y) / m (the plain `softmaxCrossEntropyGradient(logits:labels:)`).
  /// - Parameter logits: one row of scores per example.
  /// - Parameter labels: the true class of each row.
  /// - Returns: dL/dZ.
  /// - Throws: `MathError.labelCountMismatch`, `.labelOutOfRange`, or `.emptyMatrix` when
  ///   there are no rows.
  public static func softmaxCrossEntropyGradient(
    logits: Matrix, labels: [Int]
  ) throws(MathError) -> Matrix {
    try checkLabels(labels, for: logits)
    guard logits.rows > 0 else { throw .emptyMatrix(operation: "mean cross-entropy gradient") }
    let result = BatchKernels.softmaxCrossEntropyGradientRows(of: logits, labels: labels)
    return Matrix(unchecked: logits.rows, logits.columns, result)
  }

  /// outer(x, g) (the plain `linearWeightGradient(input:outputGradient:)`).
  /// - Parameter input: the layer's input x.
  /// - Parameter outputGradient: dL/dz.
  /// - Returns: dL/dW.
  /// - Throws: `MathError.tooManyMatrixElements` above the element limit.
  public static func linearWeightGradient(
    input: Vector, outputGradient: Vector
  ) throws(MathError) -> Matrix {
    try outer(input, outputGradient)
  }

  /// Xᵀ G (the plain `linearWeightGradient(input:outputGradient:)` for a batch).
  /// - Parameter input: the batch X.
  /// - Parameter outputGradient: G, already averaged over the batch.
  /// - Returns: dL/dW.
  /// - Throws: `MathError.incompatibleShapes` when the row counts differ;
  ///   `.tooManyMatrixElements` above the element limit.
  public static func linearWeightGradient(
    input: Matrix, outputGradient: Matrix
  ) throws(MathError) -> Matrix {
    guard input.rows == outputGradient.rows else {
      throw .incompatibleShapes(
        operation: "linearWeightGradient", input.shape, outputGradient.shape,
        reason: "have different row counts")
    }
    return try matmul(input.transposed(), outputGradient)
  }
}

extension Checked {
  /// −Σ yᵢ log pᵢ (the plain `crossEntropy(_:_:)`); terms with yᵢ = 0 count as 0.
  /// - Parameter p: the predicted probabilities.
  /// - Parameter y: the target distribution.
  /// - Returns: the loss in nats.
  /// - Throws: `MathError.shapeMismatch` when the counts differ.
  public static func crossEntropy(_ p: Vector, _ y: Vector) throws(MathError) -> Double {
    guard p.elements.count == y.elements.count else { throw .shapeMismatch(p.shape, y.shape) }
    return rowCrossEntropy(p.elements[...], y.elements[...])
  }

  /// −log p[label] (the plain `crossEntropy(_:label:)`).
  /// - Parameter p: the predicted probabilities.
  /// - Parameter label: the true class.
  /// - Returns: the loss in nats.
  /// - Throws: `MathError.labelOutOfRange`.
  public static func crossEntropy(_ p: Vector, label: Int) throws(MathError) -> Double {
    try checkLabel(label, classes: p.elements.count)
    let probability = p.elements[label]
    let logarithm = libmLog(probability)
    FloatingPointWarnings.check(operation: "log", inputs: [probability], result: logarithm)
    return -logarithm
  }

  /// logSumExp(z) − z[label] (the plain `crossEntropy(logits:label:)`).
  /// - Parameter logits: the unnormalised scores.
  /// - Parameter label: the true class.
  /// - Returns: the loss in nats.
  /// - Throws: `MathError.labelOutOfRange`.
  public static func crossEntropy(logits: Vector, label: Int) throws(MathError) -> Double {
    try checkLabel(label, classes: logits.elements.count)
    let loss = fusedCrossEntropy(logits.elements[...], label: label)
    ElementwiseWarnings.composite("crossEntropy", input: logits.elements, output: [loss])
    return loss
  }

  /// The mean fused cross-entropy over rows (the plain `crossEntropy(logits:labels:)`).
  /// - Parameter logits: one row of scores per example.
  /// - Parameter labels: the true class of each row.
  /// - Returns: the mean loss in nats.
  /// - Throws: `MathError.labelCountMismatch`, `.labelOutOfRange`, or `.emptyMatrix` when
  ///   there are no rows.
  public static func crossEntropy(logits: Matrix, labels: [Int]) throws(MathError) -> Double {
    try checkLabels(labels, for: logits)
    guard logits.rows > 0 else { throw .emptyMatrix(operation: "mean cross-entropy") }
    var total = 0.0
    for (r, label) in labels.enumerated() {
      total += fusedCrossEntropy(
        logits.elements[r * logits.columns..<(r + 1) * logits.columns], label: label)
    }
    let loss = total / Double(logits.rows)
    ElementwiseWarnings.composite("crossEntropy", input: logits.elements, output: [loss])
    return loss
  }

  /// The mean over rows of −Σ yᵢ log pᵢ (the plain `crossEntropy(_:_:)` for matrices).
  /// - Parameter p: one row of probabilities per example.
  /// - Parameter y: one row of targets per example.
  /// - Returns: the mean loss in nats.
  /// - Throws: `MathError.shapeMismatch`, or `.emptyMatrix` when there are no rows.
  public static func crossEntropy(_ p: Matrix, _ y: Matrix) throws(MathError) -> Double {
    guard p.rows == y.rows, p.columns == y.columns else { throw .shapeMismatch(p.shape, y.shape) }
    guard p.rows > 0 else { throw .emptyMatrix(operation: "mean cross-entropy") }
    var total = 0.0
    for r in 0..<p.rows {
      let range = r * p.columns..<(r + 1) * p.columns
      total += rowCrossEntropy(p.elements[range], y.elements[range])
    }
    return total / Double(p.rows)
  }

  /// −Σ yᵢ log pᵢ over one row, skipping yᵢ = 0, with `log` warnings for the used terms.
  private static func rowCrossEntropy(_ p: ArraySlice<Double>, _ y: ArraySlice<Double>) -> Double {
    var total = 0.0
    for (probability, target) in zip(p, y) where target != 0 {
      let logarithm = libmLog(probability)
      FloatingPointWarnings.check(operation: "log", inputs: [probability], result: logarithm)
      total += target * logarithm
    }
    return -total
  }

  /// logSumExp(z) − z[label] for one row; the label is already validated.
  static func fusedCrossEntropy(_ logits: ArraySlice<Double>, label: Int) -> Double {
    Kernels.crossEntropy(logits: logits, label: label)
  }
}

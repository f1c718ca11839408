extension Checked {
  /// Creates a two-layer network (the plain `TwoLayerNetwork(w1:b1:w2:b2:)`).
  /// - Parameter w1: inputs × hidden weights.
  /// - Parameter b1: hidden biases.
  /// - Parameter w2: hidden × classes weights.
  /// - Parameter b2: class biases.
  /// - Returns: the network.
  /// - Throws: `MathError.cannotBroadcast` when a bias does not match its layer's width,
  ///   `.cannotMultiply` when `w2.rows != w1.columns`.
  public static func twoLayerNetwork(
    w1: Matrix, b1: Vector, w2: Matrix, b2: Vector
  ) throws(MathError) -> TwoLayerNetwork {
    guard b1.elements.count == w1.columns else {
      throw .cannotBroadcast(vector: b1.elements.count, matrix: w1.shape)
    }
    guard w2.rows == w1.columns else { throw .cannotMultiply(w1.shape, w2.shape) }
    guard b2.elements.count == w2.columns else {
      throw .cannotBroadcast(vector: b2.elements.count, matrix: w2.shape)
    }
    return TwoLayerNetwork(unchecked: w1, b1, w2, b2)
  }

  /// The scores relu(x w1 + b1) w2 + b2 (the plain `net.scores(x)`).
  /// - Parameter network: the network.
  /// - Parameter x: one example per row.
  /// - Returns: one row of scores per example.
  /// - Throws: `MathError.cannotMultiply` when `x.columns != w1.rows`.
  public static func scores(_ network: TwoLayerNetwork, _ x: Matrix) throws(MathError) -> Matrix {
    try forward(network, x).scores
  }

  /// The mean softmax cross-entropy (the plain `net.loss(x, labels:)`).
  /// - Parameter network: the network.
  /// - Parameter x: one example per row.
  /// - Parameter labels: the true class of each row.
  /// - Returns: the mean loss.
  /// - Throws: `MathError.cannotMultiply`, `.labelCountMismatch`, `.labelOutOfRange` or
  ///   `.emptyMatrix`.
  public static func loss(
    _ network: TwoLayerNetwork, _ x: Matrix, labels: [Int]
  ) throws(MathError) -> Double {
    try crossEntropy(logits: forward(network, x).scores, labels: labels)
  }

  /// The analytic gradients by backpropagation (the plain `net.gradients(x, labels:)`).
  /// - Parameter network: the network.
  /// - Parameter x: one example per row.
  /// - Parameter labels: the true class of each row.
  /// - Returns: the gradients.
  /// - Throws: `MathError.cannotMultiply`, `.labelCountMismatch`, `.labelOutOfRange` or
  ///   `.emptyMatrix`.
  public static func gradients(
    _ network: TwoLayerNetwork, _ x: Matrix, labels: [Int]
  ) throws(MathError) -> TwoLayerGradients {
    let (preActivation, hidden, scores) = try forward(network, x)
    let dScores = try softmaxCrossEntropyGradient(logits: scores, labels: labels)
    let dW2 = try linearWeightGradient(input: hidden, outputGradient: dScores)
    let dB2 = dScores.columnSums()
    let dHidden = try matmul(dScores, network.w2.transposed())
    var masked = dHidden.elements
    for index in masked.indices where !(preActivation.elements[index] > 0) { masked[index] = 0 }
    let dPre = Matrix(unchecked: dHidden.rows, dHidden.columns, masked)
    let dW1 = try linearWeightGradient(input: x, outputGradient: dPre)
    return TwoLayerGradients(w1: dW1, b1: dPre.columnSums(), w2: dW2, b2: dB2)
  }

  /// A copy with some parameters replaced (the plain `net.with(w1:b1:w2:b2:)`).
  /// - Parameter network: the network.
  /// - Parameter w1: new first-layer weights, or `nil`.
  /// - Parameter b1: new first-layer biases, or `nil`.
  /// - Parameter w2: new second-layer weights, or `nil`.
  /// - Parameter b2: new second-layer biases, or `nil`.
  /// - Returns: the modified network.
  /// - Throws: `MathError.shapeMismatch` when a replacement's shape differs from the
  ///   parameter it replaces.
  public static func with(
    _ network: TwoLayerNetwork, w1: Matrix? = nil, b1: Vector? = nil, w2: Matrix? = nil,
    b2: Vector? = nil
  ) throws(MathError) -> TwoLayerNetwork {
    if let w1, w1.shape != network.w1.shape { throw .shapeMismatch(w1.shape, network.w1.shape) }
    if let b1, b1.shape != network.b1.shape { throw .shapeMismatch(b1.shape, network.b1.shape) }
    if let w2, w2.shape != network.w2.shape { throw .shapeMismatch(w2.shape, network.w2.shape) }
    if let b2, b2.shape != network.b2.shape { throw .shapeMismatch(b2.shape, network.b2.shape) }
    return TwoLayerNetwork(
      unchecked: w1 ?? network.w1, b1 ?? network.b1, w2 ?? network.w2, b2 ?? network.b2)
  }

  private static func forward(
    _ network: TwoLayerNetwork, _ x: Matrix
  ) throws(MathError) -> (preActivation: Matrix, hidden: Matrix, scores: Matrix) {
    let preActivation = try add(matmul(x, network.w1), network.b1)
    let hidden = relu(preActivation)
    let scores = try add(matmul(hidden, network.w2), network.b2)
    return (preActivation, hidden, scores)
  }
}

/// The CS231n two-layer classifier: affine → ReLU → affine → softmax cross-entropy, in the
/// row-vector convention (a batch X has one example per row; `scores = relu(X W1 + b1) W2 + b2`).
///
/// A gradient check reads:
/// ```swift
/// let analytic = net.gradients(x, labels: y).w1
/// let numeric = numericalGradient(at: net.w1) { w in net.with(w1: w).loss(x, labels: y) }
/// relativeError(analytic, numeric)  // < 1e-7
/// ```
public struct TwoLayerNetwork: Hashable, Sendable {
  /// First-layer weights, inputs × hidden.
  public private(set) var w1: Matrix
  /// First-layer biases, one per hidden unit.
  public private(set) var b1: Vector
  /// Second-layer weights, hidden × classes.
  public private(set) var w2: Matrix
  /// Second-layer biases, one per class.
  public private(set) var b2: Vector

  /// Creates a network without validation; callers guarantee consistent shapes.
  init(unchecked w1: Matrix, _ b1: Vector, _ w2: Matrix, _ b2: Vector) {
    self.w1 = w1
    self.b1 = b1
    self.w2 = w2
    self.b2 = b2
  }

  /// Creates a network from its parameters. Traps unless `b1.count == w1.columns`,
  /// `w2.rows == w1.columns` and `b2.count == w2.columns` (`Checked.twoLayerNetwork` throws).
  /// - Parameter w1: inputs × hidden weights.
  /// - Parameter b1: hidden biases.
  /// - Parameter w2: hidden × classes weights.
  /// - Parameter b2: class biases.
  public init(w1: Matrix, b1: Vector, w2: Matrix, b2: Vector) {
    self = trapping { () throws(MathError) in
      try Checked.twoLayerNetwork(w1: w1, b1: b1, w2: w2, b2: b2)
    }
  }

  /// The class scores (logits) for a batch: relu(x w1 + b1) w2 + b2. Traps unless
  /// `x.columns == w1.rows`.
  /// - Parameter x: one example per row.
  /// - Returns: one row of scores per example.
  public func scores(_ x: Matrix) -> Matrix {
    trapping { () throws(MathError) in try Checked.scores(self, x) }
  }

  /// The mean softmax cross-entropy of the scores against the labels. Traps on a shape
  /// mismatch, a bad label, or an empty batch.
  /// - Parameter x: one example per row.
  /// - Parameter labels: the true class of each row.
  /// - Returns: the mean loss in nats.
  public func loss(_ x: Matrix, labels: [Int]) -> Double {
    trapping { () throws(MathError) in try Checked.loss(self, x, labels: labels) }
  }

  /// The analytic gradients of `loss(x, labels:)` by backpropagation. At a ReLU input of
  /// exactly 0 the subgradient 0 is used.
  /// - Parameter x: one example per row.
  /// - Parameter labels: the true class of each row.
  /// - Returns: the gradients with respect to w1, b1, w2, b2.
  public func gradients(_ x: Matrix, labels: [Int]) -> TwoLayerGradients {
    trapping { () throws(MathError) in try Checked.gradients(self, x, labels: labels) }
  }

  /// A copy with some parameters replaced, for numerical gradient checks. Traps when a
  /// replacement has a different shape from the parameter it replaces.
  /// - Parameter w1: new first-layer weights, or `nil` to keep them.
  /// - Parameter b1: new first-layer biases, or `nil` to keep them.
  /// - Parameter w2: new second-layer weights, or `nil` to keep them.
  /// - Parameter b2: new second-layer biases, or `nil` to keep them.
  /// - Returns: the modified network.
  public func with(
    w1: Matrix? = nil, b1: Vector? = nil, w2: Matrix? = nil, b2: Vector? = nil
  ) -> TwoLayerNetwork {
    trapping { () throws(MathError) in
      try Checked.with(self, w1: w1, b1: b1, w2: w2, b2: b2)
    }
  }
}

/// The gradients of `TwoLayerNetwork.loss` with respect to each parameter, shaped like them.
public struct TwoLayerGradients: Hashable, Sendable {
  /// dL/dW1, inputs × hidden.
  public var w1: Matrix
  /// dL/db1, one element per hidden unit.
  public var b1: Vector
  /// dL/dW2, hidden × classes.
  public var w2: Matrix
  /// dL/db2, one element per class.
  public var b2: Vector

  /// Creates a set of gradients.
  /// - Parameter w1: dL/dW1.
  /// - Parameter b1: dL/db1.
  /// - Parameter w2: dL/dW2.
  /// - Parameter b2: dL/db2.
  public init(w1: Matrix, b1: Vector, w2: Matrix, b2: Vector) {
    self.w1 = w1
    self.b1 = b1
    self.w2 = w2
    self.b2 = b2
  }
}

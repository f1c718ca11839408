extension Vector: ExpressibleByArrayLiteral {
  /// Creates a vector from an array literal: `let v: Vector = [3, 3, 4]`.
  /// - Parameter elements: the elements, in order.
  public init(arrayLiteral elements: Double...) {
    self.init(elements)
  }
}

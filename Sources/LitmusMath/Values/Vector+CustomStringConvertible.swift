extension Vector: CustomStringConvertible {
  /// The elements in brackets, as Swift prints a `[Double]`: `[0.3, 0.3, 0.4]`.
  public var description: String { elements.description }
}

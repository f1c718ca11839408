/// A vector of `Double`s: the example language's 1-D value.
///
/// ```swift
/// let counts: Vector = [3, 3, 4]
/// counts / counts.sum()  // [0.3, 0.3, 0.4]
/// ```
/// Element-wise arithmetic needs equal counts; misuse traps with a message (use `Checked` to
/// get a `MathError` instead).
public struct Vector: Hashable, Sendable {
  /// The elements, in order.
  public var elements: [Double]

  /// Creates a vector holding `elements`.
  /// - Parameter elements: the elements, in order (may be empty).
  public init(_ elements: [Double]) {
    self.elements = elements
  }

  /// Creates a vector of `count` copies of `value`.
  ///
  /// Traps when `count` is negative or above `MathLimits.maximumElements`
  /// (`Checked.vector(repeating:count:)` throws instead).
  /// - Parameter value: the value of every element.
  /// - Parameter count: the number of elements.
  public init(repeating value: Double, count: Int) {
    self = trapping { () throws(MathError) in try Checked.vector(repeating: value, count: count) }
  }

  /// The number of elements.
  public var count: Int { elements.count }

  /// The shape, for messages: `.vector(count)`.
  public var shape: Shape { .vector(elements.count) }
}

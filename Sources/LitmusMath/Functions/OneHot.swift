/// The one-hot encoding of a class label: `count` zeros with a 1 at `label`.
/// `oneHot(2, count: 5)` is `[0, 0, 1, 0, 0]`. Traps when the label is out of range or
/// `count` is not positive (`Checked.oneHot(_:count:)` throws).
/// - Parameter label: the class index, in `0..<count`.
/// - Parameter count: the number of classes.
/// - Returns: the one-hot vector.
public func oneHot(_ label: Int, count: Int) -> Vector {
  trapping { () throws(MathError) in try Checked.oneHot(label, count: count) }
}

/// The one-hot encodings of several labels, one row each: a `labels.count`×`count` matrix.
/// - Parameter labels: the class indices, each in `0..<count`.
/// - Parameter count: the number of classes.
/// - Returns: the one-hot matrix.
public func oneHot(_ labels: [Int], count: Int) -> Matrix {
  trapping { () throws(MathError) in try Checked.oneHot(labels, count: count) }
}

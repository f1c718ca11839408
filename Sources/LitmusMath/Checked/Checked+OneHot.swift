extension Checked {
  /// The one-hot encoding of `label` (the plain `oneHot(_:count:)`); checks the size before
  /// allocating.
  /// - Parameter label: the class index.
  /// - Parameter count: the number of classes.
  /// - Returns: `count` zeros with a 1 at `label`.
  /// - Throws: `MathError.nonPositiveClassCount`, `.tooManyElements` or `.labelOutOfRange`.
  public static func oneHot(_ label: Int, count: Int) throws(MathError) -> Vector {
    guard count > 0 else { throw .nonPositiveClassCount(count) }
    try MathLimits.check(count: count)
    try checkLabel(label, classes: count)
    var elements = [Double](repeating: 0, count: count)
    elements[label] = 1
    return Vector(elements)
  }

  /// The one-hot encodings of `labels`, one row each (the plain `oneHot(_:count:)`).
  /// - Parameter labels: the class indices.
  /// - Parameter count: the number of classes.
  /// - Returns: a `labels.count`×`count` matrix.
  /// - Throws: `MathError.nonPositiveClassCount`, `.tooManyMatrixElements` or
  ///   `.labelOutOfRange`.
  public static func oneHot(_ labels: [Int], count: Int) throws(MathError) -> Matrix {
    guard count > 0 else { throw .nonPositiveClassCount(count) }
    try MathLimits.check(rows: labels.count, columns: count)
    for label in labels { try checkLabel(label, classes: count) }
    var elements = [Double](repeating: 0, count: labels.count * count)
    for (row, label) in labels.enumerated() { elements[row * count + label] = 1 }
    return Matrix(unchecked: labels.count, count, elements)
  }

  /// Throws unless `label` is in `0..<classes`.
  static func checkLabel(_ label: Int, classes: Int) throws(MathError) {
    guard label >= 0, label < classes else {
      throw .labelOutOfRange(label: label, classes: classes)
    }
  }

  /// Throws unless there is one label per row of `logits`, each a valid column.
  static func checkLabels(_ labels: [Int], for logits: Matrix) throws(MathError) {
    guard labels.count == logits.rows else {
      throw .labelCountMismatch(labels: labels.count, rows: logits.rows)
    }
    for label in labels { try checkLabel(label, classes: logits.columns) }
  }
}

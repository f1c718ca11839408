extension MathError: CustomStringConvertible {
  /// The short lowercase message, e.g. "label 7 is out of range for 3 classes".
  public var description: String {
    switch self {
    case .shapeMismatch(let a, let b):
      return "shape mismatch: \(a) vs \(b)"
    case .cannotMultiply(let a, let b):
      return "cannot multiply \(a) by \(b)"
    case .cannotBroadcast(let vector, let matrix):
      return "cannot broadcast \(vector) over the rows of \(matrix)"
    case .incompatibleShapes(let operation, let a, let b, let reason):
      return "\(operation): \(a) and \(b) \(reason)"
    case .labelOutOfRange(let label, let classes):
      return "label \(label) is out of range for \(classes) \(classes == 1 ? "class" : "classes")"
    case .labelCountMismatch(let labels, let rows):
      return
        "\(labels) \(labels == 1 ? "label" : "labels") for \(rows) \(rows == 1 ? "row" : "rows")"
    case .emptyVector(let operation):
      return "empty vector has no \(operation)"
    case .emptyMatrix(let operation):
      return "empty matrix has no \(operation)"
    case .indexOutOfRange(let index, let count):
      return
        "index \(index) is out of range for \(count) \(count == 1 ? "element" : "elements")"
    case .matrixIndexOutOfRange(let row, let column, let shape):
      return "index [\(row), \(column)] is out of range for \(shape)"
    case .rowOutOfRange(let row, let shape):
      return "row \(row) is out of range for \(shape)"
    case .columnOutOfRange(let column, let shape):
      return "column \(column) is out of range for \(shape)"
    case .raggedRows(let row, let count, let firstRowCount):
      return
        "ragged matrix literal: row \(row) has \(count) elements, row 1 has \(firstRowCount)"
    case .elementCountMismatch(let count, let shape):
      return "\(count) elements cannot fill \(shape)"
    case .tooManyElements(let count, let limit):
      return "too many elements: \(count) exceeds the limit of \(limit)"
    case .tooManyMatrixElements(let rows, let columns, let limit):
      return "too many elements: \(rows)×\(columns) exceeds the limit of \(limit)"
    case .negativeCount(let count):
      return "count \(count) is negative"
    case .nonPositiveClassCount(let count):
      return "class count \(count) must be positive"
    case .invalidRange(let lower, let upper):
      return "invalid range: \(numberText(lower))...\(numberText(upper))"
    case .invalidStep(let step):
      return "step \(numberText(step)) must be positive and finite"
    }
  }
}

/// Why a `Checked` function refused its inputs. Each case carries the exact inputs that failed,
/// and `description` is a short lowercase message (the plain API traps with it).
public enum MathError: Error, Equatable, Hashable, Sendable {
  /// Element-wise operands of different shapes: "shape mismatch: 3 vs 4".
  case shapeMismatch(Shape, Shape)
  /// A matrix product whose inner dimensions differ: "cannot multiply 2×3 by 2×3".
  case cannotMultiply(Shape, Shape)
  /// A vector broadcast over matrix rows whose length is not the column count:
  /// "cannot broadcast 4 over the rows of 2×3".
  case cannotBroadcast(vector: Int, matrix: Shape)
  /// Two shapes an operation cannot combine, for a reason other than the ones above:
  /// "linearWeightGradient: 2×3 and 4×5 have different row counts".
  case incompatibleShapes(operation: String, Shape, Shape, reason: String)
  /// A class label outside `0..<classes`: "label 7 is out of range for 3 classes".
  case labelOutOfRange(label: Int, classes: Int)
  /// A batch whose label count differs from its row count: "3 labels for 2 rows".
  case labelCountMismatch(labels: Int, rows: Int)
  /// A reduction with no elements to reduce: "empty vector has no max".
  case emptyVector(operation: String)
  /// A reduction over a matrix with no elements: "empty matrix has no mean".
  case emptyMatrix(operation: String)
  /// A vector index outside `0..<count`: "index 5 is out of range for 3 elements".
  case indexOutOfRange(index: Int, count: Int)
  /// A matrix position outside its shape: "index [2, 0] is out of range for 2×2".
  case matrixIndexOutOfRange(row: Int, column: Int, shape: Shape)
  /// A row index outside `0..<rows`: "row 4 is out of range for 2×3".
  case rowOutOfRange(row: Int, shape: Shape)
  /// A column index outside `0..<columns`: "column 4 is out of range for 2×3".
  case columnOutOfRange(column: Int, shape: Shape)
  /// Matrix rows of different lengths (1-based row numbers):
  /// "ragged matrix literal: row 2 has 3 elements, row 1 has 2".
  case raggedRows(row: Int, count: Int, firstRowCount: Int)
  /// A flat element array whose length is not rows × columns:
  /// "6 elements cannot fill 2×4".
  case elementCountMismatch(count: Int, shape: Shape)
  /// An allocation above `MathLimits.maximumElements`:
  /// "too many elements: 4000000000 exceeds the limit of 10000000".
  case tooManyElements(count: Int, limit: Int)
  /// A matrix allocation above `MathLimits.maximumElements`:
  /// "too many elements: 100000×100000 exceeds the limit of 10000000".
  case tooManyMatrixElements(rows: Int, columns: Int, limit: Int)
  /// A negative element, row or column count: "count -1 is negative".
  case negativeCount(Int)
  /// A class count below one: "class count 0 must be positive".
  case nonPositiveClassCount(Int)
  /// A range whose bounds are NaN or out of order: "invalid range: 1...0".
  case invalidRange(lower: Double, upper: Double)
  /// A finite-difference step that is not a positive finite number:
  /// "step 0 must be positive and finite".
  case invalidStep(Double)
}

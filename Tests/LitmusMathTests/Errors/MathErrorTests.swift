import LitmusMath
import Testing

@Test(arguments: [
  (MathError.shapeMismatch(.vector(3), .vector(4)), "shape mismatch: 3 vs 4"),
  (
    .cannotMultiply(.matrix(rows: 2, columns: 3), .matrix(rows: 2, columns: 3)),
    "cannot multiply 2×3 by 2×3"
  ),
  (
    .cannotBroadcast(vector: 4, matrix: .matrix(rows: 2, columns: 3)),
    "cannot broadcast 4 over the rows of 2×3"
  ),
  (.labelOutOfRange(label: 7, classes: 3), "label 7 is out of range for 3 classes"),
  (.labelCountMismatch(labels: 3, rows: 2), "3 labels for 2 rows"),
  (.emptyVector(operation: "max"), "empty vector has no max"),
  (.emptyMatrix(operation: "mean"), "empty matrix has no mean"),
  (.indexOutOfRange(index: 5, count: 3), "index 5 is out of range for 3 elements"),
  (.indexOutOfRange(index: 1, count: 1), "index 1 is out of range for 1 element"),
  (
    .matrixIndexOutOfRange(row: 2, column: 0, shape: .matrix(rows: 2, columns: 2)),
    "index [2, 0] is out of range for 2×2"
  ),
  (.rowOutOfRange(row: 4, shape: .matrix(rows: 2, columns: 3)), "row 4 is out of range for 2×3"),
  (
    .raggedRows(row: 2, count: 3, firstRowCount: 2),
    "ragged matrix literal: row 2 has 3 elements, row 1 has 2"
  ),
  (
    .tooManyElements(count: 4_000_000_000, limit: 10_000_000),
    "too many elements: 4000000000 exceeds the limit of 10000000"
  ),
  (
    .tooManyMatrixElements(rows: 100_000, columns: 100_000, limit: 10_000_000),
    "too many elements: 100000×100000 exceeds the limit of 10000000"
  ),
  (.negativeCount(-1), "count -1 is negative"),
  (.nonPositiveClassCount(0), "class count 0 must be positive"),
  (.invalidRange(lower: 1, upper: 0), "invalid range: 1...0"),
  (.invalidRange(lower: .nan, upper: 0.5), "invalid range: nan...0.5"),
  (.invalidStep(0), "step 0 must be positive and finite"),
  (
    .columnOutOfRange(column: -1, shape: .matrix(rows: 2, columns: 3)),
    "column -1 is out of range for 2×3"
  ),
  (
    .elementCountMismatch(count: 6, shape: .matrix(rows: 2, columns: 4)),
    "6 elements cannot fill 2×4"
  ),
  (
    .incompatibleShapes(
      operation: "linearWeightGradient", .matrix(rows: 2, columns: 3),
      .matrix(rows: 4, columns: 5), reason: "have different row counts"),
    "linearWeightGradient: 2×3 and 4×5 have different row counts"
  ),
  (.labelOutOfRange(label: 1, classes: 1), "label 1 is out of range for 1 class"),
])
func mathErrorMessagesAreShortAndLowercase(_ error: MathError, _ message: String) {
  #expect(error.description == message)
}

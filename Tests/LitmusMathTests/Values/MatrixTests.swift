import LitmusMath
import Testing

@Test func nestedArrayLiteralIsRows() {
  let m: Matrix = [[1, 2, 3], [4, 5, 6]]
  #expect(m.rows == 2)
  #expect(m.columns == 3)
  #expect(m.elements == [1, 2, 3, 4, 5, 6])
  #expect(m[1, 0] == 4)
}

@Test func rowAndColumnAreVectors() {
  let m: Matrix = [[1, 2, 3], [4, 5, 6]]
  #expect(m.row(1) == [4, 5, 6])
  #expect(m.column(2) == [3, 6])
}

@Test func transposedSwapsRowsAndColumns() {
  let m: Matrix = [[1, 2, 3], [4, 5, 6]]
  #expect(m.transposed() == [[1, 4], [2, 5], [3, 6]])
}

@Test func matrixReductionsCoverAllElements() {
  let m: Matrix = [[1, -2], [3, 6]]
  #expect(m.sum() == 8)
  #expect(m.max() == 6)
  #expect(m.min() == -2)
  #expect(m.mean() == 2)
  #expect(m.columnSums() == [4, 4])
  #expect(m.rowSums() == [-1, 9])
}

@Test func initializersAgree() {
  let fromVectors = Matrix(rows: [Vector([1, 2]), Vector([3, 4])])
  let fromElements = Matrix(rows: 2, columns: 2, elements: [1, 2, 3, 4])
  #expect(fromVectors == [[1, 2], [3, 4]])
  #expect(fromElements == fromVectors)
  #expect(Matrix(rows: 2, columns: 3, repeating: 0).elements == [0, 0, 0, 0, 0, 0])
}

@Test func matrixSubscriptSetChangesOneElement() {
  var m: Matrix = [[1, 2], [3, 4]]
  m[0, 1] = 9
  #expect(m == [[1, 9], [3, 4]])
}

@Test func emptyLiteralIsZeroByZero() {
  let m: Matrix = []
  #expect(m.rows == 0)
  #expect(m.columns == 0)
}

@Test func matrixDescriptionNestsRows() {
  #expect(Matrix(rows: [[1, 2], [3, 4]]).description == "[[1.0, 2.0], [3.0, 4.0]]")
}

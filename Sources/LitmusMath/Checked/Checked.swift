/// The validating layer: a throwing twin, with the same name and labels, of every plain
/// initializer, subscript, operator and function that can fail.
///
/// Every precondition of the library lives here, once. The plain API calls these functions and
/// traps with the error's message, as the standard library's subscripts do; an interpreter
/// calls them directly and turns the `MathError` into a diagnostic. Functions that allocate
/// honour `MathLimits.maximumElements`. Functions that cannot fail (`exp`, `softmax`, …) have
/// no twin here.
public enum Checked {
  /// Creates a vector holding `elements`.
  /// - Parameter elements: the elements, in order.
  /// - Returns: the vector.
  /// - Throws: `MathError.tooManyElements` above `MathLimits.maximumElements`.
  public static func vector(_ elements: [Double]) throws(MathError) -> Vector {
    try MathLimits.check(count: elements.count)
    return Vector(elements)
  }

  /// Creates a vector of `count` copies of `value`, checking the count before allocating.
  /// - Parameter value: the value of every element.
  /// - Parameter count: the number of elements.
  /// - Returns: the vector.
  /// - Throws: `MathError.negativeCount` or `.tooManyElements`.
  public static func vector(repeating value: Double, count: Int) throws(MathError) -> Vector {
    try MathLimits.check(count: count)
    return Vector([Double](repeating: value, count: count))
  }

  /// Creates a matrix from rows of equal length; `[]` gives a 0×0 matrix.
  /// - Parameter rows: the rows, top to bottom.
  /// - Returns: the matrix.
  /// - Throws: `MathError.raggedRows` (1-based row numbers) or `.tooManyMatrixElements`.
  public static func matrix(rows: [[Double]]) throws(MathError) -> Matrix {
    let columns = rows.first?.count ?? 0
    for (index, row) in rows.enumerated() where row.count != columns {
      throw .raggedRows(row: index + 1, count: row.count, firstRowCount: columns)
    }
    try MathLimits.check(rows: rows.count, columns: columns)
    var elements: [Double] = []
    elements.reserveCapacity(rows.count * columns)
    for row in rows { elements.append(contentsOf: row) }
    return Matrix(unchecked: rows.count, columns, elements)
  }

  /// Creates a matrix whose rows are the given vectors.
  /// - Parameter rows: the rows, top to bottom.
  /// - Returns: the matrix.
  /// - Throws: `MathError.raggedRows` or `.tooManyMatrixElements`.
  public static func matrix(rows: [Vector]) throws(MathError) -> Matrix {
    try matrix(rows: rows.map(\.elements))
  }

  /// Creates a `rows`×`columns` matrix filled with `value`, checking the size first.
  /// - Parameter rows: the number of rows.
  /// - Parameter columns: the number of columns.
  /// - Parameter value: the value of every element.
  /// - Returns: the matrix.
  /// - Throws: `MathError.negativeCount` or `.tooManyMatrixElements`.
  public static func matrix(
    rows: Int, columns: Int, repeating value: Double
  ) throws(MathError) -> Matrix {
    try MathLimits.check(rows: rows, columns: columns)
    return Matrix(
      unchecked: rows, columns, [Double](repeating: value, count: rows * columns))
  }

  /// Creates a `rows`×`columns` matrix from row-major elements.
  /// - Parameter rows: the number of rows.
  /// - Parameter columns: the number of columns.
  /// - Parameter elements: the elements, row by row.
  /// - Returns: the matrix.
  /// - Throws: `MathError.negativeCount`, `.tooManyMatrixElements` or
  ///   `.elementCountMismatch`.
  public static func matrix(
    rows: Int, columns: Int, elements: [Double]
  ) throws(MathError) -> Matrix {
    try MathLimits.check(rows: rows, columns: columns)
    guard elements.count == rows * columns else {
      throw .elementCountMismatch(
        count: elements.count, shape: .matrix(rows: rows, columns: columns))
    }
    return Matrix(unchecked: rows, columns, elements)
  }

  /// The element of `v` at `index` (the plain `v[index]`).
  /// - Parameter v: the vector.
  /// - Parameter index: a position in `0..<v.count`.
  /// - Returns: the element.
  /// - Throws: `MathError.indexOutOfRange`.
  public static func element(_ v: Vector, at index: Int) throws(MathError) -> Double {
    guard index >= 0, index < v.elements.count else {
      throw .indexOutOfRange(index: index, count: v.elements.count)
    }
    return v.elements[index]
  }

  /// Sets the element of `v` at `index` (the plain `v[index] = value`).
  /// - Parameter v: the vector to change.
  /// - Parameter index: a position in `0..<v.count`.
  /// - Parameter value: the new element.
  /// - Throws: `MathError.indexOutOfRange`.
  public static func setElement(
    _ v: inout Vector, at index: Int, to value: Double
  ) throws(MathError) {
    guard index >= 0, index < v.elements.count else {
      throw .indexOutOfRange(index: index, count: v.elements.count)
    }
    v.elements[index] = value
  }

  /// The element of `m` at `row`, `column` (the plain `m[row, column]`).
  /// - Parameter m: the matrix.
  /// - Parameter row: a row in `0..<m.rows`.
  /// - Parameter column: a column in `0..<m.columns`.
  /// - Returns: the element.
  /// - Throws: `MathError.matrixIndexOutOfRange`.
  public static func element(_ m: Matrix, row: Int, column: Int) throws(MathError) -> Double {
    try checkPosition(m, row: row, column: column)
    return m.elements[row * m.columns + column]
  }

  /// Sets the element of `m` at `row`, `column` (the plain `m[row, column] = value`).
  /// - Parameter m: the matrix to change.
  /// - Parameter row: a row in `0..<m.rows`.
  /// - Parameter column: a column in `0..<m.columns`.
  /// - Parameter value: the new element.
  /// - Throws: `MathError.matrixIndexOutOfRange`.
  public static func setElement(
    _ m: inout Matrix, row: Int, column: Int, to value: Double
  ) throws(MathError) {
    try checkPosition(m, row: row, column: column)
    m.setElement(atOffset: row * m.columns + column, to: value)
  }

  /// Row `index` of `m` (the plain `m.row(index)`).
  /// - Parameter m: the matrix.
  /// - Parameter index: a row in `0..<m.rows`.
  /// - Returns: the row.
  /// - Throws: `MathError.rowOutOfRange`.
  public static func row(_ m: Matrix, _ index: Int) throws(MathError) -> Vector {
    guard index >= 0, index < m.rows else { throw .rowOutOfRange(row: index, shape: m.shape) }
    return Vector(Array(m.elements[index * m.columns..<(index + 1) * m.columns]))
  }

  /// Column `index` of `m` (the plain `m.column(index)`).
  /// - Parameter m: the matrix.
  /// - Parameter index: a column in `0..<m.columns`.
  /// - Returns: the column.
  /// - Throws: `MathError.columnOutOfRange`.
  public static func column(_ m: Matrix, _ index: Int) throws(MathError) -> Vector {
    guard index >= 0, index < m.columns else {
      throw .columnOutOfRange(column: index, shape: m.shape)
    }
    return Vector((0..<m.rows).map { m.elements[$0 * m.columns + index] })
  }

  private static func checkPosition(_ m: Matrix, row: Int, column: Int) throws(MathError) {
    guard row >= 0, row < m.rows, column >= 0, column < m.columns else {
      throw .matrixIndexOutOfRange(row: row, column: column, shape: m.shape)
    }
  }
}

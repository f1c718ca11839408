/// A row-major matrix of `Double`s: the example language's 2-D value.
///
/// ```swift
/// let m: Matrix = [[1, 2], [3, 4]]  // nested array literal: rows
/// m[1, 0]  // 3
/// ```
/// A matrix may have zero rows or columns. Misuse traps with a message; `Checked` has a
/// throwing twin of every initializer and operation that can fail.
public struct Matrix: Hashable, Sendable {
  /// The number of rows.
  public private(set) var rows: Int
  /// The number of columns.
  public private(set) var columns: Int
  /// The elements in row-major order (`rows * columns` of them).
  public private(set) var elements: [Double]

  /// Creates a matrix without validation; callers guarantee `elements.count == rows * columns`.
  init(unchecked rows: Int, _ columns: Int, _ elements: [Double]) {
    self.rows = rows
    self.columns = columns
    self.elements = elements
  }

  /// Creates a matrix from its rows, which must all have the same length.
  ///
  /// Traps on ragged rows ("ragged matrix literal: row 2 has 3 elements, row 1 has 2");
  /// `Checked.matrix(rows:)` throws instead. `[]` gives a 0×0 matrix.
  /// - Parameter rows: the rows, top to bottom.
  public init(rows: [[Double]]) {
    self = trapping { () throws(MathError) in try Checked.matrix(rows: rows) }
  }

  /// Creates a matrix whose rows are the given vectors, which must all have the same count.
  /// - Parameter rows: the rows, top to bottom.
  public init(rows: [Vector]) {
    self = trapping { () throws(MathError) in try Checked.matrix(rows: rows) }
  }

  /// Creates a `rows`×`columns` matrix filled with `value`.
  ///
  /// Traps on a negative count or more than `MathLimits.maximumElements` elements.
  /// - Parameter rows: the number of rows.
  /// - Parameter columns: the number of columns.
  /// - Parameter value: the value of every element.
  public init(rows: Int, columns: Int, repeating value: Double) {
    self = trapping { () throws(MathError) in
      try Checked.matrix(rows: rows, columns: columns, repeating: value)
    }
  }

  /// Creates a `rows`×`columns` matrix from row-major elements.
  ///
  /// Traps unless `elements.count == rows * columns`.
  /// - Parameter rows: the number of rows.
  /// - Parameter columns: the number of columns.
  /// - Parameter elements: the elements, row by row.
  public init(rows: Int, columns: Int, elements: [Double]) {
    self = trapping { () throws(MathError) in
      try Checked.matrix(rows: rows, columns: columns, elements: elements)
    }
  }

  /// The shape, for messages: `.matrix(rows:columns:)`.
  public var shape: Shape { .matrix(rows: rows, columns: columns) }

  /// The element at row `row`, column `column`; traps when out of range.
  /// - Parameter row: a row in `0..<rows`.
  /// - Parameter column: a column in `0..<columns`.
  public subscript(row: Int, column: Int) -> Double {
    get {
      trapping { () throws(MathError) in try Checked.element(self, row: row, column: column) }
    }
    set {
      trapping { () throws(MathError) in
        try Checked.setElement(&self, row: row, column: column, to: newValue)
      }
    }
  }

  /// Row `index` as a vector; traps when out of range.
  /// - Parameter index: a row in `0..<rows`.
  /// - Returns: the row.
  public func row(_ index: Int) -> Vector {
    trapping { () throws(MathError) in try Checked.row(self, index) }
  }

  /// Column `index` as a vector; traps when out of range.
  /// - Parameter index: a column in `0..<columns`.
  /// - Returns: the column.
  public func column(_ index: Int) -> Vector {
    trapping { () throws(MathError) in try Checked.column(self, index) }
  }

  /// The rows as vectors, top to bottom.
  public var rowVectors: [Vector] {
    (0..<rows).map { Vector(Array(elements[$0 * columns..<($0 + 1) * columns])) }
  }

  /// The transpose: a `columns`×`rows` matrix.
  /// - Returns: the transposed matrix.
  public func transposed() -> Matrix {
    Matrix(
      unchecked: columns, rows, Kernels.transpose(elements, rows: rows, columns: columns))
  }

  /// Sets the elements; callers guarantee the count matches the shape.
  mutating func setElements(_ newElements: [Double]) {
    elements = newElements
  }

  /// Writes one element at a flat row-major offset already validated by the caller.
  mutating func setElement(atOffset offset: Int, to value: Double) {
    elements[offset] = value
  }
}

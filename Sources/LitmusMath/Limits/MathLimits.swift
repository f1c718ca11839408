/// Caps on what a `Checked` function may allocate, so an untrusted note cannot exhaust memory.
///
/// The limit is task-local: notes evaluated in parallel each see their own value.
public enum MathLimits {
  /// The largest number of elements a `Checked` function may allocate (default 10 000 000).
  ///
  /// Every `Checked` function that creates a vector or matrix checks its size against this
  /// before allocating, so `oneHot(1, count: 4_000_000_000)` throws instead of allocating.
  @TaskLocal public static var maximumElements: Int = 10_000_000

  /// Runs `body` with a different element limit.
  /// - Parameter limit: the largest number of elements `Checked` functions may allocate.
  /// - Parameter body: the work to run under the limit.
  /// - Returns: what `body` returns.
  /// - Throws: whatever `body` throws.
  public static func withMaximumElements<T>(_ limit: Int, _ body: () throws -> T) rethrows -> T {
    try $maximumElements.withValue(limit, operation: body)
  }

  /// Throws unless `count` elements fit in the current limit.
  static func check(count: Int) throws(MathError) {
    if count < 0 { throw .negativeCount(count) }
    let limit = maximumElements
    if count > limit { throw .tooManyElements(count: count, limit: limit) }
  }

  /// Throws unless a `rows`×`columns` matrix fits in the current limit (overflow-safe).
  ///
  /// Each dimension is capped too: a 10¹²×0 matrix holds no elements, but every row-wise
  /// operation would still loop over its rows.
  static func check(rows: Int, columns: Int) throws(MathError) {
    if rows < 0 { throw .negativeCount(rows) }
    if columns < 0 { throw .negativeCount(columns) }
    let limit = maximumElements
    let (product, overflow) = rows.multipliedReportingOverflow(by: columns)
    if overflow || product > limit || rows > limit || columns > limit {
      throw .tooManyMatrixElements(rows: rows, columns: columns, limit: limit)
    }
  }
}

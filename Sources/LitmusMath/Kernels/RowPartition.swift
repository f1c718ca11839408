import Dispatch

/// How a batch is cut into chunks of whole rows, and whether the chunks run on several cores.
///
/// The cut depends only on the shape, and per-chunk results are added in chunk order, so a
/// batched loss is the same to the last bit whether it ran on one core or many.
enum RowPartition {
  /// Batches with fewer elements than this run on the calling thread (64×10 pays no
  /// thread hand-off); larger ones are spread over all cores.
  static let parallelThreshold = 1 << 16

  /// About how many elements one chunk covers (a chunk is at least one row): large enough
  /// that the pipelined cross-entropy (`RowKernels+Pipeline`), which overlaps the rows of a
  /// chunk, rarely starts a new chunk (about 16 rows of 32 000 `Float`s).
  static let targetChunkElements = 1 << 19

  /// The fewest chunks a parallel batch is cut into (when it has that many rows), so that the
  /// cores share the work evenly however large `targetChunkElements` is.
  static let minimumChunks = 16

  /// The most chunks a batch is cut into, so per-chunk partial sums fit on the stack.
  static let maximumChunks = 256

  /// The number of rows in each chunk (the last may have fewer) for a `rows`×`columns` batch:
  /// all of them below `parallelThreshold`, else about `targetChunkElements` elements, at
  /// least `minimumChunks` chunks and at most `maximumChunks`. Depends on the shape alone.
  static func rowsPerChunk(rows: Int, columns: Int) -> Int {
    if rows * columns < parallelThreshold { return Swift.max(1, rows) }
    let bySize = Swift.max(1, targetChunkElements / Swift.max(1, columns))
    let byMinimumCount = Swift.max(1, rows / minimumChunks)
    let byMaximumCount = (rows + maximumChunks - 1) / maximumChunks
    return Swift.max(Swift.min(bySize, byMinimumCount), byMaximumCount)
  }

  /// Calls `body` on consecutive row ranges covering `0..<rows` and returns the sum of its
  /// results, added in row order; runs the ranges concurrently when the batch is large.
  ///
  /// `body` must only touch the rows it is given.
  static func sum(rows: Int, columns: Int, _ body: (Range<Int>) -> Double) -> Double {
    guard rows > 0 else { return 0 }
    let chunkRows = rowsPerChunk(rows: rows, columns: columns)
    let chunks = (rows + chunkRows - 1) / chunkRows
    func range(_ chunk: Int) -> Range<Int> {
      chunk * chunkRows..<Swift.min(rows, (chunk + 1) * chunkRows)
    }
    if chunks == 1 || rows * columns < parallelThreshold {
      var total = 0.0
      for chunk in 0..<chunks { total += body(range(chunk)) }
      return total
    }
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: chunks) { partials in
      withoutActuallyEscaping(body) { body in
        // Each chunk writes only its own slot and touches only its own rows.
        let shared = UncheckedSendable(value: (body, partials))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
          let (body, partials) = shared.value
          let start = chunk * chunkRows
          partials[chunk] = body(start..<Swift.min(rows, start + chunkRows))
        }
      }
      var total = 0.0
      for chunk in 0..<chunks { total += partials[chunk] }
      return total
    }
  }
}

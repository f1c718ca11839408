import Testing

@testable import LitmusMath

@Test func smallBatchesRunOnTheCallingThreadInOneChunk() {
  #expect(RowPartition.rowsPerChunk(rows: 64, columns: 10) >= 64)
}

@Test func largeBatchesGetChunksOfAboutHalfAMillionElementsAndAtLeastSixteenChunks() {
  #expect(RowPartition.rowsPerChunk(rows: 1024, columns: 32_000) == 16)
  #expect(RowPartition.rowsPerChunk(rows: 100, columns: 32_000) == 6)
  #expect(RowPartition.rowsPerChunk(rows: 4096, columns: 1000) == 256)
  #expect(RowPartition.rowsPerChunk(rows: 8, columns: 100_000) == 1)
  // The chunk cap: at most 256 chunks.
  #expect(RowPartition.rowsPerChunk(rows: 100_000, columns: 10_000) == 391)
}

@Test func everyRowIsVisitedExactlyOnceInOrderOfTheSum() {
  for (rows, columns) in [(0, 5), (1, 1), (7, 3), (1000, 100), (999, 1), (257, 40_000)] {
    let visited = RowPartition.sum(rows: rows, columns: columns) { range in
      range.reduce(0.0) { $0 + Double($1 + 1) }
    }
    #expect(visited == Double(rows * (rows + 1) / 2), "\(rows)×\(columns)")
  }
}

import Testing

@testable import LitmusMarkdown

@Suite struct SourceMapTests {
  private let map = SourceMap(runs: [
    .init(textOffset: 0, length: 4, position: SourcePosition(line: 1, column: 5, offset: 4)),
    .init(textOffset: 4, length: 3, position: SourcePosition(line: 2, column: 3, offset: 11)),
  ])

  @Test func bytesMapThroughTheirRun() {
    #expect(map.position(ofTextByte: 0) == SourcePosition(line: 1, column: 5, offset: 4))
    #expect(map.position(ofTextByte: 3) == SourcePosition(line: 1, column: 8, offset: 7))
    #expect(map.position(ofTextByte: 5) == SourcePosition(line: 2, column: 4, offset: 12))
    #expect(map.position(ofTextByte: 7) == SourcePosition(line: 2, column: 6, offset: 14))
    #expect(map.length == 7)
  }

  @Test func aRangeSplitBetweenLinesHasNoFileRange() {
    #expect(map.contiguousFileRange(of: 1..<3) == 5..<7)
    #expect(map.contiguousFileRange(of: 4..<7) == 11..<14)
    #expect(map.contiguousFileRange(of: 2..<6) == nil)
    #expect(map.contiguousFileRange(of: 6..<9) == nil)
    #expect(map.contiguousFileRange(of: 3..<3) == nil)
  }

  @Test func sliceCountsFromItsStart() {
    let slice = map.slice(2..<6)
    #expect(slice.length == 4)
    #expect(slice.position(ofTextByte: 0) == SourcePosition(line: 1, column: 7, offset: 6))
    #expect(slice.position(ofTextByte: 2) == SourcePosition(line: 2, column: 3, offset: 11))
  }

  @Test func contiguousTextStartsEachLineAtColumnOne() {
    let map = SourceMap(
      contiguous: "ab\r\ncd", at: SourcePosition(line: 3, column: 4, offset: 20))
    #expect(map.position(ofTextByte: 1) == SourcePosition(line: 3, column: 5, offset: 21))
    #expect(map.position(ofTextByte: 5) == SourcePosition(line: 4, column: 2, offset: 25))
  }
}

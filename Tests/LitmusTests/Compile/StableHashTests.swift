import Testing

@testable import Litmus

@Suite struct StableHashTests {
  @Test func emptyHashIsTheFNVOffsetBasis() {
    #expect(StableHash().hex == "cbf29ce484222325")
  }

  @Test func feedingMatchesPublishedFNV1aVectors() {
    // Published FNV-1a 64-bit test vectors (isthe.com/chongo/tech/comp/fnv).
    var a = StableHash()
    a.feed("a".utf8)
    #expect(a.hex == "af63dc4c8601ec8c")
    var foobar = StableHash()
    foobar.feed("foobar".utf8)
    #expect(foobar.hex == "85944171f73967e8")
  }

  @Test func combiningKeepsBoundariesApart() {
    var first = StableHash()
    first.combine(Array("ab".utf8))
    first.combine(Array("c".utf8))
    var second = StableHash()
    second.combine(Array("a".utf8))
    second.combine(Array("bc".utf8))
    #expect(first.hex != second.hex)
  }
}

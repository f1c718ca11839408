import Testing

@testable import LitmusEval

@Suite struct NestingScanTests {
  @Test func findsTheFirstBracketBeyondTheLimit() {
    #expect(NestingScan.firstTooDeep("[[[1]]]", limit: 2) == 2)
    #expect(NestingScan.firstTooDeep("f(a[0], {b})", limit: 2) == nil)
  }

  @Test func closingBracketsReduceTheDepth() {
    #expect(NestingScan.firstTooDeep("(())(())", limit: 2) == nil)
    #expect(NestingScan.firstTooDeep(")))(((", limit: 3) == nil)
  }
}

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

  @Test func squareBracketRunsCountOnlyBracketsInARow() {
    #expect(NestingScan.firstSquareBracketRunTooLong("[[[1]]]", limit: 2) == 2)
    #expect(NestingScan.firstSquareBracketRunTooLong("[ [\n [1]]]", limit: 2) == 5)
    #expect(NestingScan.firstSquareBracketRunTooLong("[[1, [[2]]]]", limit: 2) == nil)
    #expect(NestingScan.firstSquareBracketRunTooLong("[([([(", limit: 2) == nil)
    #expect(NestingScan.firstSquareBracketRunTooLong("", limit: 0) == nil)
  }
}

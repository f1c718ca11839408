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

  @Test func squareBracketsCountWhileOpen() {
    #expect(NestingScan.firstSquareBracketTooDeep("[[[1]]]", limit: 2) == 2)
    #expect(NestingScan.firstSquareBracketTooDeep("[ [\n [1]]]", limit: 2) == 5)
    #expect(NestingScan.firstSquareBracketTooDeep("[[1], [2], [[3]]]", limit: 3) == nil)
    #expect(NestingScan.firstSquareBracketTooDeep("", limit: 0) == nil)
    #expect(NestingScan.firstSquareBracketTooDeep("]]][[", limit: 2) == nil)
  }

  /// What stands between the brackets does not stop SwiftParser's lookahead, so it does
  /// not stop the count: `(`, generic arguments, characters the lexer skips, comments.
  @Test func squareBracketsCountThroughWhatTheLookaheadCrosses() {
    #expect(NestingScan.firstSquareBracketTooDeep("[([([(", limit: 2) == 4)
    #expect(NestingScan.firstSquareBracketTooDeep("[a<[a<[a<", limit: 2) == 6)
    #expect(NestingScan.firstSquareBracketTooDeep("[[\u{FFFD}[[", limit: 3) == 6)
    #expect(NestingScan.firstSquareBracketTooDeep("[/**/[/**/[", limit: 2) == 10)
  }

  /// A `]` inside a comment closes only a `[` of that comment: `/* ]] */` cannot hide the
  /// brackets open around it, while a stated vector in an outcome comment leaves none.
  @Test func commentsCannotCloseBracketsOpenOutsideThem() {
    #expect(NestingScan.firstSquareBracketTooDeep("[[/* ]] */[[", limit: 3) == 11)
    #expect(NestingScan.firstSquareBracketTooDeep("[[// ]]\n[[", limit: 3) == 9)
    #expect(NestingScan.firstSquareBracketTooDeep("[[/* /* */ ]] */[[", limit: 3) == 17)
    let outcomes = String(repeating: "softmax(v)\n// => [[0.2, 0.8], [0.5, 0.5]]\n", count: 20)
    #expect(NestingScan.firstSquareBracketTooDeep(outcomes, limit: 8) == nil)
    // A `//` inside a string is taken for a comment: that can only count more open.
    #expect(NestingScan.firstSquareBracketTooDeep(#""//" [[[["#, limit: 3) == 8)
  }

  @Test func angleBracketsCountUntilClosed() {
    #expect(NestingScan.firstAngleBracketTooDeep("a<a<a<x", limit: 2) == 5)
    #expect(NestingScan.firstAngleBracketTooDeep("a<b>\nc<d>\ne<f>", limit: 1) == nil)
    #expect(NestingScan.firstAngleBracketTooDeep("x < 1\ny <= 2\nz < 3", limit: 2) == 15)
    // The `>` of `->` closes nothing.
    #expect(NestingScan.firstAngleBracketTooDeep("a<(b)->c<d", limit: 1) == 8)
    // A `>` in a comment closes only a `<` of that comment.
    #expect(NestingScan.firstAngleBracketTooDeep("a</* >> */a<", limit: 1) == 11)
    #expect(NestingScan.firstAngleBracketTooDeep("a<b // x<y>\nc<d>", limit: 2) == nil)
  }

  @Test func everyAtSignCounts() {
    #expect(NestingScan.firstAttributeBeyond("@a<@a<@a<x", limit: 2) == 6)
    #expect(NestingScan.firstAttributeBeyond("// @a\n\"@\" @", limit: 2) == 10)
    #expect(NestingScan.firstAttributeBeyond("softmax(v)", limit: 0) == nil)
  }
}

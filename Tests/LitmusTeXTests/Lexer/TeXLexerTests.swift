import Testing

@testable import LitmusTeX

@Suite struct TeXLexerTests {
  @Test func controlWordSwallowsFollowingSpaces() {
    let tokens = TeXLexer.tokenize(#"\alpha  x"#)
    #expect(tokens.map(\.kind) == [.command("alpha"), .character("x")])
    #expect(tokens.map(\.offset) == [0, 8])
  }

  @Test func controlSymbolIsOneCharacter() {
    #expect(TeXLexer.tokenize(#"\,\\"#).map(\.kind) == [.command(","), .command("\\")])
  }

  @Test func commentRunsToEndOfLine() {
    #expect(
      TeXLexer.tokenize("a % note\nb").map(\.kind) == [
        .character("a"), .space, .space, .character("b"),
      ])
  }

  @Test func offsetsAndLengthsAreUTF8Bytes() {
    let tokens = TeXLexer.tokenize("αβ")
    #expect(tokens.map(\.offset) == [0, 2])
    #expect(tokens.map(\.length) == [2, 2])
  }

  @Test func specialCharactersHaveTheirOwnKinds() {
    #expect(
      TeXLexer.tokenize("{}^_&").map(\.kind)
        == [.beginGroup, .endGroup, .superscript, .subscript, .alignment])
  }

  @Test func loneBackslashIsAnEmptyCommand() {
    #expect(TeXLexer.tokenize("\\").map(\.kind) == [.command("")])
  }
}

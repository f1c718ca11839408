import Testing

@testable import LitmusTeX

/// TeX lengths read from tokens, as row breaks and `\hspace` take them.
@Suite struct TeXLengthTests {
  private func length(_ tex: String) -> String? {
    TeXLength.parse(TeXLexer.tokenize(tex)[...])?.css
  }

  @Test func numbersWithUnitsConvertToEm() {
    #expect(length("4pt") == "0.4em")
    #expect(length("-1ex") == "-0.431em")
    #expect(length("0.5em") == "0.5em")
    #expect(length("2mm") == "0.5691em")
    #expect(length("18mu") == "1em")
    #expect(length(".5em") == "0.5em")
    #expect(length("1,5em") == "1.5em")
  }

  @Test func spacesAndSignsAreAllowed() {
    #expect(length(" - 3 PT ") == "-0.3em")
    #expect(length("+-2pt") == "-0.2em")
  }

  @Test func registersMayBeScaled() {
    #expect(length(#"\jot"#) == "0.3em")
    #expect(length(#"2\jot"#) == "0.6em")
  }

  @Test func aNumberTooLongToBeFiniteIsNotALength() {
    #expect(length(String(repeating: "9", count: 400) + "em") == nil)
    #expect(length("-" + String(repeating: "9", count: 400) + "pt") == nil)
    // Finite as a number, infinite once converted from inches to em.
    #expect(length("1" + String(repeating: "0", count: 308) + "in") == nil)
  }

  @Test func onlyLengthsUpToAThousandEmEitherWayAreDrawable() {
    #expect(TeXLength(em: 1000).isDrawable)
    #expect(TeXLength(em: -1000).isDrawable)
    #expect(!TeXLength(em: 1000.001).isDrawable)
    #expect(!TeXLength(em: -1e300).isDrawable)
    #expect(!TeXLength(em: .infinity).isDrawable)
    #expect(!TeXLength(em: .nan).isDrawable)
  }

  @Test func anythingElseIsNotALength() {
    for tex in ["", "em", "4", "4 p t", "4xx", "0, 1", #"\nabla L"#, "1.2.3em", "4pt x", "."] {
      #expect(length(tex) == nil, "\(tex)")
    }
  }
}

import Testing

@testable import LitmusTeX

@Suite struct MathFontTests {
  @Test func boldMapsLatinDigitsAndGreek() {
    #expect(MathFont.bold.map("A") == "\u{1D400}")
    #expect(MathFont.bold.map("z") == "\u{1D433}")
    #expect(MathFont.bold.map("0") == "\u{1D7CE}")
    #expect(MathFont.bold.map("Δ") == "\u{1D6AB}")
    #expect(MathFont.bold.map("ω") == "\u{1D6DA}")
  }

  @Test func italicSmallHUsesPlanckConstant() {
    #expect(MathFont.italic.map("h") == "\u{210E}")
    #expect(MathFont.italic.map("g") == "\u{1D454}")
  }

  @Test func doubleStruckHolesUseLetterlikeSymbols() {
    #expect(MathFont.doubleStruck.map("R") == "ℝ")
    #expect(MathFont.doubleStruck.map("N") == "ℕ")
    #expect(MathFont.doubleStruck.map("1") == "\u{1D7D9}")
  }

  @Test func frakturHolesUseLetterlikeSymbols() {
    #expect(MathFont.fraktur.map("R") == "ℜ")
    #expect(MathFont.fraktur.map("g") == "\u{1D524}")
  }

  @Test func boldItalicMapsGreekVariants() {
    #expect(MathFont.boldItalic.map("ϵ") == "\u{1D750}")
    #expect(MathFont.boldItalic.map("∂") == "\u{1D74F}")
  }

  @Test func unmappedCharactersAreUnchanged() {
    #expect(MathFont.sansSerif.map("α") == "α")
    #expect(MathFont.bold.map("+") == "+")
  }
}

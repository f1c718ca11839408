import Testing

/// Operator names, class commands and `\pmod`: the exact MathML each produces.
@Suite struct TeXParserOperatorsTests {
  @Test func operatornameWithScriptsKeepsThem() {
    #expect(
      mathBody(#"\operatorname{D_{KL}}(P \| Q)"#).hasPrefix(
        "<msub><mi mathvariant=\"normal\">D</mi><mi>KL</mi></msub>\(applyFunction)"
          + "<mo stretchy=\"false\">(</mo><mi>P</mi>"))
  }

  @Test func operatornameWithAnAccentKeepsIt() {
    #expect(
      mathBody(#"\operatorname{\hat{y}}"#)
        == "<mover accent=\"true\"><mi mathvariant=\"normal\">y</mi><mo stretchy=\"false\">^</mo>"
        + "</mover>\(applyFunction)")
  }

  @Test func operatornameWithARootOrSuperscriptKeepsIt() {
    #expect(
      mathBody(#"\operatorname{\sqrt{x}}"#)
        == "<msqrt><mi mathvariant=\"normal\">x</mi></msqrt>\(applyFunction)")
    #expect(
      mathBody(#"\operatorname{x^2}"#)
        == "<msup><mi mathvariant=\"normal\">x</mi><mn>2</mn></msup>\(applyFunction)")
  }

  @Test func mathOperatorNameIsSpacedLikeAFunction() {
    #expect(
      mathBody(#"a \operatorname{x^2} b"#)
        == "<mi>a</mi>\(thinSpace)<msup><mi mathvariant=\"normal\">x</mi><mn>2</mn></msup>"
        + "\(applyFunction)\(thinSpace)<mi>b</mi>")
  }

  @Test func starredMathOperatorNameTakesLimitsInDisplay() {
    #expect(
      mathBody(#"\operatorname*{D_{KL}}_x"#, display: true)
        == "<munder><msub><mi mathvariant=\"normal\">D</mi><mi>KL</mi></msub><mi>x</mi></munder>"
        + applyFunction)
  }

  @Test func plainOperatornameIsStillOneIdentifier() {
    #expect(
      mathBody(#"\operatorname{arg\,max}"#) == "<mi>arg\u{2009}max</mi>\(applyFunction)")
  }

  @Test func mathopOfALargeOperatorIsThatOperator() {
    #expect(
      mathBody(#"\mathop{\sum}_i^n"#, display: true)
        == "<munderover><mo movablelimits=\"false\">∑</mo><mi>i</mi><mi>n</mi></munderover>")
  }

  @Test func mathopOfLettersKeepsTheirFontAndTakesLimits() {
    #expect(
      mathBody(#"\mathop{\rm lim}_x"#, display: true)
        == "<munder><mi>lim</mi><mi>x</mi></munder>\(applyFunction)")
  }

  @Test func mathbinGivesASymbolItsClass() {
    #expect(mathBody(##"a \mathbin{\#} b"##) == "<mi>a</mi><mo>#</mo><mi>b</mi>")
    #expect(mathBody(##"\mathbin{\#} b"##) == "<mo lspace=\"0em\" rspace=\"0em\">#</mo><mi>b</mi>")
  }

  @Test func mathrelAroundLettersAddsThickSpaces() {
    #expect(
      mathBody(#"a \mathrel{xy} b"#)
        == "<mi>a</mi><mrow>\(space("0.2778em"))<mrow><mi>x</mi><mi>y</mi></mrow>"
        + "\(space("0.2778em"))</mrow><mi>b</mi>")
  }

  @Test func mathrelOfARelationIsUnchanged() {
    #expect(
      mathBody(#"a \mathrel{\stackrel{?}{=}} b"#)
        == "<mi>a</mi><mover><mo>=</mo><mrow><mo>?</mo></mrow></mover><mi>b</mi>")
  }

  @Test func pmodIsSpacedAsInAmsmath() {
    let tail =
      "<mo stretchy=\"false\">(</mo><mi>mod</mi>\(space("0.3333em"))<mi>n</mi>"
      + "<mo stretchy=\"false\">)</mo>"
    #expect(mathBody(#"a \pmod{n}"#) == "<mi>a</mi>\(space("0.4444em"))\(tail)")
    #expect(mathBody(#"a \pmod{n}"#, display: true) == "<mi>a</mi>\(space("1em"))\(tail)")
  }

  @Test func bmodIsABinaryOperator() {
    #expect(mathBody(#"a \bmod b"#) == "<mi>a</mi><mo>mod</mo><mi>b</mi>")
  }
}

import Testing

/// One test per command: the exact MathML it produces (hand-written expectations).
@Suite struct TeXParserCommandsTests {
  @Test func fractionHasNumeratorAndDenominator() {
    #expect(mathBody(#"\frac{a}{b}"#) == "<mfrac><mi>a</mi><mi>b</mi></mfrac>")
  }

  @Test func fractionTakesSingleTokenArguments() {
    #expect(mathBody(#"\frac12"#) == "<mfrac><mn>1</mn><mn>2</mn></mfrac>")
  }

  @Test func displayFractionForcesDisplayStyle() {
    #expect(
      mathBody(#"\dfrac{a}{b}"#)
        == "<mfrac><mstyle displaystyle=\"true\"><mi>a</mi></mstyle>"
        + "<mstyle displaystyle=\"true\"><mi>b</mi></mstyle></mfrac>")
  }

  @Test func binomialIsAFencedFractionWithoutRule() {
    #expect(
      mathBody(#"\binom{n}{k}"#)
        == "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo>"
        + "<mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>"
        + "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo></mrow>")
  }

  @Test func squareRootIsMsqrt() {
    #expect(mathBody(#"\sqrt{x+1}"#) == "<msqrt><mi>x</mi><mo>+</mo><mn>1</mn></msqrt>")
  }

  @Test func rootWithIndexIsMroot() {
    #expect(mathBody(#"\sqrt[3]{x}"#) == "<mroot><mi>x</mi><mn>3</mn></mroot>")
  }

  @Test func emptyRootIndexIsASquareRoot() {
    #expect(mathBody(#"\sqrt[]{x}"#) == "<msqrt><mi>x</mi></msqrt>")
  }

  @Test func subscriptAndSuperscriptCombine() {
    #expect(mathBody("x_i^2") == "<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>")
    #expect(
      mathBody("w^2_{ij}")
        == "<msubsup><mi>w</mi><mrow><mi>i</mi><mi>j</mi></mrow><mn>2</mn></msubsup>")
  }

  @Test func bracedSuperscriptIsARow() {
    #expect(
      mathBody("e^{n+1}")
        == "<msup><mi>e</mi><mrow><mi>n</mi><mo>+</mo><mn>1</mn></mrow></msup>")
  }

  @Test func lonePrimeFollowsItsBase() {
    #expect(mathBody("f'") == "<mrow><mi>f</mi><mo lspace=\"0em\" rspace=\"0em\">′</mo></mrow>")
  }

  @Test func primeWithScriptsIsASuperscript() {
    #expect(
      mathBody("f'_i")
        == "<msubsup><mi>f</mi><mi>i</mi><mo lspace=\"0em\" rspace=\"0em\">′</mo></msubsup>")
    #expect(
      mathBody("f''^2")
        == "<msup><mi>f</mi><mrow><mo lspace=\"0em\" rspace=\"0em\">″</mo><mn>2</mn></mrow></msup>")
  }

  @Test func sumTakesLimitsInDisplayStyle() {
    #expect(
      mathBody(#"\sum_{c=1}^M"#, display: true)
        == "<munderover><mo movablelimits=\"false\">∑</mo>"
        + "<mrow><mi>c</mi><mo>=</mo><mn>1</mn></mrow><mi>M</mi></munderover>")
  }

  @Test func sumTakesScriptsInline() {
    #expect(
      mathBody(#"\sum_{j}"#)
        == "<msub><mo movablelimits=\"false\">∑</mo><mi>j</mi></msub>")
  }

  @Test func sumInsideDisplayFractionTakesScripts() {
    #expect(
      mathBody(#"\frac{1}{\sum_j x}"#, display: true)
        == "<mfrac><mn>1</mn><mrow><msub><mo movablelimits=\"false\">∑</mo><mi>j</mi></msub>"
        + "<mi>x</mi></mrow></mfrac>")
  }

  @Test func productTakesLimitsInDisplayStyle() {
    #expect(
      mathBody(#"\prod_i"#, display: true)
        == "<munder><mo movablelimits=\"false\">∏</mo><mi>i</mi></munder>")
  }

  @Test func limitsForcesLimitsInline() {
    #expect(
      mathBody(#"\sum\limits_i"#)
        == "<munder><mo movablelimits=\"false\">∑</mo><mi>i</mi></munder>")
  }

  @Test func integralKeepsScriptsBesideInDisplay() {
    #expect(
      mathBody(#"\int_0^1"#, display: true)
        == "<msubsup><mo movablelimits=\"false\">∫</mo><mn>0</mn><mn>1</mn></msubsup>")
  }

  @Test func leftRightMakesStretchyFences() {
    #expect(
      mathBody(#"\left[ x \right]"#)
        == "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">[</mo><mi>x</mi>"
        + "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\">]</mo></mrow>")
  }

  @Test func leftDotOmitsTheDelimiter() {
    #expect(
      mathBody(#"\left. x \right|"#)
        == "<mrow><mi>x</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">|</mo></mrow>")
  }

  @Test func middleStretchesBetweenFences() {
    #expect(
      mathBody(#"\left( a \middle| b \right)"#)
        == "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo><mi>a</mi>"
        + "<mo fence=\"true\" stretchy=\"true\" lspace=\"0.05em\" rspace=\"0.05em\">|</mo>"
        + "<mi>b</mi><mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo></mrow>")
  }

  @Test func plainParenthesesDoNotStretch() {
    #expect(
      mathBody("(x)")
        == "<mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo>")
  }

  @Test func bigDelimiterHasAFixedSizeAndOrdinarySpacing() {
    #expect(
      mathBody(#"\big("#)
        == "<mo stretchy=\"true\" minsize=\"1.2em\" maxsize=\"1.2em\" lspace=\"0em\" rspace=\"0em\">(</mo>"
    )
  }

  @Test func biglDelimiterOpens() {
    #expect(
      mathBody(#"\Bigl["#) == "<mo stretchy=\"true\" minsize=\"1.623em\" maxsize=\"1.623em\">[</mo>"
    )
  }

  @Test func fractionOfSingleLettersTakesOneLetterEach() {
    #expect(
      mathBody(#"\mathrm{\frac ab}"#)
        == "<mfrac><mi mathvariant=\"normal\">a</mi><mi mathvariant=\"normal\">b</mi></mfrac>")
  }

  @Test func mathbfUsesBoldLetters() {
    #expect(mathBody(#"\mathbf{x}"#) == "<mi>\u{1D431}</mi>")
    #expect(mathBody(#"\mathbf{W}^{(1)}"#).hasPrefix("<msup><mi>\u{1D416}</mi>"))
  }

  @Test func mathbfWordIsOneIdentifier() {
    #expect(mathBody(#"\mathbf{xy}"#) == "<mi>\u{1D431}\u{1D432}</mi>")
  }

  @Test func mathbfDigitsAreBoldNumbers() {
    #expect(mathBody(#"\mathbf{1}"#) == "<mn>\u{1D7CF}</mn>")
  }

  @Test func mathbbUsesDoubleStruckIncludingLetterlikeHoles() {
    #expect(mathBody(#"\mathbb{R}"#) == "<mi>ℝ</mi>")
    #expect(mathBody(#"\mathbb{E}"#) == "<mi>\u{1D53C}</mi>")
  }

  @Test func mathcalUsesScriptLetters() {
    #expect(mathBody(#"\mathcal{O}"#) == "<mi>\u{1D4AA}</mi>")
    #expect(mathBody(#"\mathcal{L}"#) == "<mi>ℒ</mi>")
  }

  @Test func boldsymbolUsesBoldItalicIncludingGreek() {
    #expect(mathBody(#"\boldsymbol{\alpha}"#) == "<mi>\u{1D736}</mi>")
    #expect(mathBody(#"\boldsymbol{x}"#) == "<mi>\u{1D499}</mi>")
  }

  @Test func mathsfUsesSansSerifLetters() {
    #expect(mathBody(#"\mathsf{X}"#) == "<mi>\u{1D5B7}</mi>")
  }

  @Test func mathrmIsUpright() {
    #expect(mathBody(#"\mathrm{softmax}"#) == "<mi>softmax</mi>")
    #expect(mathBody(#"\mathrm{d}x"#) == "<mi mathvariant=\"normal\">d</mi><mi>x</mi>")
  }

  @Test func textIsMtextWithNoBreakSpacesAtTheEdges() {
    #expect(mathBody(#"\text{if } x"#) == "<mtext>if&#xa0;</mtext><mi>x</mi>")
    #expect(mathBody(#"\textrm{ and thus }"#) == "<mtext>&#xa0;and&#xa0;thus&#xa0;</mtext>")
  }

  @Test func textupIsMtext() {
    #expect(mathBody(#"\textup{log}"#) == "<mtext>log</mtext>")
  }

  @Test func textCanHoldMath() {
    #expect(mathBody(#"\text{for $x$}"#) == "<mrow><mtext>for&#xa0;</mtext><mi>x</mi></mrow>")
  }

  @Test func textAndMathNest() {
    #expect(
      mathBody(#"\text{a $\text{b $x$}$}"#)
        == "<mrow><mtext>a&#xa0;</mtext><mrow><mtext>b&#xa0;</mtext><mi>x</mi></mrow></mrow>")
  }

  @Test func unclosedMathInTextIsReported() {
    #expect(diagnostics(#"\text{if $x}"#).map(\.message) == ["missing $ to close math in text"])
  }

  @Test func primeCommandIsAnOrdinarySymbol() {
    #expect(mathBody(#"f^\prime"#) == "<msup><mi>f</mi><mi>′</mi></msup>")
  }

  @Test func textEscapesMarkup() {
    #expect(mathBody(#"\text{a<b}"#) == "<mtext>a&lt;b</mtext>")
  }

  @Test func operatornameIsAFunction() {
    #expect(
      mathBody(#"\operatorname{softmax}(z)"#)
        == "<mi>softmax</mi>\(applyFunction)<mo stretchy=\"false\">(</mo><mi>z</mi>"
        + "<mo stretchy=\"false\">)</mo>")
  }

  @Test func operatornameStarTakesLimitsInDisplay() {
    #expect(
      mathBody(#"\operatorname*{argmax}_x f"#, display: true)
        == "<munder><mi>argmax</mi><mi>x</mi></munder>\(applyFunction)\(thinSpace)<mi>f</mi>")
  }

  @Test func logIsFollowedByThinSpaceBeforeAnIdentifier() {
    #expect(mathBody(#"\log x"#) == "<mi>log</mi>\(applyFunction)\(thinSpace)<mi>x</mi>")
  }

  @Test func expTakesNoSpaceBeforeAParenthesis() {
    #expect(
      mathBody(#"\exp(x)"#)
        == "<mi>exp</mi>\(applyFunction)<mo stretchy=\"false\">(</mo><mi>x</mi>"
        + "<mo stretchy=\"false\">)</mo>")
  }

  @Test func functionAfterIdentifierGetsLeadingThinSpace() {
    #expect(
      mathBody(#"a\log b"#)
        == "<mi>a</mi>\(thinSpace)<mi>log</mi>\(applyFunction)\(thinSpace)<mi>b</mi>")
  }

  @Test func maxTakesLimitsInDisplayAndScriptsInline() {
    #expect(
      mathBody(#"\max_i x"#, display: true)
        == "<munder><mi>max</mi><mi>i</mi></munder>\(applyFunction)\(thinSpace)<mi>x</mi>")
    #expect(
      mathBody(#"\min_i x"#)
        == "<msub><mi>min</mi><mi>i</mi></msub>\(applyFunction)\(thinSpace)<mi>x</mi>")
  }

  @Test func lowercaseGreekIsItalicUppercaseUpright() {
    #expect(
      mathBody(#"\alpha\delta\Delta"#) == "<mi>α</mi><mi>δ</mi><mi mathvariant=\"normal\">Δ</mi>")
  }

  @Test func epsilonVariantsFollowTeX() {
    #expect(mathBody(#"\epsilon\varepsilon"#) == "<mi>ϵ</mi><mi>ε</mi>")
  }

  @Test func partialAndNabla() {
    #expect(mathBody(#"\partial f"#) == "<mi>∂</mi><mi>f</mi>")
    #expect(mathBody(#"\nabla f"#) == "<mi mathvariant=\"normal\">∇</mi><mi>f</mi>")
  }

  @Test func binaryOperatorsAndRelations() {
    #expect(mathBody(#"a \cdot b"#) == "<mi>a</mi><mo>⋅</mo><mi>b</mi>")
    #expect(mathBody(#"a \times b"#) == "<mi>a</mi><mo>×</mo><mi>b</mi>")
    #expect(mathBody(#"a \odot b"#) == "<mi>a</mi><mo>⊙</mo><mi>b</mi>")
    #expect(mathBody(#"a \le b"#) == "<mi>a</mi><mo>≤</mo><mi>b</mi>")
    #expect(mathBody(#"a \ne b"#) == "<mi>a</mi><mo>≠</mo><mi>b</mi>")
    #expect(mathBody(#"a \neq b"#) == "<mi>a</mi><mo>≠</mo><mi>b</mi>")
    #expect(mathBody(#"x \in A"#) == "<mi>x</mi><mo>∈</mo><mi>A</mi>")
    #expect(mathBody(#"x \to y"#) == "<mi>x</mi><mo>→</mo><mi>y</mi>")
    #expect(mathBody(#"p \propto q"#) == "<mi>p</mi><mo>∝</mo><mi>q</mi>")
    #expect(mathBody(#"p \approx q"#) == "<mi>p</mi><mo>≈</mo><mi>q</mi>")
  }

  @Test func midIsARelationThatDoesNotStretch() {
    #expect(mathBody(#"a \mid b"#) == "<mi>a</mi><mo stretchy=\"false\">∣</mo><mi>b</mi>")
  }

  @Test func notNegatesARelation() {
    #expect(mathBody(#"a \not= b"#) == "<mi>a</mi><mo>≠</mo><mi>b</mi>")
  }

  @Test func leadingMinusIsUnary() {
    #expect(mathBody("-x") == "<mo lspace=\"0em\" rspace=\"0em\">−</mo><mi>x</mi>")
    #expect(
      mathBody("a=-x") == "<mi>a</mi><mo>=</mo><mo lspace=\"0em\" rspace=\"0em\">−</mo><mi>x</mi>")
  }

  @Test func minusBetweenOperandsIsBinary() {
    #expect(mathBody("a - b") == "<mi>a</mi><mo>−</mo><mi>b</mi>")
  }

  @Test func dotsAreOrdinarySymbols() {
    let dot = "<mo lspace=\"0em\" rspace=\"0em\">"
    #expect(
      mathBody(#"1, \ldots, n"#)
        == "<mn>1</mn><mo>,</mo>\(dot)…</mo><mo>,</mo><mi>n</mi>")
    #expect(mathBody(#"\cdots\vdots\ddots"#) == "\(dot)⋯</mo>\(dot)⋮</mo>\(dot)⋱</mo>")
  }

  @Test func normBarsDoNotStretch() {
    let bar = "<mo lspace=\"0em\" rspace=\"0em\" stretchy=\"false\">‖</mo>"
    #expect(mathBody(#"\|x\|"#) == "\(bar)<mi>x</mi>\(bar)")
    #expect(mathBody(#"\lVert x \rVert"#) == "\(bar)<mi>x</mi>\(bar)")
  }

  @Test func topIsAnOrdinarySuperscript() {
    #expect(mathBody(#"\mathbf{x}^\top"#) == "<msup><mi>\u{1D431}</mi><mi>⊤</mi></msup>")
  }

  @Test func decimalNumberIsOneMn() {
    #expect(mathBody("0.25x") == "<mn>0.25</mn><mi>x</mi>")
  }

  @Test func hatIsAnAccent() {
    #expect(
      mathBody(#"\hat{y}"#)
        == "<mover accent=\"true\"><mi>y</mi><mo stretchy=\"false\">^</mo></mover>")
  }

  @Test func accentsUseTheirMarks() {
    #expect(
      mathBody(#"\bar{x}"#)
        == "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">¯</mo></mover>")
    #expect(
      mathBody(#"\vec{v}"#)
        == "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">→</mo></mover>")
    #expect(
      mathBody(#"\tilde{x}"#)
        == "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">~</mo></mover>")
    #expect(
      mathBody(#"\dot{x}"#)
        == "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">˙</mo></mover>")
    #expect(
      mathBody(#"\widehat{xy}"#)
        == "<mover accent=\"true\"><mrow><mi>x</mi><mi>y</mi></mrow><mo stretchy=\"true\">\u{302}</mo></mover>"
    )
  }

  @Test func overlineAndUnderlineAreBorders() {
    #expect(
      mathBody(#"\overline{x+y}"#)
        == "<mrow style=\"border-top:0.065em solid;padding-top:0.1em\"><mi>x</mi><mo>+</mo><mi>y</mi></mrow>"
    )
    #expect(
      mathBody(#"\underline{a}"#)
        == "<mrow style=\"border-bottom:0.065em solid;padding-bottom:0.1em\"><mi>a</mi></mrow>")
  }

  @Test func boxedIsAFramedRow() {
    #expect(
      mathBody(#"\boxed{x}"#)
        == "<mrow style=\"border:0.065em solid;padding:0.2em\"><mi>x</mi></mrow>")
  }

  @Test func underbraceLabelGoesUnderTheBrace() {
    #expect(
      mathBody(#"\underbrace{a}_{b}"#)
        == "<munder><munder><mi>a</mi><mo stretchy=\"true\">⏟</mo></munder><mi>b</mi></munder>")
  }

  @Test func underbraceWithBothScriptsPutsThemUnderAndOver() {
    #expect(
      mathBody(#"\underbrace{a+b}_{n}^{m}"#)
        == "<munderover><munder><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow>"
        + "<mo stretchy=\"true\">⏟</mo></munder><mi>n</mi><mi>m</mi></munderover>")
  }

  @Test func overbraceWithBothScriptsPutsThemOverAndUnder() {
    #expect(
      mathBody(#"\overbrace{a+b}^{n}_{m}"#)
        == "<munderover><mover><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow>"
        + "<mo stretchy=\"true\">⏞</mo></mover><mi>m</mi><mi>n</mi></munderover>")
  }

  @Test func newSymbolsHaveTheirCharactersAndClasses() {
    #expect(mathBody(#"A^\intercal"#) == "<msup><mi>A</mi><mo>⊺</mo></msup>")
    #expect(
      mathBody(#"f\colon X"#) == "<mi>f</mi><mo lspace=\"0em\" rspace=\"0.1667em\">:</mo><mi>X</mi>"
    )
    #expect(
      mathBody(#"\llbracket a \rrbracket"#)
        == "<mo stretchy=\"false\">⟦</mo><mi>a</mi><mo stretchy=\"false\">⟧</mo>")
    #expect(
      mathBody(#"\left\llbracket a \right\rrbracket"#)
        == "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">⟦</mo><mi>a</mi>"
        + "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\">⟧</mo></mrow>")
  }

  @Test func mathdsAndMathbbmAreDoubleStruck() {
    #expect(mathBody(#"\mathds{1}\mathbbm{1}"#) == "<mn>𝟙</mn><mn>𝟙</mn>")
  }

  @Test func textscIsText() {
    #expect(mathBody(#"\textsc{Abc}"#) == "<mtext>Abc</mtext>")
    #expect(mathBody(#"\text{a \textsc{b}}"#) == "<mtext>a&#xa0;b</mtext>")
  }

  @Test func stackrelPutsTextOverARelation() {
    #expect(
      mathBody(#"\stackrel{\textrm{def}}{=}"#) == "<mover><mo>=</mo><mtext>def</mtext></mover>")
  }

  @Test func spacingCommandsAreMspaces() {
    #expect(
      mathBody(#"a\,b\;c\quad d\qquad e\!f"#)
        == "<mi>a</mi>\(space("0.1667em"))<mi>b</mi>\(space("0.2778em"))<mi>c</mi>"
        + "\(space("1em"))<mi>d</mi>\(space("2em"))<mi>e</mi>\(space("-0.1667em"))<mi>f</mi>")
  }

  @Test func setBracesAreEscapedBraces() {
    #expect(
      mathBody(#"\{0, 1\}"#)
        == "<mo stretchy=\"false\">{</mo><mn>0</mn><mo>,</mo><mn>1</mn><mo stretchy=\"false\">}</mo>"
    )
  }

  @Test func unicodeSymbolTypedDirectlyKeepsItsClass() {
    #expect(mathBody("a ≤ b") == "<mi>a</mi><mo>≤</mo><mi>b</mi>")
  }

  @Test func tagIsWrittenAfterTheFormula() {
    #expect(
      mathBody(#"x \tag{1} = y"#, display: true)
        == "<mi>x</mi><mo>=</mo><mi>y</mi>\(space("2em"))<mtext>(1)</mtext>")
    #expect(mathBody(#"x \tag*{A}"#) == "<mi>x</mi>\(space("2em"))<mtext>A</mtext>")
  }

  @Test func labelProducesNothing() {
    #expect(mathBody(#"x \label{eq:1}"#) == "<mi>x</mi>")
  }
}

import LitmusTeX
import Testing

/// Colours, spaces, overlaps, strikes and extensible arrows: the exact MathML each
/// produces, and one positioned diagnostic for bad arguments.
@Suite struct TeXParserDecorationsTests {
  @Test func colorSwitchColoursTheRestOfItsGroup() {
    #expect(
      mathBody(#"a {\color{red} b + c} d"#)
        == "<mi>a</mi><mrow mathcolor=\"red\"><mi>b</mi><mo>+</mo><mi>c</mi></mrow><mi>d</mi>")
  }

  @Test func textcolorColoursItsArgument() {
    #expect(
      mathBody(#"a = \textcolor{#d62728}{b}"#)
        == "<mi>a</mi><mo>=</mo><mrow mathcolor=\"#d62728\"><mi>b</mi></mrow>")
  }

  @Test func colouredOperatorKeepsItsClass() {
    #expect(
      mathBody(#"a \textcolor{blue}{+} b"#)
        == "<mi>a</mi><mrow mathcolor=\"blue\"><mo>+</mo></mrow><mi>b</mi>")
  }

  @Test func htmlColourModelIsAHexColour() {
    #expect(mathBody(#"\color[HTML]{FF8800} x"#) == "<mrow mathcolor=\"#FF8800\"><mi>x</mi></mrow>")
  }

  @Test func invalidColourIsAPositionedErrorNotAnAttribute() {
    for (tex, offset) in [
      (#"\textcolor{red!50}{b}"#, 10), (#"\color{x" onload="y}"#, 6), (#"\color{#12}x"#, 6),
    ] {
      let found = diagnostics(tex)
      #expect(found.count == 1, "\(tex)")
      #expect(found.first?.message.hasPrefix("invalid colour") == true, "\(tex)")
      #expect(found.first?.offset == offset, "\(tex)")
    }
    #expect(
      !MathMLConverter().convert(#"\color{x" onload="y}"#, display: false).html.contains(
        "mathcolor"))
  }

  @Test func unsupportedColourModelIsOneDiagnostic() {
    #expect(
      diagnostics(#"\color[rgb]{1,0,0} x"#).map(\.message)
        == ["unsupported colour model [rgb]: use [HTML], a name like red or #d62728"])
  }

  @Test func hspaceIsASpaceInEm() {
    #expect(mathBody(#"a\hspace{1em}b"#) == "<mi>a</mi>\(space("1em"))<mi>b</mi>")
    #expect(mathBody(#"a\hspace*{-5pt}b"#) == "<mi>a</mi>\(space("-0.5em"))<mi>b</mi>")
    #expect(mathBody(#"a\hspace{2\jot}b"#) == "<mi>a</mi>\(space("0.6em"))<mi>b</mi>")
  }

  @Test func hspaceWithoutALengthIsAPositionedError() {
    let found = diagnostics(#"a\hspace{wide}"#)
    #expect(
      found.map(\.message)
        == [
          "invalid length for \\hspace: write a number and a unit, like 1em or 4pt, "
            + "at most 1000em either way"
        ])
    #expect(found.first?.offset == 8)
    #expect(found.first?.length == 6)
  }

  @Test func hspaceUpToAThousandEmIsDrawn() {
    #expect(mathBody(#"a\hspace{10000pt}b"#) == "<mi>a</mi>\(space("1000em"))<mi>b</mi>")
    #expect(mathBody(#"a\hspace{-1000em}b"#) == "<mi>a</mi>\(space("-1000em"))<mi>b</mi>")
  }

  @Test func hspaceTooWideOrTooLongIsAPositionedError() {
    let digits = String(repeating: "9", count: 400)
    for argument in ["1001em", "-200in", digits + "em", "-" + digits + "pt"] {
      let found = diagnostics(#"a\hspace{"# + argument + "}b")
      #expect(
        found.map(\.message)
          == [
            "invalid length for \\hspace: write a number and a unit, like 1em or 4pt, "
              + "at most 1000em either way"
          ],
        "\(argument)")
      #expect(found.first?.offset == 8, "\(argument)")
      #expect(found.first?.length == argument.utf8.count + 2, "\(argument)")
    }
  }

  @Test func smashZeroesHeightAndDepth() {
    #expect(mathBody(#"\smash{y}"#) == "<mpadded height=\"0\" depth=\"0\"><mi>y</mi></mpadded>")
    #expect(mathBody(#"\smash[b]{y}"#) == "<mpadded depth=\"0\"><mi>y</mi></mpadded>")
    #expect(mathBody(#"\smash[t]{y}"#) == "<mpadded height=\"0\"><mi>y</mi></mpadded>")
  }

  @Test func rightOverlapsHaveNoWidth() {
    #expect(mathBody(#"\rlap{ok}"#) == "<mpadded width=\"0\"><mtext>ok</mtext></mpadded>")
    #expect(mathBody(#"\mathrlap{x}"#) == "<mpadded width=\"0\"><mi>x</mi></mpadded>")
  }

  @Test func leftAndCentredOverlapsRenderAtNaturalWidth() {
    #expect(
      mathBody(#"\mathclap{x}\mathllap{y}\llap{z}"#) == "<mi>x</mi><mi>y</mi><mtext>z</mtext>")
  }

  @Test func cancelStrikesItsArgumentThrough() {
    let body = mathBody(#"\cancel{x}"#)
    #expect(body.hasPrefix("<mrow style=\"background:linear-gradient(to top right,"))
    #expect(body.hasSuffix("\"><mi>x</mi></mrow>"))
    #expect(mathBody(#"\bcancel{x}"#).contains("to bottom right"))
    #expect(!mathBody(#"\bcancel{x}"#).contains("to top right"))
    #expect(mathBody(#"\xcancel{x}"#).components(separatedBy: "linear-gradient").count == 3)
  }

  @Test func extensibleArrowStretchesOverItsLabels() {
    let room = space("0.2778em")
    #expect(
      mathBody(#"a \xrightarrow[n]{f} b"#)
        == "<mi>a</mi><munderover><mo stretchy=\"true\">→</mo>"
        + "<mrow>\(room)<mi>n</mi>\(room)</mrow><mrow>\(room)<mi>f</mi>\(room)</mrow>"
        + "</munderover><mi>b</mi>")
    #expect(
      mathBody(#"\xleftarrow{g}"#)
        == "<mover><mo stretchy=\"true\">←</mo><mrow>\(room)<mi>g</mi>\(room)</mrow></mover>")
  }
}

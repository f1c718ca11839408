import LitmusTeX
import Testing

@Suite struct MathMLConverterTests {
  @Test func inlineFormulaIsWrappedInMathWithTeXAnnotation() {
    let result = MathMLConverter().convert("x", display: false)
    #expect(
      result.html
        == "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"inline\"><semantics>"
        + "<mrow><mi>x</mi></mrow><annotation encoding=\"application/x-tex\">x</annotation>"
        + "</semantics></math>")
    #expect(result.diagnostics.isEmpty)
  }

  @Test func displayFormulaIsABlock() {
    let html = MathMLConverter().convert("x", display: true).html
    #expect(html.hasPrefix("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\">"))
  }

  @Test func annotationAndOperatorsEscapeMarkup() {
    let html = MathMLConverter().convert("a<b \\& c>d", display: false).html
    #expect(html.contains("<mo>&lt;</mo>"))
    #expect(html.contains("<mo>&gt;</mo>"))
    #expect(html.contains("<mo lspace=\"0em\" rspace=\"0em\">&amp;</mo>"))
    #expect(
      html.contains("<annotation encoding=\"application/x-tex\">a&lt;b \\&amp; c&gt;d</annotation>")
    )
  }

  @Test func formulaWithDiagnosticFallsBackToEscapedCode() {
    let result = MathMLConverter().convert("a < \\foo", display: true)
    #expect(
      result.html
        == "<code class=\"math-error\" title=\"unknown command \\foo\">a &lt; \\foo</code>")
  }

  @Test func sameInputGivesSameBytes() {
    let tex =
      #"\begin{aligned} L &= -\sum_{i} y_i \log \hat{y}_i \\ &= -\log \hat{y}_c \end{aligned}"#
    let first = MathMLConverter().convert(tex, display: true)
    let second = MathMLConverter().convert(tex, display: true)
    #expect(first == second)
  }

  @Test func emptyFormulaIsAnEmptyRow() {
    #expect(mathBody("") == "")
    #expect(diagnostics("  ").isEmpty)
  }
}

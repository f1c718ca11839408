import Testing

/// One test per environment: the exact MathML it produces (hand-written expectations).
@Suite struct TeXParserEnvironmentsTests {
  let open = { (delimiter: String) in
    "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">\(delimiter)</mo>"
  }
  let close = { (delimiter: String) in
    "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\">\(delimiter)</mo>"
  }
  let grid =
    "<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr>"
    + "<mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable>"

  @Test func matrixIsABareTable() {
    #expect(mathBody(#"\begin{matrix} a & b \\ c & d \end{matrix}"#) == grid)
  }

  @Test func pmatrixHasParentheses() {
    #expect(
      mathBody(#"\begin{pmatrix} a & b \\ c & d \end{pmatrix}"#)
        == "<mrow>\(open("("))\(grid)\(close(")"))</mrow>")
  }

  @Test func bmatrixHasBrackets() {
    #expect(
      mathBody(#"\begin{bmatrix} a & b \\ c & d \end{bmatrix}"#)
        == "<mrow>\(open("["))\(grid)\(close("]"))</mrow>")
  }

  @Test func vmatrixHasBars() {
    #expect(
      mathBody(#"\begin{vmatrix} a & b \\ c & d \end{vmatrix}"#)
        == "<mrow>\(open("|"))\(grid)\(close("|"))</mrow>")
  }

  @Test func trailingRowBreakAddsNoRow() {
    #expect(mathBody(#"\begin{matrix} a & b \\ c & d \\ \end{matrix}"#) == grid)
  }

  @Test func casesHasALeftBraceAndLeftAlignedColumns() {
    #expect(
      mathBody(#"\begin{cases} 1 & x > 0 \\ 0 & \text{else} \end{cases}"#)
        == "<mrow>\(open("{"))<mtable>"
        + "<mtr><mtd style=\"text-align:left;text-align:-webkit-left\"><mn>1</mn></mtd>"
        + "<mtd style=\"text-align:left;text-align:-webkit-left;padding-left:1em\"><mi>x</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr>"
        + "<mtr><mtd style=\"text-align:left;text-align:-webkit-left\"><mn>0</mn></mtd>"
        + "<mtd style=\"text-align:left;text-align:-webkit-left;padding-left:1em\"><mtext>else</mtext></mtd></mtr>"
        + "</mtable></mrow>")
  }

  let alignedRows =
    "<mtable displaystyle=\"true\">"
    + "<mtr><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0em\"><mi>a</mi></mtd>"
    + "<mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0em\"><mo>=</mo><mi>b</mi></mtd></mtr>"
    + "<mtr><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0em\"></mtd>"
    + "<mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0em\"><mo>=</mo><mi>c</mi></mtd></mtr>"
    + "</mtable>"

  @Test func alignedAlternatesRightAndLeftColumns() {
    #expect(mathBody(#"\begin{aligned} a &= b \\ &= c \end{aligned}"#) == alignedRows)
  }

  @Test func alignStarIsAligned() {
    #expect(mathBody(#"\begin{align*} a &= b \\ &= c \end{align*}"#) == alignedRows)
  }

  @Test func alignIsAlignedWithoutNumbers() {
    #expect(mathBody(#"\begin{align} a &= b \\ &= c \end{align}"#) == alignedRows)
  }

  @Test func splitIsAligned() {
    #expect(mathBody(#"\begin{split} a &= b \\ &= c \end{split}"#) == alignedRows)
  }

  @Test func operatorStartingAnAlignedColumnStaysBinary() {
    #expect(
      mathBody(#"\begin{aligned} a &+ b \end{aligned}"#)
        == "<mtable displaystyle=\"true\">"
        + "<mtr><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0em\"><mi>a</mi></mtd>"
        + "<mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0em\"><mo form=\"infix\">+</mo><mi>b</mi></mtd>"
        + "</mtr></mtable>")
  }

  @Test func secondAlignmentPairIsSetApart() {
    #expect(
      mathBody(#"\begin{aligned} a &= b & c &= d \end{aligned}"#).contains(
        "<mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0em;padding-left:2em\"><mi>c</mi></mtd>"
      ))
  }

  @Test func arrayFollowsItsColumnSpecification() {
    #expect(
      mathBody(#"\begin{array}{l|r} a & b \end{array}"#)
        == "<mtable><mtr><mtd style=\"text-align:left;text-align:-webkit-left\"><mi>a</mi></mtd>"
        + "<mtd style=\"text-align:right;text-align:-webkit-right;border-left:0.06em solid\"><mi>b</mi></mtd></mtr></mtable>"
    )
  }

  @Test func hlineDrawsRulesAboveRowsAndBelowTheLast() {
    #expect(
      mathBody(#"\begin{array}{c} \hline a \\ \hline b \\ \hline \end{array}"#)
        == "<mtable><mtr><mtd style=\"border-top:0.06em solid\"><mi>a</mi></mtd></mtr>"
        + "<mtr><mtd style=\"border-top:0.06em solid;border-bottom:0.06em solid\"><mi>b</mi></mtd></mtr>"
        + "</mtable>")
  }

  @Test func hlineInsideARowIsReported() {
    #expect(
      diagnostics(#"\begin{matrix} a \hline \end{matrix}"#).map(\.message)
        == ["\\hline must start a row of an environment"])
  }

  @Test func substackStacksCenteredRows() {
    #expect(
      mathBody(#"\sum_{\substack{i \\ j}}"#, display: true)
        == "<munder><mo movablelimits=\"false\">∑</mo><mtable><mtr><mtd><mi>i</mi></mtd></mtr>"
        + "<mtr><mtd><mi>j</mi></mtd></mtr></mtable></munder>")
  }

  @Test func gatheredCentersDisplayRows() {
    #expect(
      mathBody(#"\begin{gathered} a \\ b \end{gathered}"#)
        == "<mtable displaystyle=\"true\"><mtr><mtd><mi>a</mi></mtd></mtr>"
        + "<mtr><mtd><mi>b</mi></mtd></mtr></mtable>")
  }

  @Test func topLevelRowBreakGathersRows() {
    #expect(
      mathBody(#"a \\ b"#, display: true)
        == "<mtable displaystyle=\"true\"><mtr><mtd><mi>a</mi></mtd></mtr>"
        + "<mtr><mtd><mi>b</mi></mtd></mtr></mtable>")
  }

  @Test func environmentsNest() {
    #expect(
      mathBody(#"\begin{aligned} x &= \begin{bmatrix} a \end{bmatrix} \end{aligned}"#)
        == "<mtable displaystyle=\"true\">"
        + "<mtr><mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0em\"><mi>x</mi></mtd>"
        + "<mtd style=\"text-align:left;text-align:-webkit-left;padding-left:0em\"><mo>=</mo>"
        + "<mrow>\(open("["))<mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable>\(close("]"))</mrow>"
        + "</mtd></mtr></mtable>")
  }

  @Test func starredMatrixAlignsItsColumns() {
    let right = "text-align:right;text-align:-webkit-right"
    #expect(
      mathBody(#"\begin{bmatrix*}[r] 1 & -1 \\ 10 & 2 \end{bmatrix*}"#)
        == "<mrow>\(open("["))<mtable>"
        + "<mtr><mtd style=\"\(right)\"><mn>1</mn></mtd>"
        + "<mtd style=\"\(right)\"><mo lspace=\"0em\" rspace=\"0em\">−</mo><mn>1</mn></mtd></mtr>"
        + "<mtr><mtd style=\"\(right)\"><mn>10</mn></mtd><mtd style=\"\(right)\"><mn>2</mn></mtd></mtr>"
        + "</mtable>\(close("]"))</mrow>")
  }

  @Test func starredMatrixWithoutAlignmentIsCentered() {
    #expect(
      mathBody(#"\begin{pmatrix*} a & b \\ c & d \end{pmatrix*}"#)
        == "<mrow>\(open("("))\(grid)\(close(")"))</mrow>")
  }

  @Test func starredMatrixRejectsAnUnknownAlignment() {
    let found = diagnostics(#"\begin{bmatrix*}[x] a \end{bmatrix*}"#)
    #expect(
      found.map(\.message)
        == ["invalid column alignment [x] for \\begin{bmatrix*}: use [l], [c] or [r]"])
    #expect(found.first?.offset == 16)
  }
}

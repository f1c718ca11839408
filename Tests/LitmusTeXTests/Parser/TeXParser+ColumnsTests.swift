import Testing

/// `array` column specifications: every valid form is read, anything else gets one
/// positioned diagnostic.
@Suite struct TeXParserColumnsTests {
  let left = "text-align:left;text-align:-webkit-left"

  @Test func atExpressionsAreIgnored() {
    #expect(diagnostics(#"\begin{array}{@{}c@{}} a \end{array}"#).isEmpty)
    #expect(
      mathBody(#"\begin{array}{@{}c@{\;}} a \end{array}"#)
        == "<mtable><mtr><mtd><mi>a</mi></mtd></mtr></mtable>")
  }

  @Test func starRepeatsColumns() {
    #expect(
      mathBody(#"\begin{array}{*{2}{l}c} a & b & c \end{array}"#)
        == "<mtable><mtr><mtd style=\"\(left)\"><mi>a</mi></mtd><mtd style=\"\(left)\"><mi>b</mi></mtd>"
        + "<mtd><mi>c</mi></mtd></mtr></mtable>")
  }

  @Test func nestedStarsRepeatRulesToo() {
    #expect(
      mathBody(#"\begin{array}{*{2}{*{2}{c|}}} a & b & c & d \end{array}"#).components(
        separatedBy: "border-left"
      ).count == 4)
  }

  @Test func paragraphColumnsAreLeftAligned() {
    #expect(
      mathBody(#"\begin{array}{c|p{2cm}} a & b \end{array}"#)
        == "<mtable><mtr><mtd><mi>a</mi></mtd>"
        + "<mtd style=\"\(left);border-left:0.06em solid\"><mi>b</mi></mtd></mtr></mtable>")
    #expect(diagnostics(#"\begin{array}{m{1in}b{3em}>{\bfseries}c<{x}!{:}} a \end{array}"#).isEmpty)
  }

  @Test func trailingRuleIsDrawnAfterTheLastColumn() {
    #expect(
      mathBody(#"\begin{array}{|c|} a \end{array}"#)
        == "<mtable><mtr><mtd style=\"border-left:0.06em solid;border-right:0.06em solid\">"
        + "<mi>a</mi></mtd></mtr></mtable>")
  }

  @Test func unsupportedColumnTypeIsOneDiagnosticOnIt() {
    let found = diagnostics(#"\begin{array}{cXc} a & b \end{array}"#)
    #expect(
      found.map(\.message)
        == ["unsupported column type X in array specification: use l, c, r, p{…} or |"])
    #expect(found.first?.offset == 15)
  }

  @Test func paragraphColumnWithoutWidthIsOneDiagnostic() {
    #expect(
      diagnostics(#"\begin{array}{cp} a \end{array}"#).map(\.message)
        == ["missing {…} after p in array specification"])
  }

  @Test func badRepeatCountIsOneDiagnostic() {
    for tex in [
      #"\begin{array}{*{x}{c}} a \end{array}"#, #"\begin{array}{*{0}{c}} a \end{array}"#,
      #"\begin{array}{*{9999}{*{9999}{c}}} a \end{array}"#,
    ] {
      #expect(
        diagnostics(tex).map(\.message)
          == ["invalid *{count}{columns} in array specification: the count must be 1 to 100"],
        "\(tex)")
    }
  }

  @Test func hugeExpansionsStopWithOneDiagnostic() {
    let tex = #"\begin{array}{*{100}{*{100}{*{100}{c}}}} a \end{array}"#
    #expect(
      diagnostics(tex).map(\.message) == ["array specification has too many columns"])
  }

  @Test func emptyRepeatsAreBoundedToo() {
    let tex = #"\begin{array}{c*{100}{*{100}{*{100}{*{100}{}}}}} a \end{array}"#
    #expect(
      diagnostics(tex).map(\.message) == ["array specification has too many columns"])
  }

  @Test func deeplyNestedStarsExpandOnce() {
    let nested = String(repeating: "*{1}{", count: 150) + "c|c" + String(repeating: "}", count: 150)
    let tex = #"\begin{array}{"# + nested + #"} a & b \end{array}"#
    #expect(diagnostics(tex).isEmpty)
    #expect(
      mathBody(tex)
        == "<mtable><mtr><mtd><mi>a</mi></mtd>"
        + "<mtd style=\"border-left:0.06em solid\"><mi>b</mi></mtd></mtr></mtable>")
  }

  @Test func starsNestedPastTheLimitAreOneErrorOnTheFirstStarTooDeep() {
    let prefix = #"\begin{array}{"#
    let nested =
      String(repeating: "*{1}{", count: 2040) + String(repeating: "c", count: 100_000)
      + String(repeating: "}", count: 2040)
    let found = diagnostics(prefix + nested + #"} a \end{array}"#)
    #expect(found.map(\.message) == ["nesting too deep"])
    // The default limit is 200 levels: the 201st star is one too many.
    #expect(found.first?.offset == prefix.utf8.count + 200 * "*{1}{".utf8.count)
    #expect(found.first?.length == 1)
  }

  @Test func repeatCountsMayBeSpacedButNotLong() {
    #expect(
      mathBody(#"\begin{array}{* { 2 } {c}} a & b \end{array}"#)
        == "<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr></mtable>")
    let long =
      #"\begin{array}{*{"# + String(repeating: "1", count: 100_000) + #"}{c}} a \end{array}"#
    #expect(
      diagnostics(long).map(\.message)
        == ["invalid *{count}{columns} in array specification: the count must be 1 to 100"])
  }

  @Test func unclosedSpecificationIsOneDiagnostic() {
    #expect(
      diagnostics(#"\begin{array}{c|p{2cm} a \end{array}"#).map(\.message)
        == ["unbalanced braces: missing }"])
  }
}

import Foundation
import LitmusTeX
import Testing

/// Limits: deep nesting ends cleanly and quickly, never with a stack overflow.
@Suite struct TeXParserTests {
  private func elapsed(_ body: () -> Void) -> Duration {
    let clock = ContinuousClock()
    let start = clock.now
    body()
    return clock.now - start
  }

  @Test func fiveThousandNestedFractionsStopWithNestingTooDeep() {
    let tex =
      String(repeating: #"\frac{"#, count: 5000) + "x" + String(repeating: "}{y}", count: 5000)
    var result = MathMLConverter().convert("", display: false)
    let time = elapsed { result = MathMLConverter().convert(tex, display: true) }
    #expect(result.diagnostics.map(\.message) == ["nesting too deep"])
    #expect(result.html.hasPrefix("<code class=\"math-error\" title=\"nesting too deep\">"))
    #expect(time < .seconds(1))
  }

  @Test func hundredThousandNestedBracesStopWithNestingTooDeep() {
    let tex = String(repeating: "{", count: 100_000) + "x" + String(repeating: "}", count: 100_000)
    var result = MathMLConverter().convert("", display: false)
    let time = elapsed { result = MathMLConverter().convert(tex, display: false) }
    #expect(result.diagnostics.map(\.message) == ["nesting too deep"])
    #expect(time < .seconds(1))
  }

  @Test func nestingWithinTheLimitConverts() {
    let tex = String(repeating: #"\sqrt{"#, count: 20) + "x" + String(repeating: "}", count: 20)
    #expect(MathMLConverter().convert(tex, display: false).diagnostics.isEmpty)
  }

  @Test func nestingLimitIsConfigurable() {
    let converter = MathMLConverter(options: MathMLOptions(maximumNestingDepth: 2))
    #expect(converter.convert("{{x}}", display: false).diagnostics.isEmpty)
    #expect(converter.convert("{{{x}}}", display: false).diagnostics.map(\.offset) == [2])
  }

  @Test func deeplyNestedStyleSwitchesAreBounded() {
    let tex = String(repeating: #"\displaystyle a "#, count: 50_000)
    let result = MathMLConverter().convert(tex, display: false)
    #expect(result.diagnostics.map(\.message) == ["nesting too deep"])
  }

  @Test func flatFormulaTimeGrowsLinearly() {
    func fastest(_ repetitions: Int) -> Duration {
      let tex = String(repeating: #"a_i + \frac{b}{c} - "#, count: repetitions) + "d"
      var best = Duration.seconds(1_000)
      for _ in 0..<3 {
        var result = MathMLConverter().convert("", display: false)
        best = min(best, elapsed { result = MathMLConverter().convert(tex, display: true) })
        #expect(result.diagnostics.isEmpty)
      }
      return best
    }
    let small = fastest(500)
    let large = fastest(4_000)
    // Eight times the input: linear time gives a ratio near 8, quadratic near 64.
    #expect(large / small < 24)
  }

  static let nestings: [(open: String, middle: String, close: String)] = [
    (#"\left("#, "x", #"\right)"#),
    (#"\begin{pmatrix}"#, "x", #"\end{pmatrix}"#),
    (#"\sqrt["#, "x", "]{y}"),
    (#"\text{$"#, "x", "$}"),
    (#"\hat"#, " x", ""),
    (#"\mathbf{"#, "x", "}"),
    ("x^{", "x", "}"),
    (#"\operatorname{"#, "x", "}"),
    (#"\underbrace{"#, "x", "}_{y}"),
    (#"\textcolor{red}{"#, "x", "}"),
    (#"{\color{red}"#, "x", "}"),
    (#"\xrightarrow[{"#, "x", "}]{y}"),
    (#"\cancel{"#, "x", "}"),
    (#"\smash{"#, "x", "}"),
    (#"\mathrel{"#, "x", "}"),
    (#"{a \over "#, "x", "}"),
    (#"\pmod{"#, "x", "}"),
  ]

  @Test(arguments: nestings)
  func everyNestingConstructStopsCleanlyPastTheLimit(
    _ nesting: (open: String, middle: String, close: String)
  ) {
    let deep =
      String(repeating: nesting.open, count: 2_000) + nesting.middle
      + String(repeating: nesting.close, count: 2_000)
    #expect(diagnostics(deep).map(\.message) == ["nesting too deep"])
    let shallow =
      String(repeating: nesting.open, count: 20) + nesting.middle
      + String(repeating: nesting.close, count: 20)
    #expect(diagnostics(shallow).isEmpty)
  }

  @Test func deepNestingIsSafeOnASmallThreadStack() {
    final class Results: @unchecked Sendable {
      var messages: [[String]] = []
    }
    let results = Results()
    let finished = DispatchSemaphore(value: 0)
    let thread = Thread {
      for nesting in Self.nestings {
        let tex =
          String(repeating: nesting.open, count: 3_000) + nesting.middle
          + String(repeating: nesting.close, count: 3_000)
        results.messages.append(diagnostics(tex).map(\.message))
      }
      finished.signal()
    }
    thread.stackSize = 512 * 1024
    thread.start()
    finished.wait()
    #expect(results.messages == Array(repeating: ["nesting too deep"], count: Self.nestings.count))
  }

  @Test func exhaustedStackBudgetStopsTheWriterToo() {
    let converter = MathMLConverter(options: MathMLOptions(stackBudget: 1))
    #expect(
      converter.convert("xy", display: false).diagnostics
        == [TeXDiagnostic(message: "nesting too deep", offset: 0, length: 2)])
  }

  @Test func unbalancedBracesInsideAnEnvironmentAreReported() {
    let result = MathMLConverter().convert(#"\begin{matrix} {a & b \end{matrix}"#, display: false)
    #expect(result.diagnostics.map(\.message).contains("unbalanced braces: missing }"))
  }

  @Test func stopsAfterAHundredDiagnostics() {
    let tex = String(repeating: #"\foo "#, count: 1000)
    #expect(MathMLConverter().convert(tex, display: false).diagnostics.count == 100)
  }

  @Test func longInfixChainsEndWithDiagnosticsNotACrash() {
    let tex = String(repeating: #"a \over "#, count: 5_000) + "b"
    let found = diagnostics(tex).map(\.message)
    #expect(found.count == 100)
    #expect(found.first?.hasPrefix("ambiguous") == true)
  }

  // MARK: - Row breaks

  @Test func rowBreakTakesALengthInBrackets() {
    let rows = "<mtable displaystyle=\"true\"><mtr><mtd><mi>a</mi></mtd></mtr>"
    for tex in [
      #"a \\[4pt] b"#, #"a \\[-1ex] b"#, #"a \\[0.5em] b"#, #"a \\[2mm] b"#,
      #"a \\[ 1.5 em ] b"#, #"a \\*[2pt] b"#, #"a \\[2\jot] b"#, #"a \\ [3pt] b"#,
    ] {
      #expect(
        mathBody(tex, display: true) == rows + "<mtr><mtd><mi>b</mi></mtd></mtr></mtable>", "\(tex)"
      )
    }
  }

  @Test func bracketsAfterARowBreakThatAreNotALengthStartTheNextRow() {
    #expect(
      mathBody(
        #"\begin{aligned} L &= 1 \\"# + "\n" + #"[\nabla L]_k &= s_k \end{aligned}"#, display: true
      ).contains(
        "<mtd style=\"text-align:right;text-align:-webkit-right;padding-right:0em\">"
          + "<mo stretchy=\"false\">[</mo><mi mathvariant=\"normal\">∇</mi><mi>L</mi>"
          + "<msub><mo stretchy=\"false\">]</mo><mi>k</mi></msub></mtd>"))
  }

  @Test func aBracketedRowOfAMatrixIsKept() {
    #expect(
      mathBody(#"\begin{bmatrix} a \\ [0, 1] \end{bmatrix}"#).contains(
        "<mtr><mtd><mo stretchy=\"false\">[</mo><mn>0</mn><mo>,</mo><mn>1</mn>"
          + "<mo stretchy=\"false\">]</mo></mtd></mtr>"))
  }

  @Test func bracketsWithAUnitButNoNumberAreContent() {
    #expect(mathBody(#"a \\[em] b"#, display: true).contains("<mi>e</mi><mi>m</mi>"))
  }

  // MARK: - Infix fractions

  @Test func overSplitsItsGroup() {
    #expect(
      mathBody(#"x + {a + b \over c}"#)
        == "<mi>x</mi><mo>+</mo><mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mi>c</mi></mfrac>"
    )
  }

  @Test func overSplitsTheWholeFormulaAtTopLevel() {
    #expect(mathBody(#"a \over b"#) == "<mfrac><mi>a</mi><mi>b</mi></mfrac>")
  }

  @Test func chooseIsABinomial() {
    #expect(
      mathBody(#"{n \choose k}"#)
        == "<mrow><mo fence=\"true\" form=\"prefix\" stretchy=\"true\">(</mo>"
        + "<mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac>"
        + "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\">)</mo></mrow>")
  }

  @Test func atopHasNoRule() {
    #expect(mathBody(#"{a \atop b}"#) == "<mfrac linethickness=\"0\"><mi>a</mi><mi>b</mi></mfrac>")
  }

  @Test func overEndsAtACellBoundary() {
    #expect(
      mathBody(#"\begin{matrix} a \over b & c \end{matrix}"#)
        == "<mtable><mtr><mtd><mfrac><mi>a</mi><mi>b</mi></mfrac></mtd><mtd><mi>c</mi></mtd></mtr>"
        + "</mtable>")
  }

  @Test func twoInfixCommandsInOneGroupAreAmbiguous() {
    let found = diagnostics(#"{a \over b \over c}"#)
    #expect(
      found.map(\.message) == [
        "ambiguous \\over: this group already has an infix fraction; add braces"
      ])
    #expect(found.first?.offset == 11)
    #expect(diagnostics(#"{a \over {b \over c}}"#).isEmpty)
  }
}

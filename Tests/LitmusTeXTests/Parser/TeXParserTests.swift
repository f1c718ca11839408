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
}

import LitmusTeX
import Testing

/// Random formulas from TeX's troublesome pieces: the converter must always answer,
/// with MathML exactly when it reports no diagnostic, and never trap.
@Suite struct MathMLConverterRobustnessTests {
  static let pieces = [
    "{", "}", "^", "_", "&", "\\\\", "\\", "\\frac", "\\sqrt", "[", "]", "\\left(", "\\right)",
    "\\left.", "\\middle|", "\\begin{matrix}", "\\end{matrix}", "\\begin{aligned}",
    "\\end{aligned}", "\\begin{cases}", "\\end{cases}", "\\text{", "$", "x", "2", "+", "-", "=",
    "'", "\\mathbf", "\\sum", "\\log", "\\operatorname*{", "\\hat", "\\underbrace", "\\not",
    "\\big", "\\end", "\\begin", "\\limits", "\\displaystyle", "\\foo", " ", "α", "%", "\n", "#",
    "\\begin{array}{c|", "\\stackrel", "\\binom", "\\,", "\\quad", "\\cr", "\\label",
    "\\over", "\\choose", "\\color{red}", "\\textcolor{#f00}{", "\\xrightarrow[", "\\hspace{",
    "1em", "\\\\[2pt]", "\\begin{bmatrix*}[r]", "\\end{bmatrix*}", "*{2}{c}", "p{2cm}", "@{}",
    "\\operatorname{", "\\mathrel{", "\\smash[t]", "\\pmod", "\\cancel",
  ]

  @Test func randomFormulasAlwaysConvert() {
    var state: UInt64 = 0x5EED
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    let converter = MathMLConverter()
    for _ in 0..<3000 {
      var tex = ""
      for _ in 0..<(next() % 40) { tex += Self.pieces[next() % Self.pieces.count] }
      for display in [false, true] {
        let result = converter.convert(tex, display: display)
        if result.diagnostics.isEmpty {
          #expect(result.html.hasPrefix("<math "), "\(tex)")
        } else {
          #expect(result.html.hasPrefix("<code class=\"math-error\""), "\(tex)")
          for diagnostic in result.diagnostics {
            #expect(
              diagnostic.offset >= 0 && diagnostic.offset + diagnostic.length <= tex.utf8.count)
          }
        }
      }
    }
  }
}

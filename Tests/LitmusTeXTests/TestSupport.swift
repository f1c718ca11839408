import Foundation
import LitmusTeX

/// The MathML between `<semantics><mrow>` and `</mrow><annotation`, or the whole
/// HTML (the `<code>` fallback) when the formula has diagnostics.
func mathBody(_ tex: String, display: Bool = false) -> String {
  let html = MathMLConverter().convert(tex, display: display).html
  let open = "<semantics><mrow>"
  let close = "</mrow><annotation"
  guard let start = html.range(of: open), let end = html.range(of: close, options: .backwards)
  else { return html }
  return String(html[start.upperBound..<end.lowerBound])
}

/// The diagnostics for a formula.
func diagnostics(_ tex: String) -> [TeXDiagnostic] {
  MathMLConverter().convert(tex, display: false).diagnostics
}

/// `<mspace>` of a width, as the converter writes it.
func space(_ width: String) -> String { "<mspace width=\"\(width)\"></mspace>" }

/// The invisible function application operator and TeX's thin space after a function name.
let applyFunction = "<mo>&#x2061;</mo>"
let thinSpace = space("0.1667em")

import Foundation
import LitmusTeX
import Testing

/// Writes every sample formula and every corpus formula into one HTML page for a
/// look in a real browser, when `LITMUS_TEX_GALLERY` names the file to write
/// (`scripts/tex-gallery.sh` does this and takes a Chromium screenshot).
@Suite struct MathMLGalleryTests {
  static let samples: [(String, Bool)] = [
    (
      #"\frac{\partial L}{\partial \mathbf{z}} = \frac{\partial L}{\partial \mathbf{s}_{c}}\frac{\partial \mathbf{s}_{c}}{\partial \mathbf{z}}"#,
      true
    ),
    (#"\hat{y}_i = \frac{\exp(o_i)}{\sum_j \exp(o_j)}"#, true),
    (#"-\sum_{c=1}^M y_{o,c} \textup{ log}(S_{o,c})"#, true),
    (
      #"\frac{\Delta XE}{\Delta S} = \left[ \ldots \frac{\delta -\textup{log}(S_{c})}{\delta S_{c}} \ldots \right]"#,
      true
    ),
    (
      #"\begin{bmatrix} \mathbf{s}_{1} & \mathbf{s}_{2} & \ldots & (\mathbf{s}_{c} - 1) \end{bmatrix}"#,
      true
    ),
    (
      #"\begin{pmatrix} a & b \\ c & d \end{pmatrix} \begin{vmatrix} a & b \\ c & d \end{vmatrix} \begin{matrix} 1 & 0 \\ 0 & 1 \end{matrix}"#,
      true
    ),
    (
      #"\begin{align*} L(\mathbf{s}, \mathbf{y}) &= -\sum_{i}\mathbf{y}_{i} \log \mathbf{s}_{i} \\ &= -\log \mathbf{s}_{c} \end{align*}"#,
      true
    ),
    (#"\delta_{ij} = \begin{cases} 1 & \text{if } i=j \\ 0 & \text{otherwise} \end{cases}"#, true),
    (
      #"\mathbf{x} \in \mathbb{R}^d,\ \mathcal{O}(n),\ \boldsymbol{\alpha},\ \mathsf{X},\ \mathcal{L}"#,
      true
    ),
    (#"\sqrt{x} + \sqrt[3]{y} + \|\mathbf{W}\|_F^2 + \lVert x \rVert + \prod_{i=1}^n x_i"#, true),
    (
      #"\hat{y}\ \bar{x}\ \vec{v}\ \tilde{x}\ \dot{x}\ \overline{ab}\ f'(x)\ \nabla f \cdot \partial_x"#,
      true
    ),
    (#"a\,b\;c\quad d\qquad e \le f \ne g \to h \ldots \vdots \ddots \times \cdot \odot"#, true),
    (
      #"\operatorname*{argmax}_{\theta} \log P(\mathbf{Y} \mid \mathbf{X}) \propto \max_i x_i"#,
      true
    ),
    (#"\sum_{j=1}^q y_j \log \hat{y}_j \text{ inline: } \textstyle\sum_{j=1}^q"#, false),
    (
      #"\overline{x+y}\ \underline{ab}\ \widehat{xyz}\ \widetilde{xyz}\ \overrightarrow{AB}\ \binom{n}{k}\ \not\in\ \left\{ x \middle| x > 0 \right\}"#,
      true
    ),
    (
      #"\bigl( \Bigl( \biggl( \Biggl( x \Biggr) \biggr) \Bigr) \bigr)\ \begin{array}{l|cr} 1 & 2 & 3 \\ 10 & 20 & 30 \end{array}"#,
      true
    ),
    (#"\begin{aligned} a &= b + c & d &= e \\ &+ f & &= g \end{aligned}"#, true),
    (
      #"\mathbf{W} = \begin{Bmatrix} 1 \end{Bmatrix} \begin{Vmatrix} x \end{Vmatrix} \begin{smallmatrix} a & b \\ c & d \end{smallmatrix} \quad \text{if $x \ge 0$ and } \mathrm{d}x"#,
      true
    ),
    (
      #"\begin{array}{c|cc} \hline z & \exp z & s \\ \hline 1 & 2.718 & 0.090 \\ 3 & 20.09 & 0.665 \\ \hline \end{array} \quad \boxed{L = -\log s_c} \quad \sum_{\substack{i=1 \\ i \ne c}}^{k} s_i \tag{2}"#,
      true
    ),
    (
      #"\frac{\partial s_i}{\partial z_j} = s_i(\delta_{ij} - s_j),\quad \frac{\partial}{\partial \mathbf{z}} \operatorname{softmax}(\mathbf{z}) = \operatorname{diag}(\mathbf{s}) - \mathbf{s}\mathbf{s}^\top"#,
      true
    ),
  ]

  @Test func writesGalleryWhenAsked() throws {
    guard let path = ProcessInfo.processInfo.environment["LITMUS_TEX_GALLERY"] else { return }
    var page = """
      <!doctype html><meta charset="utf-8"><title>LitmusTeX gallery</title>
      <style>
      body { font: 20px serif; margin: 1em; }
      math { font-family: "Latin Modern Math", "STIX Two Math", "DejaVu Math TeX Gyre", math; }
      .tex { font: 12px monospace; color: #666; }
      </style>

      """
    let converter = MathMLConverter()
    for (tex, display) in Self.samples {
      page += "<div class=\"tex\">\(tex.replacingOccurrences(of: "<", with: "&lt;"))</div>"
      page += converter.convert(tex, display: display).html + "\n"
    }
    for formula in try CorpusFormula.load() where formula.display {
      page += "<div class=\"tex\">\(formula.file):\(formula.line)</div>"
      page += converter.convert(formula.tex, display: true).html + "\n"
    }
    try page.write(toFile: path, atomically: true, encoding: .utf8)
  }
}

/// Converts TeX formulas (the subset course notes use) to MathML Core.
///
/// ```swift
/// let result = MathMLConverter().convert(#"\frac{a}{b}"#, display: false)
/// // result.html: <math xmlns="…" display="inline"><semantics><mrow><mfrac>…
/// ```
///
/// Supported: fractions (also infix `\over`, `\atop`, `\choose`, which split their
/// whole group as in TeX), roots, scripts and primes, large operators with limits,
/// `\left…\right`, math alphabets (`\mathbf`, `\mathbb`, `\mathds`, `\mathcal`,
/// `\boldsymbol`, `\mathsf`, …) as Unicode math letters, text (`\text`, `\textrm`,
/// `\textup`, `\textsc`, `\mathrm`, `\operatorname`), function names with TeX's thin
/// spaces, class commands (`\mathop`, `\mathbin`, `\mathrel`), `\bmod`, `\pmod`,
/// Greek, relations, operators, arrows (and `\xrightarrow[below]{above}`), dots,
/// accents and braces, colour (`\color`, `\textcolor`), `\cancel`, `\smash`, the
/// `\…lap` commands, spacing (`\hspace`), and the environments `matrix`, `pmatrix`,
/// `bmatrix`, `Bmatrix`, `vmatrix`, `Vmatrix` (also starred, with `[l]`, `[c]`, `[r]`),
/// `smallmatrix`, `cases`, `align`, `align*`, `aligned`, `split`, `gather`, `gathered`,
/// `array` (columns `l`, `c`, `r`, `p{…}`, `|`, `*{n}{…}`, `@{…}`).
///
/// Decisions where TeX and MathML Core part ways (each checked in Chromium):
/// - Equations are not numbered (`align` renders as `align*`); an explicit `\tag{1}`
///   is written as `(1)` after the formula and `\label` is dropped.
/// - Column alignment is emulated with `text-align` styles on `<mtd>`, since Core
///   has no `columnalign`; `\hline`, `|` in `array` columns, `\boxed`, `\overline`
///   and `\underline` are CSS borders, since Core has no `menclose` and no line
///   character stretches reliably.
/// - A top-level `\\` stacks the rows as `gathered` would. Only a TeX length in
///   brackets (`\\[4pt]`) is a row break's optional argument, and its space is
///   ignored; other brackets (`\\ [\nabla L]_k`) start the next row's content.
/// - `\operatorname` of plain text is one upright `<mi>`; of anything else
///   (`D_{KL}`, `\hat{y}`) it is that math with upright letters, spaced as a function.
/// - `\cancel`, `\bcancel` and `\xcancel` are CSS gradients (Core has no `menclose`);
///   `\rlap` and `\smash` are `<mpadded>` with zero width or height; `\llap` and
///   `\clap` keep their natural width, since Core cannot shift content by its own width.
/// - Colours are names of ASCII letters or `#` hex (`[HTML]{FF8800}` too); anything else
///   (`red!50`, `[rgb]`) is a diagnostic. `\textcolor{red}{=}` keeps its operator's class.
/// - `@{…}`, `!{…}`, `>{…}`, `<{…}` in `array` columns are ignored, and `p{…}`, `m{…}`,
///   `b{…}` columns are left-aligned at their natural width.
/// - Each nested `*{n}{…}` in `array` columns counts one level of the nesting limit.
/// - `\hspace` draws at most 1,000em either way (16,000px at a 16px em); a wider length,
///   or a number too long to be finite, is an invalid length, not a page-wide space.
/// - Stretchy delimiters, large operators and wide accents need a math font:
///   pages should set `math { font-family: "Latin Modern Math", "STIX Two Math",
///   "DejaVu Math TeX Gyre", math; }`.
///
/// The converter never traps: anything it cannot render is a positioned
/// ``TeXDiagnostic`` and the formula falls back to its escaped TeX in `<code>`.
/// Output is deterministic and conversion takes time linear in the input.
public struct MathMLConverter: Sendable {
  /// The settings in force.
  public var options: MathMLOptions

  /// Creates a converter.
  /// - Parameter options: The settings; the defaults suit course notes.
  public init(options: MathMLOptions = .init()) {
    self.options = options
  }

  /// Converts one formula.
  /// - Parameters:
  ///   - tex: The formula without its `$`, `$$`, `\(` or `\[` delimiters.
  ///   - display: `true` for a display formula (`display="block"`), `false` for inline.
  /// - Returns: The HTML for the formula and any diagnostics. With diagnostics the
  ///   HTML is `<code class="math-error" title="first message">escaped tex</code>`.
  public func convert(_ tex: String, display: Bool) -> MathMLResult {
    let length = tex.utf8.count
    if length > options.maximumLength {
      let diagnostic = TeXDiagnostic(
        message: TeXMessage.tooLong(length, limit: options.maximumLength), offset: 0,
        length: length)
      return Self.fallback(tex, diagnostics: [diagnostic])
    }
    let stack = StackBudget(limit: options.stackBudget)
    var parser = TeXParser(tex: tex, maximumDepth: options.maximumNestingDepth, stack: stack)
    let nodes = parser.parseFormula()
    let diagnostics = parser.diagnostics.sorted {
      ($0.offset, $0.length, $0.message) < ($1.offset, $1.length, $1.message)
    }
    if !diagnostics.isEmpty {
      return Self.fallback(tex, diagnostics: diagnostics)
    }
    var writer = MathMLWriter(stack: stack)
    writer.writeRow(nodes, display: display)
    if writer.exhausted {
      let diagnostic = TeXDiagnostic(
        message: TeXMessage.nestingTooDeep, offset: 0, length: tex.utf8.count)
      return Self.fallback(tex, diagnostics: [diagnostic])
    }
    let html =
      "<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"\(display ? "block" : "inline")\">"
      + "<semantics><mrow>\(writer.output)</mrow>"
      + "<annotation encoding=\"application/x-tex\">\(XMLEscaping.escape(tex))</annotation>"
      + "</semantics></math>"
    return MathMLResult(html: html, diagnostics: [])
  }

  /// The `<code>` fallback for a formula with diagnostics.
  private static func fallback(_ tex: String, diagnostics: [TeXDiagnostic]) -> MathMLResult {
    let message = diagnostics.first?.message ?? ""
    let html =
      "<code class=\"math-error\" title=\"\(XMLEscaping.escape(message))\">"
      + "\(XMLEscaping.escape(tex))</code>"
    return MathMLResult(html: html, diagnostics: diagnostics)
  }
}

/// Hooks that let the pipeline render the parts of a note that are not plain CommonMark.
///
/// Every method has a default (see the protocol extension), so a delegate implements only
/// what it changes. Returning nil from the optional-returning methods keeps cmark's output
/// for that node.
public protocol HTMLRenderDelegate {
  /// The HTML for a math span.
  /// - Parameter math: The math.
  /// - Returns: HTML.
  func renderMath(_ math: MathSpan) -> String
  /// The HTML for display math that stands where only phrasing content may go: in a
  /// heading, a link, emphasis, strong emphasis, or a table-of-contents entry. It must
  /// hold no block element (`div`, `pre`, `p`), or the page would not be valid HTML.
  /// - Parameter math: Display math.
  /// - Returns: Phrasing HTML.
  func renderDisplayMathInPhrasing(_ math: MathSpan) -> String
  /// The HTML for an example block, or nil for cmark's `<pre><code class="language-swift">`.
  /// - Parameter block: The example block.
  /// - Returns: HTML, or nil.
  func renderExample(_ block: ExampleBlock) -> String?
  /// The HTML for a code block that is not an example, or nil for cmark's output.
  /// - Parameters:
  ///   - info: The info string (empty when absent).
  ///   - literal: The code, each line ending in `"\n"`.
  ///   - position: The block's first byte.
  /// - Returns: HTML, or nil.
  func renderCodeBlock(info: String, literal: String, position: SourcePosition) -> String?
  /// The HTML for an inline value span, or nil for cmark's `<code>` output of the span.
  /// - Parameter span: The span.
  /// - Returns: HTML, or nil.
  func renderInlineValue(_ span: InlineValueSpan) -> String?
  /// The plain text of an inline value span where no markup may go (an image's alt
  /// text), or nil for the span as written (`= expr`, `expr => value`).
  /// - Parameter span: The span.
  /// - Returns: Plain text (escaped by the renderer), or nil.
  func inlineValueText(_ span: InlineValueSpan) -> String?
}

extension HTMLRenderDelegate {
  /// Pandoc's markup: `<span class="math inline">\(…\)</span>` for inline math and
  /// `<div class="math display">\[…\]</div>` for display math, with the TeX HTML-escaped.
  /// - Parameter math: The math.
  /// - Returns: HTML.
  public func renderMath(_ math: MathSpan) -> String {
    let tex = HTMLEscaping.escapeHTML(math.tex)
    return math.display
      ? "<div class=\"math display\">\\[\(tex)\\]</div>"
      : "<span class=\"math inline\">\\(\(tex)\\)</span>"
  }

  /// Pandoc's markup for display math inside phrasing content:
  /// `<span class="math display">\[…\]</span>`, with the TeX HTML-escaped.
  /// - Parameter math: The math.
  /// - Returns: HTML.
  public func renderDisplayMathInPhrasing(_ math: MathSpan) -> String {
    "<span class=\"math display\">\\[\(HTMLEscaping.escapeHTML(math.tex))\\]</span>"
  }

  /// Keeps cmark's output.
  /// - Parameter block: The example block.
  /// - Returns: nil.
  public func renderExample(_ block: ExampleBlock) -> String? { nil }

  /// Keeps cmark's output.
  /// - Parameters:
  ///   - info: The info string.
  ///   - literal: The code.
  ///   - position: The block's position.
  /// - Returns: nil.
  public func renderCodeBlock(info: String, literal: String, position: SourcePosition) -> String? {
    nil
  }

  /// Keeps cmark's output.
  /// - Parameter span: The span.
  /// - Returns: nil.
  public func renderInlineValue(_ span: InlineValueSpan) -> String? { nil }

  /// Keeps the span as written.
  /// - Parameter span: The span.
  /// - Returns: nil.
  public func inlineValueText(_ span: InlineValueSpan) -> String? { nil }
}

/// A delegate that keeps every default.
public struct DefaultHTMLRenderDelegate: HTMLRenderDelegate, Sendable {
  /// Creates the default delegate.
  public init() {}
}

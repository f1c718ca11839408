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
}

/// A delegate that keeps every default.
public struct DefaultHTMLRenderDelegate: HTMLRenderDelegate, Sendable {
  /// Creates the default delegate.
  public init() {}
}

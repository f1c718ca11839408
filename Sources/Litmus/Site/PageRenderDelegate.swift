import LitmusMarkdown

/// Renders the non-CommonMark parts of a checked note: math as MathML,
/// example blocks highlighted with each statement's result under it, inline
/// spans as their values with verdicts.
struct PageRenderDelegate: HTMLRenderDelegate {
  let checked: CheckedNote
  /// The CPU time left for highlighting this page's Swift blocks.
  let highlightBudget = HighlightBudget()

  func renderMath(_ math: MathSpan) -> String {
    if let html = checked.mathML[math.position.offset] {
      return math.display ? "<div class=\"math-display\">\(html)</div>\n" : html
    }
    let tex = HTMLText.escape(math.tex)
    return math.display
      ? "<pre class=\"math-display\"><code>\(tex)</code></pre>\n" : "<code>\(tex)</code>"
  }

  /// The MathML alone (its `display="block"` kept, no `div` around it), or the TeX in
  /// a `code` element when it did not convert: both are phrasing content.
  func renderDisplayMathInPhrasing(_ math: MathSpan) -> String {
    if let html = checked.mathML[math.position.offset] { return html }
    return "<code>\(HTMLText.escape(math.tex))</code>"
  }

  /// What the page shows for the span, as plain text: a computed value, a stated value
  /// that matched, or the computed value with the stated one for a failure
  /// (`2 (stated 3, failed)`), so that alt text never hides a failure.
  func inlineValueText(_ span: InlineValueSpan) -> String? {
    guard let view = checked.inlineViews[span.id] else { return span.expression }
    let warnings = view.warnings.map { " (warning: \($0), failed)" }.joined()
    if let error = view.error, view.stated == nil { return "error: \(error) (failed)" }
    guard let stated = view.stated else { return (view.value ?? "") + warnings }
    if view.passed == true { return stated + warnings }
    let computed = view.error.map { "error: " + $0 } ?? view.value ?? ""
    return "\(computed) (stated \(stated), failed)" + warnings
  }

  func renderExample(_ block: ExampleBlock) -> String? {
    if block.attributes.hidden { return "" }
    return ExampleRenderer(
      block: block, statements: checked.statements[block.id] ?? [],
      highlightBudget: highlightBudget
    ).html
  }

  func renderCodeBlock(info: String, literal: String, position: SourcePosition) -> String? {
    let language = info.split(separator: " ").first.map(String.init) ?? ""
    guard language == "swift" else { return nil }
    var source = literal
    if source.hasSuffix("\n") { source.removeLast() }
    let lines = SwiftHighlighter.highlightedLines(source, budget: highlightBudget)
    return "<pre class=\"code\"><code class=\"language-swift\">" + lines.joined(separator: "\n")
      + "\n</code></pre>\n"
  }

  func renderInlineValue(_ span: InlineValueSpan) -> String? {
    let expression = HTMLText.escape(span.expression)
    guard let view = checked.inlineViews[span.id] else {
      return "<code>\(expression)</code>"
    }
    if let error = view.error, view.stated == nil {
      return "<span class=\"inline-value failed\" title=\"\(expression)\">"
        + "<span class=\"mark\" aria-label=\"failed\">✗</span> error: \(HTMLText.escape(error))</span>"
    }
    // An unstated warning fails the span even when its value is right: shown next to it.
    let warnings = view.warnings.map { " <ins>warning: \(HTMLText.escape($0))</ins>" }.joined()
    let failedMark = "<span class=\"mark\" aria-label=\"failed\">✗</span>"
    guard let stated = view.stated else {
      let value = HTMLText.escape(view.value ?? "")
      guard warnings.isEmpty else {
        return "<span class=\"inline-value failed\" title=\"\(expression)\">\(value)\(warnings)"
          + "\(failedMark)</span>"
      }
      return "<span class=\"inline-value\" title=\"\(expression)\">\(value)</span>"
    }
    let statedHTML = HTMLText.escape(stated)
    if view.passed == true, !warnings.isEmpty {
      return
        "<span class=\"inline-check failed\" title=\"\(expression) = \(HTMLText.escape(view.value ?? ""))\">"
        + "\(statedHTML)\(warnings)\(failedMark)</span>"
    }
    if view.passed == true {
      return
        "<span class=\"inline-check passed\" title=\"\(expression) = \(HTMLText.escape(view.value ?? ""))\">"
        + "\(statedHTML)<span class=\"mark\" aria-label=\"checked\">✓</span></span>"
    }
    let computed = HTMLText.escape(view.error.map { "error: " + $0 } ?? view.value ?? "")
    return "<span class=\"inline-check failed\" title=\"\(expression)\">"
      + "<del>\(statedHTML)</del> <ins>\(computed)</ins>\(warnings)\(failedMark)</span>"
  }
}

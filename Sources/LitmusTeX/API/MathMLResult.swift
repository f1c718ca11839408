/// The outcome of converting one formula: HTML to embed and the diagnostics found.
public struct MathMLResult: Sendable, Hashable {
  /// The HTML for the formula.
  ///
  /// Without diagnostics this is one `<math xmlns="http://www.w3.org/1998/Math/MathML"
  /// display="block|inline">` element whose `<semantics>` keeps the TeX source in
  /// `<annotation encoding="application/x-tex">`. With any diagnostic it is the
  /// fallback `<code class="math-error" title="first message">escaped tex</code>`.
  public var html: String
  /// The problems found, in source order; empty when the formula converted cleanly.
  public var diagnostics: [TeXDiagnostic]

  /// Creates a result.
  /// - Parameters:
  ///   - html: The HTML for the formula.
  ///   - diagnostics: The problems found, in source order.
  public init(html: String, diagnostics: [TeXDiagnostic]) {
    self.html = html
    self.diagnostics = diagnostics
  }
}

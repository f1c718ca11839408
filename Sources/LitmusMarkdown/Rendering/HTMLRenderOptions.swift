/// Options for ``HTMLRenderer``.
public struct HTMLRenderOptions: Sendable, Hashable {
  /// Whether raw HTML is passed through (otherwise `<!-- raw HTML omitted -->`) and
  /// dangerous URLs (`javascript:`, `vbscript:`, `file:`, most `data:`) are kept.
  public var unsafeHTML: Bool
  /// Whether headings get GitHub-style `id` slugs (deduplicated with `-1`, `-2`, …).
  public var headingAnchors: Bool

  /// Creates options.
  /// - Parameters:
  ///   - unsafeHTML: Whether raw HTML is kept (default `false`, like cmark).
  ///   - headingAnchors: Whether headings get `id` attributes (default `false`).
  public init(unsafeHTML: Bool = false, headingAnchors: Bool = false) {
    self.unsafeHTML = unsafeHTML
    self.headingAnchors = headingAnchors
  }
}

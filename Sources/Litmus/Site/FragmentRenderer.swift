import LitmusMarkdown

/// Renders one checked note as an HTML fragment (no page around it), the
/// output of `litmus render`.
public enum FragmentRenderer {
  /// The note's HTML fragment, with examples' results and MathML.
  /// - Parameters:
  ///   - checked: A checked note.
  ///   - unsafeHTML: Whether raw HTML is kept.
  /// - Returns: The HTML, or `nil` when the note could not be parsed.
  public static func render(_ checked: CheckedNote, unsafeHTML: Bool) -> String? {
    guard let note = checked.note else { return nil }
    let renderer = HTMLRenderer(
      options: HTMLRenderOptions(unsafeHTML: unsafeHTML),
      delegate: PageRenderDelegate(checked: checked))
    return renderer.render(note)
  }
}

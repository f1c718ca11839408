import LitmusMarkdown

/// Walks a note's tree without recursion (notes may nest thousands of
/// levels deep) to find what the pipeline needs from it.
enum NoteWalker {
  /// Every math span in document order.
  static func mathSpans(in note: Note) -> [MathSpan] {
    var spans: [MathSpan] = []
    var blocks = Array(note.blocks.reversed())
    while let block = blocks.popLast() {
      var inlines = Array(block.inlines.reversed())
      while let inline = inlines.popLast() {
        if case .math(let span) = inline.kind { spans.append(span) }
        inlines.append(contentsOf: inline.children.reversed())
      }
      blocks.append(contentsOf: block.children.reversed())
    }
    return spans
  }
}

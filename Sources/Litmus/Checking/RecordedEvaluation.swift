import LitmusEval
import LitmusMarkdown

/// One evaluation a note's check made, kept so that checking the same code again can
/// reuse it: `fix` re-checks the text it rewrote, in which only stated values (in
/// outcome comments and inline spans) changed, so every block evaluates as before.
struct RecordedEvaluation: Sendable {
  /// What was evaluated: everything the evaluator was given, except the text of the
  /// outcome comments, which Swift ignores.
  enum Input: Sendable, Equatable {
    /// An example block: its source with the outcome comment lines blanked, and which
    /// lines those are.
    case block(code: String, outcomeLines: [Int], session: String?, firstLine: Int)
    /// An inline span's expression.
    case expression(source: String, firstLine: Int)
  }

  /// What was evaluated.
  let input: Input
  /// What came of it (one result for an expression).
  let results: [StatementResult]

  /// The evaluations a check of `note` makes, in order.
  static func inputs(of note: Note) -> [Input] {
    note.items.map { item in
      switch item {
      case .example(let block): input(of: block)
      case .inlineValue(let span): input(of: span)
      }
    }
  }

  /// The evaluation of an example block.
  static func input(of block: ExampleBlock) -> Input {
    let outcomeLines = block.outcomes.flatMap {
      $0.commentLine..<($0.commentLine + max(1, $0.pieces.count))
    }.sorted()
    var code = block.source
    if !outcomeLines.isEmpty {
      var lines = code.split(separator: "\n", omittingEmptySubsequences: false)
      for index in outcomeLines where index < lines.count { lines[index] = "" }
      code = lines.joined(separator: "\n")
    }
    return .block(
      code: code, outcomeLines: outcomeLines,
      session: block.attributes.session,
      firstLine: block.lines.first?.position.line ?? block.position.line + 1)
  }

  /// Whether these evaluations can stand for the same code with other outcome comments:
  /// only when no statement spans an outcome comment line. (A `// =>` line inside a
  /// multi-line string literal is part of the string, not a comment.)
  static func areReusable(_ evaluations: [RecordedEvaluation]) -> Bool {
    evaluations.allSatisfy { evaluation in
      guard case .block(_, let outcomeLines, _, _) = evaluation.input else { return true }
      return evaluation.results.allSatisfy { result in
        let span = (result.start.line - 1)...(result.end.line - 1)
        return !outcomeLines.contains { span.contains($0) }
      }
    }
  }

  /// The evaluation of an inline span.
  static func input(of span: InlineValueSpan) -> Input {
    .expression(source: span.expression, firstLine: span.expressionPosition.line)
  }
}

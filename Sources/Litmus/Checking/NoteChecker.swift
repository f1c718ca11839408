import LitmusEval
import LitmusMarkdown
import LitmusMath

/// Checks one note: parses it, evaluates its examples and inline spans in
/// document order, and judges every stated value.
///
/// Rules (NOTE-FORMAT): a stated value is judged by `Judge`; a warning or
/// error that is not stated fails, and so does a stated one that does not
/// happen; an error inside an inline span fails. Every failure becomes one
/// `error` diagnostic at its position in the file.
public struct NoteChecker: Sendable {
  /// How to check.
  public var options: CheckOptions

  /// Creates a checker.
  /// - Parameter options: How to check.
  public init(options: CheckOptions = .init()) {
    self.options = options
  }

  /// Checks a note's bytes.
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - path: The path to report.
  ///   - previous: An earlier check of the same note. When these bytes evaluate
  ///     exactly the same code, in the same order (only stated values differ, as
  ///     after `fix`), its evaluations are reused instead of repeated.
  /// - Returns: The checked note, with its report.
  public func check(bytes: [UInt8], path: String, reusing previous: CheckedNote? = nil)
    -> CheckedNote
  {
    let note: Note
    do {
      note = try NoteParser.parse(
        bytes: bytes, path: path, options: ParseOptions(math: options.math))
    } catch {
      let diagnostic = Diagnostic(
        .error, path: path, line: error.position.line, column: error.position.column,
        message: error.message)
      // The parser throws only for bytes that are not text: the input is
      // unreadable (exit 2). A bad front matter is a diagnostic of the parsed
      // note, a failure like any other (exit 1), and the note is still checked.
      let unreadable = error.isNotText
      return CheckedNote(
        note: nil,
        report: NoteReport(
          path: path, title: nil, checks: [], diagnostics: [diagnostic], isUnreadable: unreadable),
        statements: [:], inlineViews: [:], mathML: [:], edits: [])
    }
    var run = NoteRun(note: note, options: options, reusing: previous?.evaluations ?? [])
    run.evaluate()
    run.convertMath()
    // The title shows what the page shows for an inline value in the heading.
    let inlineViews = run.inlineViews
    let title = note.title { span in
      inlineViews[span.id].flatMap { $0.stated ?? ($0.error == nil ? $0.value : nil) }
    }
    return CheckedNote(
      note: note,
      report: NoteReport(
        path: path, title: title, order: note.frontMatter.order, checks: run.checks,
        diagnostics: run.diagnostics),
      statements: run.statements, inlineViews: run.inlineViews, mathML: run.mathML,
      edits: run.edits, unlocatedValues: run.unlocatedValues,
      evaluations: run.recorded)
  }
}

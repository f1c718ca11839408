import LitmusMarkdown

/// A note after parse → evaluate → judge: the parsed note, what each
/// statement and inline span showed, and the report.
public struct CheckedNote: Sendable {
  /// The parsed note; `nil` when it could not be parsed.
  public let note: Note?
  /// The verdicts and diagnostics.
  public let report: NoteReport
  /// For each example block id, its statements in order.
  public let statements: [Int: [StatementView]]
  /// For each inline span id, what it shows.
  public let inlineViews: [Int: InlineView]
  /// The MathML of each formula, by the byte offset of its TeX in the file.
  public let mathML: [Int: String]
  /// The in-place rewrites that would make failing stated numbers match.
  public let edits: [TextEdit]
  /// Failing stated numbers that `fix` would rewrite but could not locate byte for byte in
  /// the file (warnings at the stated value): they are left alone.
  public var unlocatedValues: [Diagnostic] = []
  /// Every evaluation the check made, for a later check of the same code to reuse.
  var evaluations: [RecordedEvaluation] = []
}

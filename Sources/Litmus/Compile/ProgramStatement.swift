import LitmusMarkdown

/// One statement of a generated program and where it came from in the note.
struct ProgramStatement: Sendable {
  /// The id the program prints with its markers (its index in the program).
  let id: Int
  /// Where the statement starts in the note.
  let start: SourcePosition
  /// The statement's text on one line, for reports.
  let text: String
  /// For each emitted line: the note line it copies, and how many bytes of
  /// that line come before emitted column 1 (negative when the program
  /// added a prefix such as `let __litmus7 = `).
  let origins: [(line: CodeLine, byteDelta: Int)]
  /// The interpreter's value, for an expression statement.
  let expected: ProbeValue?
  /// The program's lines (1-based, in `main.swift`) that belong to this
  /// statement's scaffolding, so errors there are blamed on it.
  var scaffolding: ClosedRange<Int>

  /// The note position of a compiler diagnostic at `line`:`column` of this
  /// statement's emitted text (both 1-based).
  func position(line: Int, column: Int) -> SourcePosition {
    guard !origins.isEmpty else { return start }
    let origin = origins[min(max(0, line - 1), origins.count - 1)]
    return origin.line.position(atByte: max(0, column - 1 + origin.byteDelta))
  }
}

import Foundation

/// Rewrites failing stated numbers with the computed ones, in place.
///
/// Only numbers whose statement computed a value of the same shape are
/// rewritten, each with the same number of digits and the same notation the
/// author used (which is always enough to match, by the rounding rule); under a
/// tolerance finer than those digits, with the fewest digits that read as the
/// computed double, which match at any tolerance.
/// Every other byte of the file stays as it was: line endings, tabs,
/// trailing spaces, the other values. A number is replaced only where the file
/// holds exactly its text as written; one that cannot be located so is left alone,
/// not counted, and reported (``Result/unlocated``). Shape mismatches, unstated warnings and
/// errors are left for the author and reported. A note that cannot be parsed
/// is never rewritten, and neither is a note with a Swift syntax error in an example:
/// past a syntax error the parser's idea of where statements end may not be the
/// author's, so a stated value could be paired with the wrong statement.
public struct Fixer: Sendable {
  /// What fixing one note did.
  public struct Result: Sendable {
    /// The note's path.
    public let path: String
    /// The original bytes.
    public let original: [UInt8]
    /// The fixed bytes (equal to `original` when nothing changed).
    public let fixed: [UInt8]
    /// The number of stated values rewritten.
    public let fixedCount: Int
    /// The report of the original note (what failed before fixing).
    public let report: NoteReport
    /// The check of the original note.
    let checked: CheckedNote
    /// Why the note was left as it was although values failed (a Swift syntax error,
    /// with its note line), or `nil`.
    public var refusal: String?
    /// Failing stated numbers that could not be located byte for byte in the file, so
    /// were left alone and are not counted in ``fixedCount`` (warnings at the value).
    public var unlocated: [Diagnostic] = []

    /// Whether the file changes.
    public var changed: Bool { original != fixed }
  }

  /// How notes are checked before fixing.
  public var checker: NoteChecker

  /// Creates a fixer.
  /// - Parameter options: How notes are checked.
  public init(options: CheckOptions = .init()) {
    checker = NoteChecker(options: options)
  }

  /// Works out the fixed contents of a note, without writing.
  /// - Parameters:
  ///   - bytes: The note's contents.
  ///   - path: Its path.
  /// - Returns: The original and fixed bytes, and the report.
  public func fix(bytes: [UInt8], path: String) -> Result {
    let checked = checker.check(bytes: bytes, path: path)
    guard checked.note != nil else {
      return Result(
        path: path, original: bytes, fixed: bytes, fixedCount: 0, report: checked.report,
        checked: checked)
    }
    if !checked.edits.isEmpty, let line = Self.firstSyntaxErrorLine(in: checked) {
      var result = Result(
        path: path, original: bytes, fixed: bytes, fixedCount: 0, report: checked.report,
        checked: checked)
      result.refusal =
        "line \(line) has a Swift syntax error; correct it, then run `litmus fix` again"
      return result
    }
    return Self.rewrite(bytes, with: checked, path: path)
  }

  /// Applies a check's edits to the note's bytes. An edit is applied only where the file
  /// holds exactly the stated number as written; any other (and any failing number whose
  /// bytes could not be located) is left alone, not counted, and reported in
  /// ``Result/unlocated``.
  /// - Parameters:
  ///   - bytes: The note's contents.
  ///   - checked: The check of those contents.
  ///   - path: The note's path.
  /// - Returns: The fixed bytes and what was done.
  static func rewrite(_ bytes: [UInt8], with checked: CheckedNote, path: String) -> Result {
    let (fixed, applied, skipped) = TextEdit.applying(checked.edits, to: bytes)
    var result = Result(
      path: path, original: bytes, fixed: fixed, fixedCount: applied.count,
      report: checked.report, checked: checked)
    result.unlocated = checked.unlocatedValues
    for edit in skipped {
      let line = edit.position?.line ?? 1
      let column = edit.position?.column ?? 1
      result.unlocated.append(
        Diagnostic(
          .warning, path: path, line: line, column: column,
          message: "could not locate the stated value `\(edit.expected)` in the file, so it was "
            + "left alone; change it to `\(edit.text)` by hand"))
    }
    result.unlocated.sort { ($0.line, $0.column) < ($1.line, $1.column) }
    return result
  }

  /// The note line of the first Swift syntax error in the note's examples and inline
  /// spans, if any.
  static func firstSyntaxErrorLine(in checked: CheckedNote) -> Int? {
    var lines: [Int] = []
    for evaluation in checked.evaluations {
      let firstLine: Int
      switch evaluation.input {
      case .block(_, _, _, let line): firstLine = line
      case .expression(_, let line): firstLine = line
      }
      for result in evaluation.results {
        guard let error = result.error, error.kind == .syntax else { continue }
        lines.append(firstLine + error.location.line - 1)
      }
    }
    return lines.min()
  }

  /// What is left to fail after fixing: the report of the fixed text. Fixing changes
  /// only stated values, so the fixed text evaluates the same code as the original and
  /// its evaluations are reused (a note of 20,000 blocks is evaluated once, not twice);
  /// should the code differ after all, the fixed text is evaluated afresh.
  /// - Parameter result: What ``fix(bytes:path:)`` returned.
  /// - Returns: The fixed note's report (the original's when nothing changed).
  public func remaining(after result: Result) -> NoteReport {
    guard result.changed else { return result.report }
    return checker.check(bytes: result.fixed, path: result.path, reusing: result.checked).report
  }
}

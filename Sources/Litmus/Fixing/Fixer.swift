import Foundation

/// Rewrites failing stated numbers with the computed ones, in place.
///
/// Only numbers whose statement computed a value of the same shape are
/// rewritten, each with the same number of digits and the same notation the
/// author used (which is always enough to match, by the rounding rule); under a
/// tolerance finer than those digits, with the fewest digits that read as the
/// computed double, which match at any tolerance.
/// Every other byte of the file stays as it was: line endings, tabs,
/// trailing spaces, the other values. Shape mismatches, unstated warnings and
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
    let fixed = TextEdit.apply(checked.edits, to: bytes)
    return Result(
      path: path, original: bytes, fixed: fixed, fixedCount: Set(checked.edits.map(\.range)).count,
      report: checked.report, checked: checked)
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

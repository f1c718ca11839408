/// A unified diff (`diff -u` style) between two versions of a file whose
/// lines were edited in place (the line count is the same, as `fix` only
/// rewrites numbers inside lines).
///
/// A last line without a line ending is followed by `\ No newline at end of
/// file`, as diff(1) writes it, so that `patch` and `git apply` apply the diff.
public enum UnifiedDiff {
  /// The lines of context around each change.
  public static let context = 3

  /// The marker diff(1) writes after a last line that has no line ending.
  static let noNewline = "\\ No newline at end of file\n"

  /// One line of a file: its text without the `\n`, and whether the `\n` is there.
  private struct Line: Equatable {
    var text: String
    var isTerminated: Bool

    /// The line in a hunk, after its one-character prefix (` `, `-`, `+`).
    func written(_ prefix: String) -> String {
      prefix + text + "\n" + (isTerminated ? "" : UnifiedDiff.noNewline)
    }
  }

  /// The diff, or an empty string when nothing changed.
  /// - Parameters:
  ///   - old: The original bytes.
  ///   - new: The edited bytes.
  ///   - path: The file's path for the `---`/`+++` header.
  /// - Returns: The diff text.
  public static func make(old: [UInt8], new: [UInt8], path: String) -> String {
    let oldLines = lines(old)
    let newLines = lines(new)
    guard oldLines != newLines else { return "" }
    guard oldLines.count == newLines.count else {
      // Not an in-place edit: show the whole file replaced.
      let oldRange = oldLines.isEmpty ? "0,0" : "1,\(oldLines.count)"
      let newRange = newLines.isEmpty ? "0,0" : "1,\(newLines.count)"
      return header(path) + "@@ -\(oldRange) +\(newRange) @@\n"
        + oldLines.map { $0.written("-") }.joined() + newLines.map { $0.written("+") }.joined()
    }
    let changed = oldLines.indices.filter { oldLines[$0] != newLines[$0] }
    var hunks: [ClosedRange<Int>] = []
    for line in changed {
      let low = max(0, line - context)
      let high = min(oldLines.count - 1, line + context)
      if let last = hunks.last, low <= last.upperBound + 1 {
        hunks[hunks.count - 1] = last.lowerBound...high
      } else {
        hunks.append(low...high)
      }
    }
    var output = header(path)
    for hunk in hunks {
      output +=
        "@@ -\(hunk.lowerBound + 1),\(hunk.count) +\(hunk.lowerBound + 1),\(hunk.count) @@\n"
      for index in hunk {
        if oldLines[index] == newLines[index] {
          output += oldLines[index].written(" ")
        } else {
          output += oldLines[index].written("-") + newLines[index].written("+")
        }
      }
    }
    return output
  }

  private static func header(_ path: String) -> String {
    "--- \(path)\n+++ \(path)\n"
  }

  private static func lines(_ bytes: [UInt8]) -> [Line] {
    var pieces = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let lastIsTerminated = pieces.last?.isEmpty ?? true
    if lastIsTerminated { pieces.removeLast() }
    return pieces.enumerated().map { index, piece in
      Line(
        text: String(decoding: piece, as: UTF8.self),
        isTerminated: lastIsTerminated || index < pieces.count - 1)
    }
  }
}

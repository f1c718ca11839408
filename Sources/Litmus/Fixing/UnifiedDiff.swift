/// A unified diff (`diff -u` style) between two versions of a file whose
/// lines were edited in place (the line count is the same, as `fix` only
/// rewrites numbers inside lines).
public enum UnifiedDiff {
  /// The lines of context around each change.
  public static let context = 3

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
      return header(path) + "@@ -1,\(oldLines.count) +1,\(newLines.count) @@\n"
        + oldLines.map { "-" + $0 + "\n" }.joined() + newLines.map { "+" + $0 + "\n" }.joined()
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
          output += " " + oldLines[index] + "\n"
        } else {
          output += "-" + oldLines[index] + "\n" + "+" + newLines[index] + "\n"
        }
      }
    }
    return output
  }

  private static func header(_ path: String) -> String {
    "--- \(path)\n+++ \(path)\n"
  }

  private static func lines(_ bytes: [UInt8]) -> [String] {
    var result = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
      .map { String(decoding: $0, as: UTF8.self) }
    if result.last == "" { result.removeLast() }
    return result
  }
}

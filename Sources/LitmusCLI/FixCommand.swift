import ArgumentParser
import Foundation
import Litmus

/// `litmus fix`: rewrites failing stated values with the computed ones.
struct FixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fix",
    abstract: "Rewrite failing stated numbers with the computed ones, changing nothing else.",
    discussion: """
      Each number keeps the digits and notation the author used. Shape mismatches, unstated \
      warnings and errors are reported and left alone; a note that cannot be parsed, or has a \
      Swift syntax error in an example, is never rewritten. Writes are atomic. Exit 0 when every note passes after fixing, 1 when \
      failures remain, 2 for unreadable input.
      """
  )

  @Argument(help: "Note files or directories (default: Notes).")
  var paths: [String] = []

  @Flag(help: "Print a unified diff and change nothing.")
  var dryRun = false

  mutating func run() throws {
    let (files, anyMissing) = try NoteArguments.collect(paths)
    let fixer = Fixer()
    var unreadable = anyMissing
    var remaining: [NoteReport] = []
    var fixedTotal = 0
    for path in files {
      guard let bytes = FileBytes.readNote(path) else {
        Output.error("\(path):1:1: error: \(FileBytes.unreadableMessage(path))")
        unreadable = true
        continue
      }
      let result = fixer.fix(bytes: bytes, path: path)
      if result.report.isUnreadable {
        unreadable = true
        for diagnostic in result.report.diagnostics { Output.error(diagnostic.headline) }
        Output.error("\(path): not fixed: the note could not be parsed")
        continue
      }
      if let refusal = result.refusal {
        Output.error("\(path): not fixed: \(refusal)")
      }
      for diagnostic in result.unlocated { Output.error(diagnostic.headline) }
      fixedTotal += result.fixedCount
      if result.changed {
        if dryRun {
          Output.print(UnifiedDiff.make(old: result.original, new: result.fixed, path: path))
        } else {
          do {
            try AtomicFile.write(Data(result.fixed), to: path)
          } catch {
            Output.error("litmus: \(error)")
            unreadable = true
            continue
          }
        }
      }
      // What is left after fixing: the fixed text judged again, with the original's
      // evaluations (unchanged text needs no second pass at all).
      let after = fixer.remaining(after: result)
      remaining.append(after)
      for diagnostic in after.diagnostics where diagnostic.severity == .error {
        Output.error(diagnostic.headline)
        for detail in diagnostic.details { Output.error("    " + detail) }
      }
    }
    let verb = dryRun ? "would fix" : "fixed"
    Output.error(
      "\(verb) \(fixedTotal) stated value\(fixedTotal == 1 ? "" : "s"); after fixing: \(CheckSummary(remaining).line)"
    )
    if unreadable { throw ExitCode(2) }
    if CheckSummary(remaining).failed > 0 { throw ExitCode(1) }
  }
}

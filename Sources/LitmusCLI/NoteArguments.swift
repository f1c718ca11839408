import ArgumentParser
import Litmus

/// The notes that `check`, `fix` and `build` work on, found from their path arguments.
enum NoteArguments {
  /// Finds the notes under `paths` (see ``NoteFiles``), printing one line for each path
  /// that does not exist.
  ///
  /// Paths that hold no note at all are a usage error, as pytest's "no tests ran" is:
  /// a check that checked nothing must not pass silently.
  /// - Parameter paths: The command's path arguments (empty means `Notes`).
  /// - Returns: The note files, and whether a path was missing (the command goes on with
  ///   the others and exits 2 at the end).
  /// - Throws: `ExitCode(2)` when no note was found, after printing
  ///   `no notes (*.md) found in PATH`.
  static func collect(_ paths: [String]) throws -> (files: [String], anyMissing: Bool) {
    let (files, missing) = NoteFiles.collect(paths)
    for path in missing {
      Output.error("litmus: no such file or directory: \(path.path)")
    }
    guard files.isEmpty else { return (files, !missing.isEmpty) }
    let missingPaths = Set(missing.map(\.path))
    let searched = (paths.isEmpty ? ["Notes"] : paths).filter { !missingPaths.contains($0) }
    if !searched.isEmpty {
      Output.error("litmus: no notes (*.md) found in \(searched.joined(separator: ", "))")
    }
    throw ExitCode(2)
  }
}

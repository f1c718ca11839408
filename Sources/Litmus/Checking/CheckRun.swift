import Foundation
import LitmusEval

/// Checks many notes at once: notes are independent, so they are checked in
/// parallel across cores; the results keep the order of the paths.
public struct CheckRun: Sendable {
  /// How each note is checked.
  public var checker: NoteChecker

  /// Creates a run.
  /// - Parameter options: How each note is checked.
  public init(options: CheckOptions = .init()) {
    checker = NoteChecker(options: options)
  }

  /// Reads and checks the notes at the given paths.
  /// - Parameter paths: Note files, in the order to report them.
  /// - Returns: One checked note per path; an unreadable file gives an
  ///   unreadable report naming the problem.
  public func check(paths: [String]) -> [CheckedNote] {
    // One slot per note, each written by exactly one worker; the workers are joined
    // before the slots are read (no lock: ThreadSanitizer sees the joins, and cannot
    // see inside the Synchronization module's `Mutex`).
    let slots = UnsafeMutableBufferPointer<CheckedNote?>.allocate(capacity: paths.count)
    slots.initialize(repeating: nil)
    defer {
      _ = slots.deinitialize()
      slots.deallocate()
    }
    let results = Slots(buffer: slots)
    let checker = self.checker
    // Large-stack worker threads, one per processor: each note's evaluation runs
    // in place on them instead of starting a thread of its own.
    Evaluator.concurrentlyOnLargeStacks(iterations: paths.count) { index in
      let path = paths[index]
      let checked: CheckedNote
      if let bytes = FileBytes.readNote(path) {
        checked = checker.check(bytes: bytes, path: path)
      } else {
        checked = CheckedNote(
          note: nil,
          report: NoteReport(
            path: path, title: nil, checks: [],
            diagnostics: [
              Diagnostic(
                .error, path: path, line: 1, column: 1, message: FileBytes.unreadableMessage(path))
            ], isUnreadable: true), statements: [:], inlineViews: [:], mathML: [:], edits: [])
      }
      results.buffer[index] = checked
    }
    return slots.compactMap { $0 }
  }

  /// The result slots, shared with the workers (each writes only its own index).
  private struct Slots: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<CheckedNote?>
  }
}

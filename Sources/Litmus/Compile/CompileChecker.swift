import Foundation
import LitmusEval
import LitmusMarkdown
import Synchronization

/// `litmus check --compile`: proves that the examples are real Swift.
///
/// For each note, the examples (and inline value spans) become one Swift
/// program (see ``ProgramBuilder``), compiled with the installed `swiftc`
/// against LitmusMath (built once and cached, see ``CompileOptions``) and
/// run. Every expression statement's value must equal the interpreter's to
/// the last bit, and be of the same type. A compile error is reported at
/// the note's line and column as `error: swift: <message>`.
///
/// Nothing in LitmusMath is random or depends on timing, so every value is
/// compared; a closure is compared by being a closure.
public struct CompileChecker: Sendable {
  /// Where to find the tools, and the limits.
  public var options: CompileOptions

  /// Creates a checker.
  /// - Parameter options: Where to find the tools, and the limits.
  public init(options: CompileOptions = .init()) {
    self.options = options
  }

  /// Compiles and runs the examples of every note, in parallel.
  ///
  /// A note that cannot be read or parsed gives an empty result (the
  /// ordinary check reports it).
  /// - Parameter paths: The note files.
  /// - Returns: One result per path, in order.
  /// - Throws: `CompileError` when there is no toolchain, LitmusMath's sources
  ///   cannot be found, or the library does not build.
  public func check(paths: [String]) throws(CompileError) -> [CompiledNote] {
    let toolchain = try SwiftToolchain.locate(options.swiftc)
    let library = try MathLibrary.prepare(toolchain: toolchain, options: options)
    let workspace = FileManager.default.temporaryDirectory
      .appendingPathComponent("litmus-compile-\(UUID().uuidString)")
    do {
      try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: workspace.path, reason: error.localizedDescription)
    }
    defer { try? FileManager.default.removeItem(at: workspace) }
    let results = Mutex<[Int: CompiledNote]>([:])
    let options = self.options
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      let path = paths[index]
      let directory = workspace.appendingPathComponent("\(index)")
      let compiled = NoteCompilation(
        path: path, toolchain: toolchain, library: library, options: options, directory: directory
      ).run()
      results.withLock { $0[index] = compiled }
    }
    return results.withLock { all in
      paths.indices.map {
        all[$0]
          ?? CompiledNote(
            path: paths[$0], diagnostics: [], compiledStatements: 0, agreedValues: 0, program: "")
      }
    }
  }
}

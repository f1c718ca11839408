import ArgumentParser
import Foundation

/// `litmus`: checks the numbers in Markdown course notes and builds them into
/// HTML with every computed value inlined.
@main
struct LitmusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "litmus",
    abstract: "Check the numbers in Markdown course notes and build them into HTML.",
    discussion: """
      Exit status: 0 when everything passed, 1 when a check failed, 2 for a usage error or \
      an unreadable input (other notes are still checked and reported).
      """,
    subcommands: [
      CheckCommand.self, FixCommand.self, BuildCommand.self, EvalCommand.self, RenderCommand.self,
    ]
  )

  /// Runs the command line, mapping usage errors to exit status 2.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .success || error is ExitCode {
        exit(withError: error)
      }
      let message = fullMessage(for: error)
      if !message.isEmpty {
        FileHandle.standardError.write(Data((message + "\n").utf8))
      }
      Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
    }
  }
}

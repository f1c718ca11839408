import ArgumentParser
import Foundation
import Litmus

extension ReportFormat: ExpressibleByArgument {}

/// `litmus check`: judges every stated value in the notes.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check every stated value in the notes.",
    discussion: """
      Prints one line per failure (file:line:column: error: …), then `N passed, N failed`. \
      Directories are searched recursively for *.md; no path means Notes/.
      """
  )

  @Argument(help: "Note files or directories (default: Notes).")
  var paths: [String] = []

  @Option(help: "Report format: text, github or json.")
  var format: ReportFormat = .text

  @Option(help: "Also write a JUnit XML report to this file.")
  var junit: String?

  @Flag(name: .shortAndLong, help: "Print per-note counts above the summary.")
  var verbose = false

  @Flag(help: "Fail on unknown TeX commands instead of warning.")
  var strict = false

  @Flag(
    help: """
      Also compile each note's examples with swiftc against LitmusMath, run them, and \
      require every value to equal the interpreter's to the last bit.
      """)
  var compile = false

  mutating func run() throws {
    let (files, anyMissing) = try NoteArguments.collect(paths)
    let notes = CheckRun(options: CheckOptions(strict: strict)).check(paths: files)
    var reports = notes.map(\.report)
    if compile {
      do {
        let compiled = try CompileChecker().check(paths: files)
        reports = zip(reports, compiled).map { $0.adding($1.diagnostics) }
      } catch {
        Output.error("litmus: \(error.message)")
        throw ExitCode(2)
      }
    }
    switch format {
    case .text:
      Output.print(TextReporter(colored: Output.useColor, verbose: verbose).render(reports))
    case .github:
      Output.print(GitHubReporter().render(reports))
    case .json:
      Output.print(JSONReporter().render(reports))
      Output.error(CheckSummary(reports).line)
    }
    if let junit {
      do {
        try AtomicFile.write(Data(JUnitReporter().render(reports).utf8), to: junit)
      } catch {
        Output.error("litmus: \(error)")
        throw ExitCode(2)
      }
    }
    if anyMissing || reports.contains(where: \.isUnreadable) { throw ExitCode(2) }
    if CheckSummary(reports).failed > 0 { throw ExitCode(1) }
  }
}

import ArgumentParser
import Foundation
import Litmus

/// `litmus build`: checks the notes and writes the HTML site.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Check the notes and write one HTML page per note, an index and a stylesheet.",
    discussion: """
      Pages are written even when checks fail (the failures are shown on them); the exit \
      status is then 1. Pages of notes that no longer exist are removed from the output \
      directory (only files Litmus wrote).
      """
  )

  @Argument(help: "Note files or directories (default: Notes).")
  var paths: [String] = []

  @Option(name: [.short, .long], help: "The output directory.")
  var output = "Output"

  @Option(
    help:
      "A directory with page.mustache, index.mustache and/or style.css to use instead of the built-in ones."
  )
  var template: String?

  @Flag(help: "Fail on unknown TeX commands instead of warning.")
  var strict = false

  @Flag(help: "Let raw HTML in notes through (it is omitted by default).")
  var unsafeHTML = false

  @Flag(name: .shortAndLong, help: "Print every diagnostic, not only the summary.")
  var verbose = false

  mutating func run() throws {
    let (files, anyMissing) = try NoteArguments.collect(paths)
    let notes = CheckRun(options: CheckOptions(strict: strict)).check(paths: files)
    let reports = notes.map(\.report)
    let builder = SiteBuilder(
      options: SiteOptions(
        outputDirectory: output, templateDirectory: template, unsafeHTML: unsafeHTML))
    do {
      let written = try builder.build(notes)
      if verbose {
        Output.print(TextReporter(colored: Output.useColor, verbose: true).render(reports))
      } else {
        for report in reports {
          for diagnostic in report.diagnostics where diagnostic.severity == .error {
            Output.error(diagnostic.headline)
          }
        }
        Output.print("wrote \(written.count) files to \(output); \(CheckSummary(reports).line)\n")
      }
    } catch {
      Output.error("litmus: \(error)")
      throw ExitCode(2)
    }
    if anyMissing || reports.contains(where: \.isUnreadable) { throw ExitCode(2) }
    if CheckSummary(reports).failed > 0 { throw ExitCode(1) }
  }
}

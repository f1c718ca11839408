import ArgumentParser
import Foundation
import Litmus

/// `litmus render`: prints the HTML fragment of one note.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Print the HTML fragment of one note (examples evaluated, math as MathML).",
    discussion: """
      With --no-math --unsafe-html the output is exactly cmark's for ordinary CommonMark. \
      The note is checked as `check` checks it: its diagnostics go to standard error, and the \
      exit status is 1 when a check failed (the fragment is printed all the same), 2 when \
      the note cannot be read or parsed.
      """
  )

  @Argument(help: "A note file, or - for standard input.")
  var file = "-"

  @Flag(help: "Do not recognise $…$, \\(…\\), $$…$$ or \\[…\\] as math.")
  var noMath = false

  @Flag(help: "Let raw HTML through (it is omitted by default, as cmark does).")
  var unsafeHTML = false

  mutating func run() throws {
    let data: Data
    if file == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else if let contents = FileBytes.readNote(file) {
      data = Data(contents)
    } else {
      Output.error("litmus: cannot read \(file)")
      throw ExitCode(2)
    }
    let path = file == "-" ? "<stdin>" : file
    let checked = NoteChecker(options: CheckOptions(math: !noMath)).check(
      bytes: [UInt8](data), path: path)
    guard let html = FragmentRenderer.render(checked, unsafeHTML: unsafeHTML) else {
      for diagnostic in checked.report.diagnostics { Output.error(diagnostic.headline) }
      throw ExitCode(2)
    }
    Output.print(html)
    for diagnostic in checked.report.diagnostics {
      Output.error(diagnostic.headline)
      for detail in diagnostic.details { Output.error("    " + detail) }
    }
    if checked.report.failedCount > 0 { throw ExitCode(1) }
  }
}

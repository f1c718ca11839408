import ArgumentParser
import Foundation
import LitmusEval

/// `litmus eval`: evaluates example statements and prints their values.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Evaluate example statements and print each expression's value.",
    discussion: """
      Each argument is evaluated in one environment, in order; `-` reads statements from \
      standard input. Errors and warnings go to standard error as line:column: messages; \
      evaluation goes on after an error. Exit 0 when nothing failed, 1 otherwise.
      """
  )

  @Argument(help: "Statements to evaluate, or - to read them from standard input.")
  var statements: [String] = []

  @Option(help: "Significant digits to print (1–17; 17 round-trips a Double).")
  var precision = 6

  @Flag(help: "Print JSON Lines: one value (or {\"error\": …}) per expression statement.")
  var json = false

  func validate() throws {
    guard (1...17).contains(precision) else {
      throw ValidationError("--precision must be between 1 and 17, not \(precision)")
    }
    guard !statements.isEmpty else {
      throw ValidationError("give statements to evaluate, or - to read them from standard input")
    }
  }

  /// The number of lines `source` takes (a final newline does not start another one).
  static func lineCount(of source: String) -> Int {
    var lines = 1
    var last: UInt8?
    for byte in source.utf8 {
      if byte == UInt8(ascii: "\n") { lines += 1 }
      last = byte
    }
    return last == UInt8(ascii: "\n") ? lines - 1 : lines
  }

  mutating func run() throws {
    var sources: [String] = []
    for statement in statements {
      if statement == "-" {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
          Output.error("litmus: standard input is not valid UTF-8")
          throw ExitCode(2)
        }
        sources.append(text)
      } else {
        sources.append(statement)
      }
    }
    let evaluator = Evaluator()
    var failed = false
    // The sources are numbered as one text, argument after argument (argument K is line K
    // when each is one line), as if they had been read from standard input together.
    var firstLine = 1
    for source in sources {
      let offset = firstLine - 1
      for result in evaluator.evaluateBlock(source, firstLine: firstLine) {
        let start = SourceLocation(line: result.start.line + offset, column: result.start.column)
        for warning in result.warnings {
          Output.error("\(start): warning: \(warning.description)")
        }
        if let error = result.error {
          failed = true
          let location = SourceLocation(
            line: error.location.line + offset, column: error.location.column)
          if json {
            Output.print(
              "{\"error\": \(Value.string(error.message).jsonFragment), \"line\": \(location.line), "
                + "\"column\": \(location.column)}\n")
          } else {
            Output.error("\(location): error: \(error.message)")
            for note in error.notes { Output.error("    \(note)") }
          }
          continue
        }
        guard result.isExpression, let value = result.value else { continue }
        Output.print((json ? value.jsonFragment : value.formatted(precision: precision)) + "\n")
      }
      firstLine += Self.lineCount(of: source)
    }
    if failed { throw ExitCode(1) }
  }
}

import Foundation
import LitmusEval
import LitmusMarkdown

/// The work for one note: evaluate, generate, compile, run, compare.
struct NoteCompilation {
  let path: String
  let toolchain: SwiftToolchain
  let library: MathLibrary
  let options: CompileOptions
  /// A fresh directory for this note's program (created here).
  let directory: URL

  /// The flags every generated program is compiled with.
  static let flags = [
    "-swift-version", "6", "-Onone", "-diagnostic-style", "llvm", "-no-color-diagnostics",
    "-module-name", "LitmusExample",
  ]

  func run() -> CompiledNote {
    guard let bytes = FileBytes.readNote(path),
      let note = try? NoteParser.parse(
        bytes: bytes, path: path, options: ParseOptions(math: options.math))
    else { return result([], program: "") }
    var builder = ProgramBuilder(path: path)
    let evaluator = Evaluator(limits: options.limits)
    for item in note.items {
      switch item {
      case .example(let block):
        let results = evaluator.evaluateBlock(
          block.source, session: block.attributes.session,
          firstLine: block.lines.first?.position.line ?? block.position.line + 1)
        builder.add(block, results: results)
      case .inlineValue(let span):
        let result = evaluator.evaluateExpression(
          span.expression, session: nil, firstLine: span.expressionPosition.line)
        builder.add(span, result: result)
      }
    }
    let source = builder.source(imports: library.modules)
    let statements = builder.statements
    guard !statements.isEmpty else { return result(builder.leftOut, program: "") }
    let failed = { (message: String) in
      result(
        builder.leftOut + [Diagnostic(.error, path: path, line: 1, column: 1, message: message)],
        program: source, statements: statements.count)
    }
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(source.utf8).write(to: directory.appendingPathComponent("main.swift"))
    } catch {
      return failed("swift: cannot write the generated program: \(error.localizedDescription)")
    }
    let arguments =
      Self.flags + [
        "-I", library.directory.path, "-L", library.directory.path,
      ] + library.modules.reversed().map { "-l" + $0 } + ["main.swift", "-o", "program"]
    guard
      let compiled = ProcessRunner.run(
        toolchain.swiftc, arguments, in: directory, timeout: options.timeout)
    else { return failed("swift: cannot start \(toolchain.swiftc)") }
    if compiled.timedOut {
      return failed("swift: the generated program did not compile in time")
    }
    let swiftDiagnostics = SwiftDiagnostic.parse(compiled.standardError + compiled.standardOutput)
    if !compiled.succeeded {
      var diagnostics = builder.leftOut + map(swiftDiagnostics, statements: statements)
      if !diagnostics.contains(where: { $0.severity == .error }) {
        let detail = (compiled.standardError + compiled.standardOutput)
          .split(separator: "\n").first { $0.contains("error") }.map(String.init)
        diagnostics.append(
          Diagnostic(
            .error, path: path, line: 1, column: 1,
            message: "swift: the generated program did not compile: "
              + (detail ?? "swiftc exited with \(compiled.status)")))
      }
      return result(diagnostics, program: source, statements: statements.count)
    }
    guard
      let ran = ProcessRunner.run(
        directory.appendingPathComponent("program").path, [], in: directory,
        timeout: options.timeout)
    else { return failed("swift: cannot start the compiled program") }
    let (diagnostics, agreed) = compare(ran, statements: statements)
    return result(
      builder.leftOut + diagnostics, program: source, statements: statements.count, agreed: agreed)
  }

  private func result(
    _ diagnostics: [Diagnostic], program: String, statements: Int = 0, agreed: Int = 0
  ) -> CompiledNote {
    CompiledNote(
      path: path, diagnostics: diagnostics, compiledStatements: statements, agreedValues: agreed,
      program: program)
  }

  /// The compiler's errors at note positions; `note:` lines that follow an
  /// error become its details.
  private func map(_ found: [SwiftDiagnostic], statements: [ProgramStatement]) -> [Diagnostic] {
    var mapped: [Diagnostic] = []
    var seen: Set<String> = []
    var index = 0
    while index < found.count {
      let diagnostic = found[index]
      index += 1
      guard diagnostic.severity == .error else { continue }
      var notes: [String] = []
      while index < found.count, found[index].severity == .note {
        let note = found[index]
        if let id = note.statementID, id < statements.count {
          let at = statements[id].position(line: note.line, column: note.column)
          notes.append("note: \(note.message) (line \(at.line), column \(at.column))")
        } else if note.file.isEmpty || note.line == 0 {
          notes.append("note: \(note.message)")
        }
        index += 1
      }
      var position = SourcePosition(line: 1, column: 1, offset: 0)
      var message = "swift: \(diagnostic.message)"
      var details = notes
      if let id = diagnostic.statementID, id < statements.count {
        position = statements[id].position(line: diagnostic.line, column: diagnostic.column)
        details.insert(statements[id].text, at: 0)
      } else if diagnostic.file.hasSuffix("main.swift"),
        let statement = statements.first(where: { $0.scaffolding.contains(diagnostic.line) })
      {
        position = statement.start
        message += " (in the code litmus adds around this statement)"
        details.insert(statement.text, at: 0)
      }
      let key = "\(position.line):\(position.column):\(message)"
      if seen.insert(key).inserted {
        mapped.append(
          Diagnostic(
            .error, path: path, line: position.line, column: position.column, message: message,
            details: details))
      }
    }
    return mapped
  }

  /// Compares the values the program printed with the interpreter's.
  func compare(_ ran: ProcessOutcome, statements: [ProgramStatement])
    -> (diagnostics: [Diagnostic], agreed: Int)
  {
    var printed: [Int: Substring] = [:]
    var reached = -1
    for line in ran.standardOutput.split(separator: "\n") {
      if line.hasPrefix(ProgramPrelude.reachedMarker) {
        reached = Int(line.dropFirst(ProgramPrelude.reachedMarker.count)) ?? reached
      } else if line.hasPrefix(ProgramPrelude.valueMarker) {
        let rest = line.dropFirst(ProgramPrelude.valueMarker.count)
        guard let space = rest.firstIndex(of: " "), let id = Int(rest[..<space]) else { continue }
        printed[id] = rest[rest.index(after: space)...]
      }
    }
    var diagnostics: [Diagnostic] = []
    var agreed = 0
    func report(_ statement: ProgramStatement, _ message: String) {
      diagnostics.append(
        Diagnostic(
          .error, path: path, line: statement.start.line, column: statement.start.column,
          message: "swift: " + message, details: [statement.text]))
    }
    for statement in statements {
      guard let expected = statement.expected else { continue }
      guard let text = printed[statement.id] else { continue }
      guard let value = ProbeValueDecoder.decode(text) else {
        report(statement, "cannot read the value the compiled program printed")
        continue
      }
      if let difference = value.difference(fromInterpreted: expected) {
        report(statement, difference)
      } else {
        agreed += 1
      }
    }
    if !ran.succeeded {
      let why: String
      if ran.timedOut {
        why = "did not finish in time"
      } else {
        let fatal = ran.standardError.split(separator: "\n").first {
          $0.contains("Fatal error") || $0.contains("error:")
        }
        why =
          "stopped here"
          + (fatal.map { ": \($0.trimmingCharacters(in: .whitespaces))" }
            ?? (ran.crashed ? " (signal \(ran.status))" : " (exit status \(ran.status))"))
      }
      let unreached = statements.count { $0.id > reached }
      let suffix =
        switch unreached {
        case 0: ""
        case 1: "; the statement after it did not run"
        default: "; the \(unreached) statements after it did not run"
        }
      if reached >= 0, reached < statements.count {
        report(statements[reached], "the compiled program " + why + suffix)
      } else {
        diagnostics.append(
          Diagnostic(
            .error, path: path, line: 1, column: 1,
            message: "swift: the compiled program " + why + suffix))
      }
    }
    return (diagnostics, agreed)
  }
}

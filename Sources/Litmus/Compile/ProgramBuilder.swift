import Foundation
import LitmusEval
import LitmusMarkdown

/// Turns one note's examples, with the interpreter's results, into one
/// Swift program (`main.swift`).
///
/// Decisions:
/// - Each session (the default one, and each `session=NAME`) becomes one
///   `do { … }` scope of the program, its statements in document order, so
///   sessions stay independent as in the interpreter and one compile serves
///   the whole note. Inline `` `= expr` `` and `` `expr => v` `` spans are
///   expression statements of the default session, where they stand.
/// - Statements are copied byte for byte. An expression statement `e` becomes
///   `let __litmusN = e` followed by a call that prints its value; Swift then
///   types `e` exactly as the expression statement a student would copy.
/// - Every statement the interpreter failed on is left out (and everything
///   after it still compiles, since the names it binds are poisoned in the
///   interpreter too, so their uses fail and are left out as well). A
///   statement stated to fail (`// error:`) is reported as left out; one that
///   fails unstated is already a failure of the ordinary check.
/// - Each statement sits under `#sourceLocation(file: "@N", line: 1)`, so a
///   compiler diagnostic names the statement and its line within it; the
///   builder remembers which note line each emitted line copies.
struct ProgramBuilder {
  /// The note's path, for the diagnostics of left-out statements.
  let path: String
  private var sessionOrder: [String?] = []
  private var chunks: [String?: [(id: Int, lines: [String])]] = [:]
  /// The program's statements, by id.
  private(set) var statements: [ProgramStatement] = []
  /// One warning per statement left out because it is stated to fail.
  private(set) var leftOut: [Diagnostic] = []

  /// Creates an empty program for the note at `path`.
  init(path: String) {
    self.path = path
  }

  /// Adds an example block's statements.
  mutating func add(_ block: ExampleBlock, results: [StatementResult]) {
    let lineTexts = block.lines.map { Array($0.text.utf8) }
    let owners = StatementResult.outcomeOwners(results)
    for (index, result) in results.enumerated() {
      let first = result.start.line - 1
      let last = result.end.line - 1
      guard first >= 0, first <= last, last < lineTexts.count else { continue }
      let start = block.lines[first].position(atByte: result.start.column - 1)
      var pieces: [(text: [UInt8], line: CodeLine, byteDelta: Int)] = []
      for index in first...last {
        let bytes = lineTexts[index]
        let from = index == first ? min(bytes.count, max(0, result.start.column - 1)) : 0
        let to = index == last ? min(bytes.count, max(from, result.end.column)) : bytes.count
        pieces.append((Array(bytes[from..<to]), block.lines[index], from))
      }
      let text = pieces.map { String(decoding: $0.text, as: UTF8.self) }
      let shown = text.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
      if result.error != nil {
        let stated =
          owners[last] == index
          ? block.outcomes.first { $0.kind == .error && $0.statementLine == last } : nil
        if let stated {
          leftOut.append(
            Diagnostic(
              .warning, path: path, line: start.line, column: start.column,
              message: "swift: not compiled: the statement is stated to fail "
                + "(`\(stated.text)`)",
              details: [shown]))
        }
        continue
      }
      let expected = result.isExpression ? result.value.map(ProbeValue.init) : nil
      append(
        session: block.attributes.session, start: start, text: shown,
        lines: zip(text, pieces).map { ($0, $1.line, $1.byteDelta) }, expected: expected,
        isExpression: result.isExpression && result.value != nil)
    }
  }

  /// Adds an inline span's expression (to the default session).
  mutating func add(_ span: InlineValueSpan, result: StatementResult) {
    guard result.error == nil, let value = result.value else { return }
    // cmark turns line endings inside a code span into spaces: one line.
    let text = span.expression.replacingOccurrences(of: "\n", with: " ")
    let line = CodeLine(text: text, position: span.expressionPosition)
    append(
      session: nil, start: span.expressionPosition, text: text, lines: [(text, line, 0)],
      expected: ProbeValue(value), isExpression: true)
  }

  private mutating func append(
    session: String?, start: SourcePosition, text: String,
    lines: [(text: String, line: CodeLine, byteDelta: Int)], expected: ProbeValue?,
    isExpression: Bool
  ) {
    let id = statements.count
    let prefix = isExpression ? "let __litmus\(id) = " : ""
    var emitted = ["__litmusReached(\(id))", "#sourceLocation(file: \"@\(id)\", line: 1)"]
    var origins: [(line: CodeLine, byteDelta: Int)] = []
    for (index, piece) in lines.enumerated() {
      emitted.append(index == 0 ? prefix + piece.text : piece.text)
      origins.append(
        (piece.line, index == 0 ? piece.byteDelta - prefix.utf8.count : piece.byteDelta))
    }
    emitted.append("#sourceLocation()")
    if isExpression { emitted.append("__litmusShow(\(id), __litmus\(id))") }
    statements.append(
      ProgramStatement(
        id: id, start: start, text: text, origins: origins,
        expected: isExpression ? expected : nil, scaffolding: 0...0))
    if chunks[session] == nil { sessionOrder.append(session) }
    chunks[session, default: []].append((id, emitted))
  }

  /// The program's source; also records each statement's line range.
  /// - Parameter imports: The library modules to import besides Foundation
  ///   (LitmusMath, and LitmusPlot when built).
  mutating func source(imports: [String] = ["LitmusMath"]) -> String {
    var lines = ["import Foundation"] + imports.map { "import \($0)" }
    lines += ProgramPrelude.source.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    for session in sessionOrder {
      let name =
        session.map { "session " + $0.filter { $0.isLetter || $0.isNumber } }
        ?? "the default session"
      lines.append("// \(name)")
      lines.append("do {")
      for chunk in chunks[session] ?? [] {
        let first = lines.count + 1
        lines.append(contentsOf: chunk.lines)
        statements[chunk.id].scaffolding = first...lines.count
      }
      lines.append("}")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

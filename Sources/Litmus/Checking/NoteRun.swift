import Foundation
import LitmusEval
import LitmusMarkdown
import LitmusMath
import LitmusTeX

/// The state of checking one note: the interpreter, and the verdicts and
/// diagnostics collected so far.
struct NoteRun {
  let note: Note
  let options: CheckOptions
  let evaluator: Evaluator
  let precision: Int
  private(set) var checks: [CheckedValue] = []
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var statements: [Int: [StatementView]] = [:]
  private(set) var inlineViews: [Int: InlineView] = [:]
  private(set) var mathML: [Int: String] = [:]
  private(set) var edits: [TextEdit] = []
  /// Failing stated numbers whose bytes could not be located in the file, so `fix` leaves
  /// them alone (warnings at the stated value).
  private(set) var unlocatedValues: [Diagnostic] = []
  /// Every evaluation made, in order (``RecordedEvaluation``).
  private(set) var recorded: [RecordedEvaluation] = []
  /// Evaluations to reuse instead of evaluating: an earlier check's, when this note
  /// evaluates exactly the same inputs in the same order.
  private var replay: [RecordedEvaluation] = []

  /// Creates the run of a note.
  /// - Parameters:
  ///   - note: The parsed note.
  ///   - options: How to check.
  ///   - previous: The evaluations of an earlier check of the same note (`fix`
  ///     re-checking what it rewrote); reused only if the note evaluates exactly the
  ///     same inputs, in the same order.
  init(note: Note, options: CheckOptions, reusing previous: [RecordedEvaluation] = []) {
    self.note = note
    self.options = options
    self.evaluator = Evaluator(limits: options.limits)
    self.precision = note.frontMatter.precision ?? 6
    if !previous.isEmpty, RecordedEvaluation.inputs(of: note) == previous.map(\.input),
      RecordedEvaluation.areReusable(previous)
    {
      replay = previous
    }
    for diagnostic in note.diagnostics {
      diagnostics.append(
        Diagnostic(
          .error, path: note.path, line: diagnostic.position.line,
          column: diagnostic.position.column, message: diagnostic.message))
    }
  }

  /// Converts every formula to MathML, reporting TeX problems as warnings
  /// (errors with `strict`).
  mutating func convertMath() {
    let converter = MathMLConverter()
    for span in NoteWalker.mathSpans(in: note) {
      let result = converter.convert(span.tex, display: span.display)
      mathML[span.position.offset] = result.html
      for problem in result.diagnostics {
        let position = Self.position(ofByte: problem.offset, in: span)
        // An unknown command or environment is a warning (the formula shows as
        // its TeX); a formula that cannot be read at all (unbalanced braces,
        // nesting too deep, too long) fails, as does anything under --strict.
        let unknownName =
          problem.message.hasPrefix("unknown command")
          || problem.message.hasPrefix("unknown environment")
        diagnostics.append(
          Diagnostic(
            options.strict || !unknownName ? .error : .warning, path: note.path,
            line: position.line,
            column: position.column, message: problem.message))
      }
    }
  }

  /// The file position of a byte of a formula (on a continuation line inside a block
  /// quote or list item, counted after the line's container prefix).
  private static func position(ofByte offset: Int, in span: MathSpan) -> SourcePosition {
    span.map.position(ofTextByte: max(0, offset)) ?? span.position
  }

  mutating func evaluate() {
    // One large-stack thread for the whole note, not one per block.
    var run = self
    Evaluator.onLargeStack {
      for item in run.note.items {
        switch item {
        case .example(let block): run.evaluate(block)
        case .inlineValue(let span): run.evaluate(span)
        }
      }
    }
    self = run
  }

  // MARK: - Example blocks

  /// The recorded results of `input` when replaying, else `evaluate()`'s; recorded.
  private mutating func results(
    of input: RecordedEvaluation.Input, _ evaluate: () -> [StatementResult]
  ) -> [StatementResult] {
    let index = recorded.count
    let results = index < replay.count ? replay[index].results : evaluate()
    recorded.append(RecordedEvaluation(input: input, results: results))
    return results
  }

  private mutating func evaluate(_ block: ExampleBlock) {
    let evaluator = evaluator
    let results = results(of: RecordedEvaluation.input(of: block)) {
      evaluator.evaluateBlock(
        block.source, session: block.attributes.session,
        firstLine: block.lines.first?.position.line ?? block.position.line + 1)
    }
    let judge = Judge(tolerance: block.attributes.tolerance ?? note.frontMatter.tolerance)
    var outcomesByLine: [Int: [StatedOutcome]] = [:]
    for outcome in block.outcomes {
      outcomesByLine[outcome.statementLine, default: []].append(outcome)
    }
    var views: [StatementView] = []
    let owners = StatementResult.outcomeOwners(results)
    for (index, result) in results.enumerated() {
      let lastLine = result.end.line - 1
      let outcomes =
        owners[lastLine] == index ? outcomesByLine.removeValue(forKey: lastLine) ?? [] : []
      views.append(judgeStatement(result, outcomes: outcomes, in: block, judge: judge))
    }
    for (index, result) in results.enumerated() where owners[result.end.line - 1] == index {
      reportOutcomeOnTheStatementLine(after: result, in: block)
    }
    for outcome in outcomesByLine.values.joined().sorted(by: { $0.position < $1.position }) {
      fail(
        outcome, kind: kind(of: outcome), statement: "",
        message: "this outcome comment follows no statement; put it right under the statement it "
          + "describes", at: outcome.position)
    }
    statements[block.id] = views
  }

  private mutating func judgeStatement(
    _ result: StatementResult, outcomes: [StatedOutcome], in block: ExampleBlock, judge: Judge
  ) -> StatementView {
    let statementText = text(of: result, in: block)
    let start = Self.position(of: result.start, in: block)
    var verdicts: [OutcomeVerdict] = []

    // Errors: stated or not.
    let statedErrors = outcomes.filter { $0.kind == .error }
    let statesValues = outcomes.contains { $0.kind == .value }
    if let error = result.error {
      let errorPosition = Self.position(of: error.location, in: block)
      // With a stated value, the value's failure reports the error (once).
      if statedErrors.isEmpty && !statesValues {
        diagnostics.append(
          Diagnostic(
            .error, path: note.path, line: errorPosition.line, column: errorPosition.column,
            message: error.message,
            details: [statementText] + error.notes))
      }
      for outcome in statedErrors {
        if contains(error.message, outcome.text) {
          pass(outcome, kind: .error, statement: statementText)
          verdicts.append(
            OutcomeVerdict(kind: .error, stated: outcome.text, passed: true, computed: nil))
        } else {
          let message =
            "stated error `\(outcome.text)`, but the statement failed with: \(error.message)"
          fail(
            outcome, kind: .error, statement: statementText, message: message, at: outcome.position)
          verdicts.append(
            OutcomeVerdict(
              kind: .error, stated: outcome.text, passed: false, computed: error.message))
        }
      }
    } else {
      for outcome in statedErrors {
        let happened =
          result.value.map { "value " + $0.formatted(precision: precision) } ?? "no error"
        fail(
          outcome, kind: .error, statement: statementText,
          message: "stated error `\(outcome.text)` did not happen (\(happened))",
          at: outcome.position)
        verdicts.append(
          OutcomeVerdict(kind: .error, stated: outcome.text, passed: false, computed: happened))
      }
    }

    // Warnings: every raised warning must be stated, every stated one raised.
    let statedWarnings = outcomes.filter { $0.kind == .warning }
    var warnings: [(message: String, stated: Bool)] = []
    for warning in result.warnings {
      let message = warning.description
      let isStated = statedWarnings.contains { outcome in
        warning.spellings.contains { contains($0, outcome.text) }
      }
      warnings.append((message, isStated))
      if !isStated {
        diagnostics.append(
          Diagnostic(
            .error, path: note.path, line: start.line, column: start.column,
            message: "unstated warning: \(message)",
            details: [
              statementText, "if it is expected, add `// warning: \(message)` under the statement",
            ]))
      }
    }
    for outcome in statedWarnings {
      if result.warnings.contains(where: { warning in
        warning.spellings.contains { contains($0, outcome.text) }
      }) {
        pass(outcome, kind: .warning, statement: statementText)
        verdicts.append(
          OutcomeVerdict(kind: .warning, stated: outcome.text, passed: true, computed: nil))
      } else {
        let raised = result.warnings.map(\.description).joined(separator: ", ")
        let what = raised.isEmpty ? "no warning was raised" : "raised: \(raised)"
        fail(
          outcome, kind: .warning, statement: statementText,
          message: "stated warning `\(outcome.text)` did not happen (\(what))", at: outcome.position
        )
        verdicts.append(
          OutcomeVerdict(kind: .warning, stated: outcome.text, passed: false, computed: what))
      }
    }

    // Values.
    let formatted = result.value.map { $0.formatted(precision: precision) }
    for outcome in outcomes where outcome.kind == .value {
      let verdict = judgeValue(
        outcome.text, computed: result, statement: statementText, judge: judge,
        statedPosition: outcome.position,
        errorPosition: { Self.position(of: $0.location, in: block) },
        offsetToPosition: { offset in
          outcome.fileOffset(ofTextByte: offset).map {
            Self.filePosition(atOffset: $0, near: outcome)
          }
        },
        fileRange: { range in
          guard !range.isEmpty, let low = outcome.fileOffset(ofTextByte: range.lowerBound),
            let high = outcome.fileOffset(ofTextByte: range.upperBound - 1),
            high + 1 - low == range.count
          else { return nil }
          return low..<(high + 1)
        })
      checks.append(
        CheckedValue(
          kind: .value, line: outcome.position.line, column: outcome.position.column,
          statement: statementText, stated: outcome.text, passed: verdict.passed,
          message: verdict.message))
      verdicts.append(
        OutcomeVerdict(
          kind: .value, stated: outcome.text, passed: verdict.passed, computed: verdict.computed))
    }

    return StatementView(
      firstLine: result.start.line - 1, lastLine: result.end.line - 1,
      value: result.isExpression ? formatted : nil, verdicts: verdicts,
      error: result.error?.message, errorIsStated: result.error != nil && !statedErrors.isEmpty,
      warnings: warnings, figure: Self.figure(of: result))
  }

  /// Judges one stated value text against a statement's result, adding the
  /// failure diagnostic; returns the verdict for display.
  private mutating func judgeValue(
    _ stated: String, computed result: StatementResult, statement: String, judge: Judge,
    statedPosition: SourcePosition, errorPosition: (EvaluationError) -> SourcePosition,
    offsetToPosition: (Int) -> SourcePosition?, fileRange: (Range<Int>) -> Range<Int>?
  ) -> (passed: Bool, message: String?, computed: String?) {
    func failure(_ message: String, at position: SourcePosition, details: [String] = [])
      -> (Bool, String?, String?)
    {
      diagnostics.append(
        Diagnostic(
          .error, path: note.path, line: position.line, column: position.column, message: message,
          details: [statement] + details))
      return (false, message, nil)
    }
    let statedValue: StatedValue
    do {
      statedValue = try StatedValueParser.parse(stated)
    } catch {
      return failure(
        "cannot read the stated value: \(error.message)",
        at: offsetToPosition(error.offset) ?? statedPosition)
    }
    if let error = result.error {
      return failure(
        "\(error.message) (the stated value was not checked)", at: errorPosition(error))
    }
    guard let value = result.value, result.isExpression else {
      return failure(
        "a value is stated, but the statement has none; state values after expressions",
        at: statedPosition)
    }
    let verdict = judge.judge(statedValue, against: ComputedValue(value))
    let shown = value.formatted(precision: precision)
    if verdict.passed { return (true, nil, shown) }
    var details: [String] = []
    if statedValue.numbers.count > 1 {
      for difference in verdict.differences {
        let index = difference.indices.map(String.init).joined(separator: ", ")
        var line = "[\(index)]: stated \(difference.stated), computed \(difference.computed)"
        if difference.computedInFull != difference.computed {
          line += " (\(difference.computedInFull))"
        }
        details.append(line)
      }
    }
    for difference in verdict.differences {
      guard let replacement = difference.replacement else { continue }
      let position = offsetToPosition(replacement.range.lowerBound) ?? statedPosition
      guard let range = fileRange(replacement.range) else {
        unlocatedValues.append(
          Diagnostic(
            .warning, path: note.path, line: position.line, column: position.column,
            message: "could not locate the stated value `\(difference.stated)` in the file, so "
              + "it was left alone; change it to `\(replacement.text)` by hand",
            details: [statement]))
        continue
      }
      edits.append(
        TextEdit(
          range: range, text: replacement.text, expected: difference.stated, position: position))
    }
    let message = verdict.message ?? "stated value does not match"
    let at = verdict.differences.first.flatMap {
      offsetToPosition($0.replacement?.range.lowerBound ?? -1)
    }
    _ = failure(message, at: at ?? statedPosition, details: details)
    return (false, message, shown)
  }

  /// An outcome comment on the statement's own line (`v.sum()  // => 7`) is not checked:
  /// outcomes go on the lines under their statement. It fails, so that a value written
  /// there is never passed over in silence, and the message says where it belongs.
  private mutating func reportOutcomeOnTheStatementLine(
    after result: StatementResult, in block: ExampleBlock
  ) {
    let lineIndex = result.end.line - 1
    guard block.lines.indices.contains(lineIndex) else { return }
    let line = Array(block.lines[lineIndex].text.utf8)
    // After the statement's last byte (`end` is inclusive) comes trivia: spaces, then
    // maybe a comment.
    var index = max(0, result.end.column)
    while index < line.count && (line[index] == 0x20 || line[index] == 0x09) { index += 1 }
    guard index + 1 < line.count, line[index] == 0x2F, line[index + 1] == 0x2F,
      let (kind, _) = OutcomeKind.marker(in: line, body: index + 2)
    else { return }
    let what =
      switch kind {
      case .value: "stated value"
      case .warning: "stated warning"
      case .error: "stated error"
      }
    let position = block.lines[lineIndex].position(atByte: index)
    let comment = String(decoding: line[index...], as: UTF8.self)
    diagnostics.append(
      Diagnostic(
        .error, path: note.path, line: position.line, column: position.column,
        message: "this \(what) is on the statement's line, so it is not checked: "
          + "put `\(comment)` on the next line",
        details: [String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)]))
  }

  // MARK: - Inline spans

  private mutating func evaluate(_ span: InlineValueSpan) {
    let evaluator = evaluator
    let evaluated = results(of: RecordedEvaluation.input(of: span)) {
      [
        evaluator.evaluateExpression(
          span.expression, session: nil, firstLine: span.expressionPosition.line)
      ]
    }
    let result = evaluated[0]
    let base = span.expressionPosition
    func shift(_ location: SourceLocation) -> SourcePosition {
      // A code span's line endings are spaces, so the expression is one line.
      if location.line == 1,
        let position = span.expressionMap.position(ofTextByte: location.column - 1)
      {
        return position
      }
      return SourcePosition(
        line: base.line + location.line - 1,
        column: location.line == 1 ? base.column + location.column - 1 : location.column,
        offset: base.offset)
    }
    if let error = result.error, span.stated == nil {
      let errorPosition = shift(error.location)
      diagnostics.append(
        Diagnostic(
          .error, path: note.path, line: errorPosition.line, column: errorPosition.column,
          message: error.message,
          details: [span.expression] + error.notes))
    }
    for warning in result.warnings {
      diagnostics.append(
        Diagnostic(
          .error, path: note.path, line: base.line, column: base.column,
          message: "unstated warning: \(warning.description)",
          details: [
            span.expression, "inline spans cannot state warnings; move this into an example block",
          ]))
    }
    guard let stated = span.stated else {
      inlineViews[span.id] = InlineView(
        value: result.value.map { $0.formatted(precision: precision) }, stated: nil, passed: nil,
        error: result.error?.message, warnings: result.warnings.map(\.description))
      return
    }
    let statedPosition = span.statedPosition ?? base
    let judge = Judge(tolerance: note.frontMatter.tolerance)
    let verdict = judgeValue(
      stated, computed: result, statement: span.expression, judge: judge,
      statedPosition: statedPosition, errorPosition: { shift($0.location) },
      offsetToPosition: { offset in span.statedMap?.position(ofTextByte: offset) },
      fileRange: { range in span.statedMap?.contiguousFileRange(of: range) })
    checks.append(
      CheckedValue(
        kind: .inline, line: statedPosition.line, column: statedPosition.column,
        statement: span.expression, stated: stated, passed: verdict.passed, message: verdict.message
      ))
    inlineViews[span.id] = InlineView(
      value: verdict.computed ?? result.value.map { $0.formatted(precision: precision) },
      stated: stated, passed: verdict.passed, error: result.error?.message,
      warnings: result.warnings.map(\.description))
  }

  // MARK: - Helpers

  private mutating func pass(_ outcome: StatedOutcome, kind: CheckedValue.Kind, statement: String) {
    checks.append(
      CheckedValue(
        kind: kind, line: outcome.position.line, column: outcome.position.column,
        statement: statement, stated: outcome.text, passed: true, message: nil))
  }

  private mutating func fail(
    _ outcome: StatedOutcome, kind: CheckedValue.Kind, statement: String, message: String,
    at position: SourcePosition
  ) {
    checks.append(
      CheckedValue(
        kind: kind, line: outcome.position.line, column: outcome.position.column,
        statement: statement, stated: outcome.text, passed: false, message: message))
    diagnostics.append(
      Diagnostic(
        .error, path: note.path, line: position.line, column: position.column, message: message,
        details: statement.isEmpty ? [] : [statement]))
  }

  private func kind(of outcome: StatedOutcome) -> CheckedValue.Kind {
    switch outcome.kind {
    case .value: return .value
    case .warning: return .warning
    case .error: return .error
    }
  }

  /// Whether a message contains the stated text, ignoring case.
  private func contains(_ message: String, _ stated: String) -> Bool {
    let needle = Self.trimmed(stated).lowercased()
    return needle.isEmpty ? false : message.lowercased().contains(needle)
  }

  /// The statement's source lines, trimmed and joined.
  private func text(of result: StatementResult, in block: ExampleBlock) -> String {
    let first = max(0, result.start.line - 1)
    let last = min(block.lines.count - 1, result.end.line - 1)
    guard first <= last else { return "" }
    return block.lines[first...last].map { Self.trimmed($0.text) }.joined(separator: " ")
  }

  /// `text` without leading and trailing white space (Foundation's
  /// `trimmingCharacters(in:)` bridges through NSString on Linux: slow per statement).
  private static func trimmed(_ text: String) -> Substring {
    guard let start = text.firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let end = text.lastIndex(where: { !$0.isWhitespace })!
    return text[start...end]
  }

  /// The file position of a location in a block's source.
  private static func position(of location: SourceLocation, in block: ExampleBlock)
    -> SourcePosition
  {
    guard !block.lines.isEmpty else { return block.position }
    let index = min(max(0, location.line - 1), block.lines.count - 1)
    let line = block.lines[index]
    return SourcePosition(
      line: line.position.line, column: line.position.column + location.column - 1,
      offset: line.position.offset + location.column - 1)
  }

  /// The file position of a byte offset inside an outcome's pieces.
  private static func filePosition(atOffset offset: Int, near outcome: StatedOutcome)
    -> SourcePosition
  {
    for piece in outcome.pieces.reversed() where piece.position.offset <= offset {
      return SourcePosition(
        line: piece.position.line, column: piece.position.column + offset - piece.position.offset,
        offset: offset)
    }
    return outcome.position
  }
}

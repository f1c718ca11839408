import LitmusMath
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// Evaluates the example blocks and inline expressions of one note, in
/// document order, against LitmusMath.
///
/// One evaluator holds the note's default environment and its named
/// sessions. Statements that fail poison the names they bind, so later uses
/// report the dependency instead of a second, confusing error. Every
/// statement runs under the ``EvaluationLimits``; the time budget is shared
/// by all calls on one evaluator.
///
/// ```swift
/// let evaluator = Evaluator()
/// let results = evaluator.evaluateBlock("let v: Vector = [3, 3, 4]\nsoftmax(v)")
/// results[1].value?.formatted()  // "[0.211942, 0.211942, 0.576117]"
/// ```
///
/// An evaluator is not thread-safe; use one per note (notes are independent).
/// Each call parses and evaluates on a worker thread with a large stack (and
/// waits for it), so deeply nested input is a limit error, never a stack
/// overflow; floating-point warnings are returned in the results, not
/// reported to a recording the caller has open.
public final class Evaluator {
  /// The limits every statement runs under.
  public let limits: EvaluationLimits
  private var defaultEnvironment = Environment()
  private var sessions: [String: Environment] = [:]
  private var timeSpent: Duration = .zero
  private let interpreter: Interpreter

  /// Creates an evaluator with empty environments.
  /// - Parameter limits: The resource limits (defaults: 10 million elements
  ///   per value, 10 s per evaluator, nesting depth 256).
  public init(limits: EvaluationLimits = .init()) {
    self.limits = limits
    let empty = SourceContext(
      converter: SourceLocationConverter(fileName: "", tree: SourceFileSyntax(statements: [])),
      firstLine: 1)
    interpreter = Interpreter(limits: limits, context: empty)
  }

  /// Runs `body` on one thread with a large stack, so that the evaluations it
  /// makes (of many blocks and expressions) share that thread instead of each
  /// starting its own. Evaluations are safe to nest depth-limited code either way;
  /// this only saves a thread per call.
  /// - Parameter body: The work; its evaluations run on the same thread.
  /// - Returns: What `body` returns.
  public static func onLargeStack<Result>(_ body: () -> Result) -> Result {
    var result: Result?
    LargeStack.run { result = body() }
    return result!
  }

  /// Calls `body(i)` for every `i` in `0..<iterations` concurrently, on one
  /// large-stack thread per processor, and waits for all of them. Evaluations
  /// inside `body` run in place on those threads, so checking many notes starts
  /// a handful of threads rather than one per note.
  /// - Parameters:
  ///   - iterations: How many calls.
  ///   - body: The work for one index; called from several threads at once.
  public static func concurrentlyOnLargeStacks(
    iterations: Int, _ body: @Sendable (Int) -> Void
  ) {
    LargeStack.concurrentPerform(iterations: iterations, body)
  }

  /// Evaluates the statements of an example block.
  ///
  /// The block is parsed once with SwiftParser. Each top-level statement gives
  /// one result; a statement with a syntax error gives one result carrying
  /// the first `SwiftParserDiagnostics` message in it (and poisons the names
  /// it declares), and stray text outside any statement gives one result per
  /// diagnostic.
  /// - Parameters:
  ///   - source: The block's code, lines joined by `\n`.
  ///   - session: A named environment, or `nil` for the note's default one.
  ///   - firstLine: The note line of the block's first line, used only in
  ///     "failed at line N" messages (positions in results stay relative to `source`).
  /// - Returns: One result per statement, in source order.
  public func evaluateBlock(_ source: String, session: String? = nil, firstLine: Int = 1)
    -> [StatementResult]
  {
    if let tooDeep = tooDeep(source) { return [tooDeep] }
    var results: [StatementResult] = []
    LargeStack.run {
      results = evaluateBlockInPlace(source, session: session, firstLine: firstLine)
    }
    return results
  }

  /// A limit error when `source` is longer than the limit, nests brackets deeper than
  /// it, has more square brackets open at once than the parser handles in reasonable
  /// time (``NestingScan/maximumSquareBracketDepth``), or more `<` open at once than its
  /// stack holds (``NestingScan/maximumAngleBracketDepth``), or more `@` than the parser
  /// handles in reasonable time (``NestingScan/maximumAttributeCount``).
  private func tooDeep(_ source: String) -> StatementResult? {
    let size = source.utf8.count
    if size > limits.maximumSourceBytes {
      let location = SourceLocation(line: 1, column: 1)
      return StatementResult(
        start: location, end: location, isExpression: false,
        error: .tooLong(size, limit: limits.maximumSourceBytes, at: location))
    }
    let error: (SourceLocation) -> EvaluationError
    let offset: Int
    if let deep = NestingScan.firstTooDeep(source, limit: limits.maximumDepth) {
      offset = deep
      error = { [limits] in .tooDeep(limits.maximumDepth, at: $0) }
    } else if let square = NestingScan.firstSquareBracketTooDeep(
      source, limit: NestingScan.maximumSquareBracketDepth)
    {
      offset = square
      error = { .squareBracketsTooDeep(NestingScan.maximumSquareBracketDepth, at: $0) }
    } else if let angle = NestingScan.firstAngleBracketTooDeep(
      source, limit: NestingScan.maximumAngleBracketDepth)
    {
      offset = angle
      error = { .angleBracketsTooDeep(NestingScan.maximumAngleBracketDepth, at: $0) }
    } else if let attribute = NestingScan.firstAttributeBeyond(
      source, limit: NestingScan.maximumAttributeCount)
    {
      offset = attribute
      error = { .tooManyAttributes(NestingScan.maximumAttributeCount, at: $0) }
    } else {
      return nil
    }
    let prefix = source.utf8.prefix(offset)
    let line = prefix.count { $0 == UInt8(ascii: "\n") } + 1
    let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { prefix.index(after: $0) }
    let column = prefix.distance(from: lineStart ?? prefix.startIndex, to: prefix.endIndex) + 1
    let location = SourceLocation(line: line, column: column)
    return StatementResult(
      start: location, end: location, isExpression: false, error: error(location))
  }

  private func evaluateBlockInPlace(_ source: String, session: String?, firstLine: Int)
    -> [StatementResult]
  {
    let tree: SourceFileSyntax
    switch parse(source) {
    case .success(let parsed): tree = parsed
    case .failure(let error):
      return [
        StatementResult(
          start: error.location, end: error.location, isExpression: false, error: error)
      ]
    }
    let context = SourceContext(
      converter: SourceLocationConverter(fileName: "", tree: tree), firstLine: firstLine)
    var results: [StatementResult] = []
    var reported = 0
    withEnvironment(session, context: context) { interpreter in
      for item in tree.statements {
        var syntaxError: EvaluationError?
        if item.hasError {
          syntaxError = firstSyntaxError(in: item, context: context, reported: &reported)
        }
        results.append(run(item, syntaxError: syntaxError, interpreter: interpreter))
      }
    }
    // Text the parser could not attach to any statement.
    for child in tree.children(viewMode: .sourceAccurate)
    where child.hasError && !child.is(CodeBlockItemListSyntax.self) {
      if let error = firstSyntaxError(in: child, context: context, reported: &reported) {
        results.append(
          StatementResult(
            start: error.location, end: error.location, isExpression: false, error: error))
      }
    }
    return results.sorted { $0.start < $1.start }
  }

  /// Parses `source` within what is left of the time budget (``BoundedSwiftParse``), and
  /// accounts for the time it took. Once the budget is spent nothing more is parsed, so
  /// that thousands of slow blocks cannot add up.
  private func parse(_ source: String) -> Result<SourceFileSyntax, EvaluationError> {
    let start = SourceLocation(line: 1, column: 1)
    let remaining = limits.timeBudget - timeSpent
    guard remaining > .zero else {
      return .failure(.timeBudgetExceeded(limits.timeBudget, at: start))
    }
    let parsed = BoundedSwiftParse(
      source, maximumNestingLevel: limits.maximumDepth, budget: remaining)
    timeSpent += parsed.cpuTime
    guard let tree = parsed.tree else {
      return .failure(.parsingOutOfTime(limits.timeBudget, at: start))
    }
    return .success(tree)
  }

  /// Evaluates one expression, for inline `` `= expr` `` spans.
  /// - Parameters:
  ///   - source: The expression's text.
  ///   - session: A named environment, or `nil` for the note's default one.
  ///   - firstLine: The note line of the expression, for dependency messages.
  /// - Returns: The expression's result; an error when the text is not
  ///   exactly one expression (declarations and assignments are refused, so
  ///   prose cannot change the environment).
  public func evaluateExpression(_ source: String, session: String? = nil, firstLine: Int = 1)
    -> StatementResult
  {
    if var tooDeep = tooDeep(source) {
      tooDeep.isExpression = true
      return tooDeep
    }
    var result: StatementResult?
    LargeStack.run {
      result = evaluateExpressionInPlace(source, session: session, firstLine: firstLine)
    }
    let start = SourceLocation(line: 1, column: 1)
    return result
      ?? StatementResult(
        start: start, end: start, isExpression: true,
        error: EvaluationError("evaluation did not finish", at: start, kind: .limit))
  }

  private func evaluateExpressionInPlace(_ source: String, session: String?, firstLine: Int)
    -> StatementResult
  {
    let start = SourceLocation(line: 1, column: 1)
    let tree: SourceFileSyntax
    switch parse(source) {
    case .success(let parsed): tree = parsed
    case .failure(let error):
      return StatementResult(start: start, end: start, isExpression: true, error: error)
    }
    let context = SourceContext(
      converter: SourceLocationConverter(fileName: "", tree: tree), firstLine: firstLine)
    if tree.hasError, let diagnostic = ParserDiagnostics.firstDiagnostic(in: tree) {
      let error = Evaluator.syntaxError(
        message: diagnostic.message, position: diagnostic.position, context: context,
        limits: limits)
      return StatementResult(start: start, end: start, isExpression: true, error: error)
    }
    let items = Array(tree.statements)
    guard items.count == 1, let item = items.first, case .expr = item.item,
      Statement.assignmentTarget(
        of: item.item.as(SequenceExprSyntax.self) ?? SequenceExprSyntax(elements: [])) == nil
    else {
      let location = items.first.map { context.location(of: $0) } ?? start
      let error = EvaluationError(
        "expected one expression", at: location, kind: .unsupported)
      return StatementResult(start: location, end: location, isExpression: true, error: error)
    }
    var result = StatementResult(start: start, end: start, isExpression: true)
    withEnvironment(session, context: context) { interpreter in
      result = run(item, syntaxError: nil, interpreter: interpreter)
    }
    return result
  }

  /// Runs `body` with the interpreter set to the session's environment and
  /// the source's context, and accounts for the time it takes.
  private func withEnvironment(
    _ session: String?, context: SourceContext, _ body: (Interpreter) -> Void
  ) {
    let started = CPUClock.now
    interpreter.context = context
    interpreter.deadline = started + (limits.timeBudget - timeSpent)
    interpreter.depth = 0
    // Move the environment out rather than copy it, so that the interpreter holds the
    // only reference and binding a name does not copy every binding (copy-on-write):
    // 20,000 blocks of one `let` each were quadratic.
    if let session {
      interpreter.environment = sessions.removeValue(forKey: session) ?? Environment()
    } else {
      interpreter.environment = defaultEnvironment
      defaultEnvironment = Environment()
    }
    body(interpreter)
    if let session {
      sessions[session] = interpreter.environment
    } else {
      defaultEnvironment = interpreter.environment
    }
    interpreter.environment = Environment()
    timeSpent += CPUClock.now - started
  }

  /// Runs one statement, recording its warnings, and poisons what it binds if it fails.
  private func run(
    _ item: CodeBlockItemSyntax, syntaxError: EvaluationError?, interpreter: Interpreter
  ) -> StatementResult {
    let context = interpreter.context
    let start = context.location(of: item)
    let names = interpreter.boundNames(of: item)
    var result = StatementResult(
      start: start, end: context.endLocation(of: item),
      isExpression: Evaluator.isExpressionStatement(item), boundNames: names)
    if let syntaxError {
      result.error = syntaxError
    } else if CPUClock.now >= interpreter.deadline {
      result.error = .timeBudgetExceeded(limits.timeBudget, at: start)
    } else {
      let (outcome, warnings) = FloatingPointWarnings.recording {
        MathLimits.withMaximumElements(limits.maximumElements) {
          () -> Result<(Value?, Bool), EvaluationError> in
          do throws(EvaluationError) {
            return .success(try interpreter.execute(item))
          } catch {
            return .failure(error)
          }
        }
      }
      result.warnings = warnings
      switch outcome {
      case .success(let (value, isExpression)):
        result.value = value
        result.isExpression = isExpression
      case .failure(let error):
        result.error = error
      }
    }
    if result.error != nil {
      interpreter.poison(item, names: names, line: context.noteLine(start))
    }
    return result
  }

  /// Whether an item is an expression statement (not a declaration or assignment).
  private static func isExpressionStatement(_ item: CodeBlockItemSyntax) -> Bool {
    guard case .expr(let expr) = item.item else { return false }
    if let sequence = expr.as(SequenceExprSyntax.self) {
      return Statement.assignmentOperatorIndex(in: sequence) == nil
    }
    return true
  }

  /// The most syntax errors worked out in detail per block; later regions
  /// just say "syntax error" (diagnosing a region costs time).
  private static let detailedSyntaxErrors = 50

  /// The first parser diagnostic within `node` (which has an error), as a
  /// positioned error. Diagnostics are generated per region, not for the
  /// whole tree, which keeps a block with many broken lines linear.
  private func firstSyntaxError(
    in node: some SyntaxProtocol, context: SourceContext, reported: inout Int
  ) -> EvaluationError? {
    reported += 1
    guard reported <= Evaluator.detailedSyntaxErrors,
      let diagnostic = ParserDiagnostics.firstDiagnostic(in: node)
    else {
      return EvaluationError("syntax error", at: context.location(of: node), kind: .syntax)
    }
    return Evaluator.syntaxError(
      message: diagnostic.message, position: diagnostic.position, context: context,
      limits: limits)
  }

  /// A parser diagnostic as a positioned syntax (or nesting limit) error.
  private static func syntaxError(
    message: String, position: AbsolutePosition, context: SourceContext, limits: EvaluationLimits
  ) -> EvaluationError {
    let location = context.location(at: position)
    if message.contains("maximum nesting level") {
      return .tooDeep(limits.maximumDepth, at: location)
    }
    return EvaluationError(message, at: location, kind: .syntax)
  }
}

import LitmusMath
import SwiftSyntax

/// Runs parsed statements against an environment. One per ``Evaluator``;
/// not thread-safe (an evaluator belongs to one note).
final class Interpreter {
  let limits: EvaluationLimits
  /// The environment statements read and write right now.
  var environment = Environment()
  /// The source being evaluated.
  var context: SourceContext
  /// The current expression nesting depth.
  var depth = 0
  /// The thread CPU time (``CPUClock``) at which the note's time budget runs out.
  var deadline: Duration
  /// Whether the interpreter is only type-checking an operand that does not run
  /// (``speculativeType(_:)``): a library call that fails at run time then stands in for
  /// its result with a placeholder of its result type.
  var isSpeculating = false
  /// Checks the clock only every few steps, to keep the cost negligible.
  private var stepsUntilClockCheck = 0

  init(limits: EvaluationLimits, context: SourceContext) {
    self.limits = limits
    self.context = context
    self.deadline = CPUClock.now + limits.timeBudget
  }

  /// Throws a limit error when the time budget is spent.
  func checkBudget(at node: some SyntaxProtocol) throws(EvaluationError) {
    if stepsUntilClockCheck > 0 {
      stepsUntilClockCheck -= 1
      return
    }
    stepsUntilClockCheck = 16
    if CPUClock.now >= deadline {
      throw .timeBudgetExceeded(limits.timeBudget, at: location(node))
    }
  }

  /// The location of `node` in the current source.
  func location(_ node: some SyntaxProtocol) -> SourceLocation {
    context.location(of: node)
  }

  // MARK: Statements

  /// The names a top-level item binds or assigns, found syntactically so that
  /// they can be poisoned even when the statement fails early.
  func boundNames(of item: CodeBlockItemSyntax) -> [String] {
    switch item.item {
    case .decl(let decl):
      guard let variable = decl.as(VariableDeclSyntax.self) else { return [] }
      return variable.bindings.compactMap {
        $0.pattern.as(IdentifierPatternSyntax.self)?.identifier.text
      }
    case .expr(let expr):
      guard let sequence = expr.as(SequenceExprSyntax.self),
        let target = Statement.assignmentTarget(of: sequence)
      else { return [] }
      return [Statement.rootName(of: target)].compactMap { $0 }
    case .stmt:
      return []
    }
  }

  /// Poisons the names a failed item binds, keeping what is known of them: a declaration's
  /// `var` or `let` and its annotation, an assigned variable's mutability and type.
  /// - Parameters:
  ///   - item: The failed item.
  ///   - names: The names it binds (``boundNames(of:)``).
  ///   - line: The note line of the item.
  func poison(_ item: CodeBlockItemSyntax, names: [String], line: Int) {
    if case .decl(let decl) = item.item {
      let variable = decl.as(VariableDeclSyntax.self)
      let mutable = variable?.bindingSpecifier.tokenKind == .keyword(.var)
      for name in names {
        let binding = variable?.bindings.first {
          $0.pattern.as(IdentifierPatternSyntax.self)?.identifier.text == name
        }
        let type = (binding?.typeAnnotation?.type.trimmedDescription).flatMap {
          ValueType(annotation: $0)
        }
        environment.poison(name, line: line, mutable: mutable, type: type)
      }
      return
    }
    for name in names {
      let binding = environment[name]
      environment.poison(
        name, line: line, mutable: nil, type: binding?.value?.type ?? binding?.type)
    }
  }

  /// Executes one top-level item.
  /// - Returns: The value of an expression statement, `nil` otherwise, and
  ///   whether the item is an expression statement.
  func execute(_ item: CodeBlockItemSyntax) throws(EvaluationError) -> (Value?, Bool) {
    switch item.item {
    case .decl(let decl):
      try declare(decl)
      return (nil, false)
    case .stmt(let statement):
      if let expressionStatement = statement.as(ExpressionStmtSyntax.self) {
        throw .unsupported(construct(of: expressionStatement.expression), at: location(statement))
      }
      throw .unsupported(construct(of: statement), at: location(statement))
    case .expr(let expr):
      if let sequence = expr.as(SequenceExprSyntax.self),
        Statement.assignmentOperatorIndex(in: sequence) != nil
      {
        try assign(sequence)
        return (nil, false)
      }
      return (try evaluate(expr, hint: nil), true)
    }
  }

  /// Executes a `let`/`var` declaration.
  private func declare(_ decl: DeclSyntax) throws(EvaluationError) {
    guard let variable = decl.as(VariableDeclSyntax.self) else {
      throw .unsupported(construct(of: decl), at: location(decl))
    }
    if !variable.attributes.isEmpty || !variable.modifiers.isEmpty {
      throw .unsupported("attributes and modifiers", at: location(variable))
    }
    let mutable = variable.bindingSpecifier.tokenKind == .keyword(.var)
    for binding in variable.bindings {
      guard let pattern = binding.pattern.as(IdentifierPatternSyntax.self) else {
        throw .unsupported("destructuring patterns", at: location(binding.pattern))
      }
      if binding.accessorBlock != nil {
        throw .unsupported("computed properties", at: location(binding))
      }
      let name = pattern.identifier.text
      var annotated: ValueType?
      if let annotation = binding.typeAnnotation {
        guard let type = ValueType(annotation: annotation.type.trimmedDescription) else {
          throw .unsupportedType(annotation.type.trimmedDescription, at: location(annotation.type))
        }
        annotated = type
      }
      guard let initializer = binding.initializer else {
        throw .missingInitializer(name, keyword: mutable ? "var" : "let", at: location(binding))
      }
      var value = try evaluate(initializer.value, hint: annotated)
      if let annotated {
        value = try convert(value, to: annotated, at: initializer.value, specified: true)
      } else if case .closure = value {
        throw .closureNeedsContext(at: location(initializer.value))
      }
      try checkSize(value, at: initializer.value)
      try checkRetained(value, replacing: name, at: initializer.value)
      environment.bind(name, to: value, mutable: mutable)
    }
  }

  /// Checks that a value just made stays within the element limit.
  func checkSize(_ value: Value, at node: some SyntaxProtocol) throws(EvaluationError) {
    if value.elementCount > limits.maximumElements {
      throw .tooManyElements(value.elementCount, limit: limits.maximumElements, at: location(node))
    }
  }

  /// Checks that binding `value` to `name` keeps the environment within the
  /// retained-elements limit.
  func checkRetained(_ value: Value, replacing name: String, at node: some SyntaxProtocol)
    throws(EvaluationError)
  {
    let count = value.elementCount
    guard count > 1 else { return }
    var total = count
    for (other, binding) in environment.bindings where other != name {
      total += binding.value?.elementCount ?? 0
    }
    if total > limits.maximumRetainedElements {
      throw .tooManyRetainedElements(
        total, limit: limits.maximumRetainedElements, at: location(node))
    }
  }

  /// Checks that `value` has type `type`, as Swift's type checker would.
  func convert(
    _ value: Value, to type: ValueType, at node: some SyntaxProtocol, specified: Bool
  ) throws(EvaluationError) -> Value {
    if value.type == type { return value }
    throw .cannotConvert(value.type, to: type, specified: specified, at: location(node))
  }
}

extension Interpreter {
  /// A short name for a construct examples do not support.
  func construct(of node: some SyntaxProtocol) -> String {
    let syntax = Syntax(node)
    switch syntax.kind {
    case .importDecl: return "imports"
    case .functionDecl: return "function declarations"
    case .classDecl, .structDecl, .enumDecl, .actorDecl, .protocolDecl, .extensionDecl,
      .typeAliasDecl:
      return "type declarations"
    case .forStmt, .whileStmt, .repeatStmt: return "loops"
    case .ifExpr: return "`if`"
    case .switchExpr: return "`switch`"
    case .guardStmt: return "`guard`"
    case .returnStmt: return "`return` outside a closure"
    case .throwStmt, .doStmt: return "error handling"
    case .deferStmt: return "`defer`"
    case .macroExpansionExpr, .macroExpansionDecl: return "macros"
    case .ifConfigDecl: return "`#if`"
    case .tryExpr: return "`try`"
    case .awaitExpr: return "`await`"
    case .forceUnwrapExpr: return "force unwrapping"
    case .optionalChainingExpr: return "optionals"
    case .nilLiteralExpr: return "`nil`"
    case .dictionaryExpr: return "dictionaries"
    case .keyPathExpr: return "key paths"
    case .tupleExpr: return "tuples"
    case .regexLiteralExpr: return "regular expressions"
    case .breakStmt, .continueStmt, .fallthroughStmt: return "control transfer"
    default:
      let text = syntax.trimmedDescription
      let short = text.count > 24 ? String(text.prefix(24)) + "…" : text
      return "`\(short)`"
    }
  }
}

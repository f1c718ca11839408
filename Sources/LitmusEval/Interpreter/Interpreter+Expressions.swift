import LitmusMath
import SwiftSyntax

extension Interpreter {
  /// Evaluates an expression.
  /// - Parameters:
  ///   - expr: The expression.
  ///   - hint: The contextual type, which literals take (`nil`: none).
  /// - Returns: The value.
  func evaluate(_ expr: ExprSyntax, hint: ValueType?) throws(EvaluationError) -> Value {
    depth += 1
    defer { depth -= 1 }
    if depth > limits.maximumDepth {
      throw .tooDeep(limits.maximumDepth, at: location(expr))
    }
    try checkBudget(at: expr)
    switch expr.as(ExprSyntaxEnum.self) {
    case .integerLiteralExpr(let literal):
      return try integerLiteral(literal.literal.text, negative: false, hint: hint, at: literal)
    case .floatLiteralExpr(let literal):
      return try floatLiteral(literal.literal.text, negative: false, at: literal)
    case .booleanLiteralExpr(let literal):
      return .bool(literal.literal.tokenKind == .keyword(.true))
    case .stringLiteralExpr(let literal):
      return .string(try stringLiteral(literal))
    case .arrayExpr(let array):
      return try arrayLiteral(array, hint: hint)
    case .declReferenceExpr(let reference):
      return try lookup(reference)
    case .tupleExpr(let tuple):
      guard tuple.elements.count == 1, let only = tuple.elements.first, only.label == nil else {
        throw .unsupported("tuples", at: location(tuple))
      }
      return try evaluate(only.expression, hint: hint)
    case .prefixOperatorExpr(let prefix):
      return try prefixOperator(prefix, hint: hint)
    case .sequenceExpr(let sequence):
      var folding = OperatorFolding(context: context, maximumDepth: limits.maximumDepth)
      let folded = try folding.fold(Array(sequence.elements))
      return try evaluate(folded, hint: hint)
    case .functionCallExpr(let call):
      return try self.call(call, hint: hint)
    case .memberAccessExpr(let member):
      return try memberAccess(member, hint: hint)
    case .subscriptCallExpr(let subscriptCall):
      return try subscriptValue(subscriptCall, hint: hint)
    case .closureExpr(let closure):
      return .closure(try makeClosure(closure))
    case .ternaryExpr(let ternary):
      return try self.ternary(
        condition: .operand(ternary.condition), then: .operand(ternary.thenExpression),
        otherwise: .operand(ternary.elseExpression), node: ternary, hint: hint)
    default:
      throw .unsupported(construct(of: expr), at: location(expr))
    }
  }

  /// Evaluates a folded operator expression.
  func evaluate(_ folded: FoldedExpression, hint: ValueType?) throws(EvaluationError) -> Value {
    switch folded {
    case .operand(let expr):
      return try evaluate(expr, hint: hint)
    case .ternary(let condition, let then, let otherwise, let node):
      depth += 1
      defer { depth -= 1 }
      return try ternary(
        condition: condition, then: .operand(then), otherwise: otherwise, node: node, hint: hint)
    case .binary(let op, let node, let lhs, let rhs):
      depth += 1
      defer { depth -= 1 }
      if depth > limits.maximumDepth {
        throw .tooDeep(limits.maximumDepth, at: location(node))
      }
      return try binary(op, node: node, lhs: lhs, rhs: rhs, hint: hint)
    }
  }

  // MARK: Literals

  /// An integer literal: `Int`, or `Double` where the context wants one.
  func integerLiteral(
    _ text: String, negative: Bool, hint: ValueType?, at node: some SyntaxProtocol
  ) throws(EvaluationError) -> Value {
    let digits = text.filter { $0 != "_" }
    var radix = 10
    var body = Substring(digits)
    for (prefix, base) in [("0x", 16), ("0o", 8), ("0b", 2)] where digits.hasPrefix(prefix) {
      radix = base
      body = body.dropFirst(2)
    }
    let signed = (negative ? "-" : "") + body
    if hint?.makesIntegerLiteralsDouble == true {
      if radix == 10, let x = Double(signed) { return .double(x) }
      if let n = Int(signed, radix: radix) { return .double(Double(n)) }
    }
    guard let n = Int(signed, radix: radix) else {
      throw .integerLiteralOverflow((negative ? "-" : "") + text, at: location(node))
    }
    return .int(n)
  }

  /// A floating-point literal (always `Double`).
  func floatLiteral(_ text: String, negative: Bool, at node: some SyntaxProtocol)
    throws(EvaluationError) -> Value
  {
    let cleaned = (negative ? "-" : "") + text.filter { $0 != "_" }
    guard let x = Double(cleaned) else {
      throw .unsupported("the literal `\(text)`", at: location(node))
    }
    return .double(x)
  }

  /// A string literal without interpolation.
  func stringLiteral(_ literal: StringLiteralExprSyntax) throws(EvaluationError) -> String {
    var result = ""
    let raw = literal.openingPounds != nil
    for segment in literal.segments {
      guard let text = segment.as(StringSegmentSyntax.self) else {
        throw .unsupported("string interpolation", at: location(segment))
      }
      let content = text.content.text
      result += raw ? content : StringEscapes.unescape(content)
    }
    return result
  }

  /// An array literal, typed by its context: `Vector`, `Matrix`, `[Int]`,
  /// `[Double]`; without context `[Int]` or `[Double]` as Swift infers.
  func arrayLiteral(_ array: ArrayExprSyntax, hint: ValueType?) throws(EvaluationError)
    -> Value
  {
    let elements = array.elements.map(\.expression)
    if elements.count > limits.maximumElements {
      throw .tooManyElements(elements.count, limit: limits.maximumElements, at: location(array))
    }
    switch hint {
    case .vector, .doubleArray:
      var doubles: [Double] = []
      doubles.reserveCapacity(elements.count)
      for element in elements {
        let value = try evaluate(element, hint: .double)
        guard case .double(let x) = value else {
          throw .elementType(value.type, expected: .double, at: location(element))
        }
        doubles.append(x)
      }
      return hint == .vector ? .vector(Vector(doubles)) : .doubleArray(doubles)
    case .intArray:
      var ints: [Int] = []
      ints.reserveCapacity(elements.count)
      for element in elements {
        let value = try evaluate(element, hint: .int)
        guard case .int(let n) = value else {
          throw .elementType(value.type, expected: .int, at: location(element))
        }
        ints.append(n)
      }
      return .intArray(ints)
    case .stringArray:
      var strings: [String] = []
      for element in elements {
        let value = try evaluate(element, hint: .string)
        guard case .string(let s) = value else {
          throw .elementType(value.type, expected: .string, at: location(element))
        }
        strings.append(s)
      }
      return .stringArray(strings)
    case .matrix:
      var rows: [[Double]] = []
      var total = 0
      for element in elements {
        let value = try evaluate(element, hint: .doubleArray)
        guard case .doubleArray(let row) = value else {
          throw .elementType(value.type, expected: .doubleArray, at: location(element))
        }
        total += row.count
        if total > limits.maximumElements {
          throw .tooManyElements(total, limit: limits.maximumElements, at: location(array))
        }
        rows.append(row)
      }
      return .matrix(try math(at: array) { () throws(MathError) in try Checked.matrix(rows: rows) })
    case nil:
      return try untypedArrayLiteral(array, elements: elements)
    case let other?:
      throw .arrayLiteralType(other, at: location(array))
    }
  }

  /// An array literal without context: `[Int]` when every element is an
  /// `Int`, `[Double]` when every element is a `Double` or an integer literal.
  private func untypedArrayLiteral(_ array: ArrayExprSyntax, elements: [ExprSyntax])
    throws(EvaluationError) -> Value
  {
    guard !elements.isEmpty else { throw .emptyArrayLiteral(at: location(array)) }
    if elements.contains(where: { $0.is(ArrayExprSyntax.self) }) {
      throw .nestedArrayLiteral(at: location(array))
    }
    var values: [Value] = []
    for element in elements { values.append(try evaluate(element, hint: nil)) }
    if values.allSatisfy({ $0.type == .int }) {
      return .intArray(values.compactMap { if case .int(let n) = $0 { n } else { nil } })
    }
    if values.allSatisfy({ $0.type == .string }) {
      return .stringArray(values.compactMap { if case .string(let s) = $0 { s } else { nil } })
    }
    var doubles: [Double] = []
    for (value, element) in zip(values, elements) {
      switch value {
      case .double(let x): doubles.append(x)
      case .int where Literals.isContextual(element):
        guard case .double(let x) = try evaluate(element, hint: .double) else {
          throw .heterogeneousArray(at: location(array))
        }
        doubles.append(x)
      case .vector, .matrix, .intArray, .doubleArray:
        throw .arrayOfArrays(value.type, at: location(element))
      default:
        throw .heterogeneousArray(at: location(array))
      }
    }
    return .doubleArray(doubles)
  }

  // MARK: Names

  /// The value of a name, or the error that explains why it has none.
  func lookup(_ reference: DeclReferenceExprSyntax) throws(EvaluationError) -> Value {
    if reference.argumentNames != nil {
      throw .unsupported("function references", at: location(reference))
    }
    let name = reference.baseName.text
    if let binding = environment[name] {
      if let value = binding.value { return value }
      throw .dependency(name, line: binding.failedAtLine ?? 0, at: location(reference))
    }
    if Library.functions[name] != nil {
      throw .functionNotCalled(name, at: location(reference))
    }
    if Library.typeNames.contains(name) {
      throw .typeNotCalled(name, at: location(reference))
    }
    throw unknownName(name, at: reference)
  }

  /// An unknown-name error with a "did you mean" suggestion drawn from the
  /// environment and the vocabulary.
  func unknownName(_ name: String, at node: some SyntaxProtocol) -> EvaluationError {
    let candidates = Array(environment.bindings.keys) + Library.vocabulary
    let suggestion = Suggestions.closest(to: name, among: candidates)
    return .unknownName(name, suggestion: suggestion, at: location(node))
  }

  // MARK: Prefix operators

  private func prefixOperator(_ prefix: PrefixOperatorExprSyntax, hint: ValueType?)
    throws(EvaluationError) -> Value
  {
    let op = prefix.operator.text
    let operand = prefix.expression
    if op == "-", let literal = operand.as(IntegerLiteralExprSyntax.self) {
      return try integerLiteral(literal.literal.text, negative: true, hint: hint, at: prefix)
    }
    if op == "-", let literal = operand.as(FloatLiteralExprSyntax.self) {
      return try floatLiteral(literal.literal.text, negative: true, at: prefix)
    }
    let value = try evaluate(operand, hint: hint)
    switch (op, value) {
    case ("-", .int(let n)):
      guard n != Int.min else { throw .integerOverflow("-", at: location(prefix)) }
      return .int(-n)
    case ("-", .double(let x)): return .double(-x)
    case ("-", .vector(let v)): return .vector(-v)
    case ("-", .matrix(let m)): return .matrix(-m)
    case ("+", .int), ("+", .double), ("+", .vector), ("+", .matrix): return value
    case ("!", .bool(let b)): return .bool(!b)
    default:
      throw .unaryOperator(op, value.type, at: location(prefix))
    }
  }

  // MARK: Closures

  /// A closure literal: its parameter names and body, capturing the environment.
  func makeClosure(_ closure: ClosureExprSyntax) throws(EvaluationError) -> InterpretedClosure {
    var parameters: [String] = []
    if let signature = closure.signature {
      if signature.effectSpecifiers != nil || signature.returnClause != nil
        || signature.capture != nil || !signature.attributes.isEmpty
      {
        throw .unsupported("closure signatures other than parameter names", at: location(signature))
      }
      switch signature.parameterClause {
      case .simpleInput(let names):
        parameters = names.map(\.name.text)
      case .parameterClause(let clause):
        for parameter in clause.parameters {
          if let type = parameter.type, ValueType(annotation: type.trimmedDescription) == nil {
            throw .unsupportedType(type.trimmedDescription, at: location(type))
          }
          parameters.append((parameter.secondName ?? parameter.firstName).text)
        }
      case nil:
        break
      }
    } else {
      let highest = Literals.highestAnonymousParameter(in: closure.statements)
      if let highest { parameters = (0...highest).map { "$\($0)" } }
    }
    return InterpretedClosure(
      parameters: parameters, body: closure.statements, captured: environment, context: context)
  }

  /// Calls an example closure with arguments, in its captured environment.
  /// - Parameters:
  ///   - closure: The closure.
  ///   - arguments: Its arguments, one per parameter.
  ///   - node: The call, for positions.
  ///   - resultHint: The result type the caller expects, which a literal result
  ///     takes as Swift infers it (`{ z in 1 }` returns `1.0` where a `Double` is expected).
  /// - Returns: The value of its last statement (an expression or `return`).
  func callClosure(
    _ closure: InterpretedClosure, with arguments: [Value], at node: some SyntaxProtocol,
    resultHint: ValueType? = nil
  )
    throws(EvaluationError) -> Value
  {
    guard closure.parameters.count == arguments.count else {
      throw .closureArity(closure.parameters.count, expected: arguments.count, at: location(node))
    }
    let savedEnvironment = environment
    let savedContext = context
    defer {
      environment = savedEnvironment
      context = savedContext
    }
    environment = closure.captured
    context = closure.context
    for (name, value) in zip(closure.parameters, arguments) {
      environment.bind(name, to: value, mutable: false)
    }
    var result: Value?
    let statements = Array(closure.body)
    for (index, item) in statements.enumerated() {
      let isLast = index == statements.count - 1
      switch item.item {
      case .stmt(let statement):
        guard let returnStatement = statement.as(ReturnStmtSyntax.self), isLast,
          let expression = returnStatement.expression
        else { throw .unsupported(construct(of: statement), at: location(statement)) }
        result = try evaluate(expression, hint: resultHint)
      case .expr(let expr) where isLast:
        result = try evaluate(expr, hint: resultHint)
      default:
        _ = try execute(item)
      }
    }
    guard let result else { throw .emptyClosure(at: location(node)) }
    return result
  }
}

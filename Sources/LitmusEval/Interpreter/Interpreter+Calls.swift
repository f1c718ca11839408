import LitmusMath
import LitmusPlot
import SwiftSyntax

/// One argument of a call as written.
struct WrittenArgument {
  /// The label, `nil` when unlabeled.
  var label: String?
  /// The argument expression.
  var expression: ExprSyntax
  /// Whether it is a trailing closure.
  var isTrailingClosure: Bool
  /// The node to point at for label errors.
  var node: Syntax
}

extension Interpreter {
  /// A function, initializer or method call.
  func call(_ call: FunctionCallExprSyntax, hint: ValueType?) throws(EvaluationError) -> Value {
    if let extra = call.additionalTrailingClosures.first {
      throw .unsupported("more than one trailing closure", at: location(extra))
    }
    var arguments = call.arguments.map {
      WrittenArgument(
        label: $0.label?.text, expression: $0.expression, isTrailingClosure: false,
        node: Syntax($0))
    }
    if let closure = call.trailingClosure {
      arguments.append(
        WrittenArgument(
          label: nil, expression: ExprSyntax(closure), isTrailingClosure: true,
          node: Syntax(closure)))
    }
    let callee = call.calledExpression
    if let reference = callee.as(DeclReferenceExprSyntax.self) {
      let name = reference.baseName.text
      if let overloads = Library.functions[name] {
        var preferred = overloads
        if hint?.makesIntegerLiteralsDouble == true, Literals.genericNumericFunctions.contains(name)
        {
          // `max(1, 2)` where a Double is wanted is Swift's generic `max<Double>`.
          let isDouble = { (overload: Overload) in
            overload.parameters.allSatisfy { $0.type == .value(.double) }
          }
          preferred = overloads.filter(isDouble) + overloads.filter { !isDouble($0) }
        }
        return try resolve(
          name, overloads: preferred, arguments: arguments, receiver: nil, call: call)
      }
      if let binding = environment[name] {
        guard let value = binding.value else {
          throw .dependency(name, line: binding.failedAtLine ?? 0, at: location(reference))
        }
        guard case .closure(let closure) = value else {
          throw .notCallable(value.type, at: location(reference))
        }
        if let labeled = arguments.first(where: { $0.label != nil }) {
          throw .closureLabels(at: location(labeled.node))
        }
        var values: [Value] = []
        for argument in arguments { values.append(try evaluate(argument.expression, hint: nil)) }
        return try callClosure(closure, with: values, at: call)
      }
      throw unknownName(name, at: reference)
    }
    if let member = callee.as(MemberAccessExprSyntax.self), let base = member.base {
      let name = member.declName.baseName.text
      let receiver = try evaluate(base, hint: nil)
      guard let overloads = Library.methods[receiver.type]?[name] else {
        throw unknownMember(name, of: receiver, at: member.declName)
      }
      return try resolve(
        name, overloads: overloads, arguments: arguments, receiver: receiver, call: call)
    }
    throw .unsupported("calling `\(callee.trimmedDescription)`", at: location(callee))
  }

  /// An unknown member, with a suggestion among the type's members.
  func unknownMember(_ name: String, of receiver: Value, at node: some SyntaxProtocol)
    -> EvaluationError
  {
    let candidates =
      Array((Library.methods[receiver.type] ?? [:]).keys)
      + Library.propertyNames(of: receiver.type)
    let suggestion = Suggestions.closest(to: name, among: candidates)
    return .unknownMember(name, of: receiver.type, suggestion: suggestion, at: location(node))
  }

  /// Matches written arguments to an overload's parameters by label.
  /// - Returns: For each parameter, the index of its argument (`nil` when
  ///   defaulted), or `nil` when the labels do not fit.
  private func match(_ overload: Overload, _ arguments: [WrittenArgument]) -> [Int?]? {
    var mapping: [Int?] = []
    var next = 0
    for parameter in overload.parameters {
      if next < arguments.count {
        let argument = arguments[next]
        let fits =
          argument.isTrailingClosure
          ? { if case .closure = parameter.type { true } else { false } }()
          : argument.label == parameter.label
        if fits {
          mapping.append(next)
          next += 1
          continue
        }
      }
      guard parameter.hasDefault else { return nil }
      mapping.append(nil)
    }
    return next == arguments.count ? mapping : nil
  }

  /// Resolves an overload by argument labels and value kinds, as Swift
  /// would, and calls it.
  func resolve(
    _ name: String, overloads: [Overload], arguments: [WrittenArgument], receiver: Value?,
    call: FunctionCallExprSyntax
  ) throws(EvaluationError) -> Value {
    let candidates = overloads.compactMap { overload in
      match(overload, arguments).map { (overload, $0) }
    }
    guard !candidates.isEmpty else {
      let written = "(" + arguments.map { ($0.label ?? "_") + ":" }.joined() + ")"
      let valid = Array(Set(overloads.map { $0.name(name) })).sorted()
      let at = arguments.first { $0.label != nil }?.node ?? Syntax(call)
      throw .wrongLabels(name, written: written, valid: valid, at: location(at))
    }
    // Arguments whose type does not depend on context are evaluated once.
    var fixed: [Int: Value] = [:]
    for (index, argument) in arguments.enumerated()
    where !Literals.isContextual(argument.expression) {
      fixed[index] = try evaluate(argument.expression, hint: nil)
    }
    var firstTypeError: EvaluationError?
    var kindMatches = 0
    candidateLoop: for (overload, mapping) in candidates {
      var values: [Value?] = Array(repeating: nil, count: overload.parameters.count)
      for (parameterIndex, argumentIndex) in mapping.enumerated() {
        guard let argumentIndex, let value = fixed[argumentIndex] else { continue }
        guard value.type == overload.parameters[parameterIndex].type.hint else {
          continue candidateLoop
        }
        values[parameterIndex] = value
      }
      kindMatches += 1
      for (parameterIndex, argumentIndex) in mapping.enumerated() {
        guard let argumentIndex, fixed[argumentIndex] == nil else { continue }
        let parameter = overload.parameters[parameterIndex]
        let expression = arguments[argumentIndex].expression
        do throws(EvaluationError) {
          let value = try evaluate(expression, hint: parameter.type.hint)
          guard value.type == parameter.type.hint else {
            throw EvaluationError.cannotConvert(
              value.type, to: parameter.type.hint, specified: false, at: location(expression))
          }
          values[parameterIndex] = value
        } catch  where error.kind == .type {
          firstTypeError = firstTypeError ?? error
          continue candidateLoop
        }
      }
      return try invoke(name, overload, values: values, receiver: receiver, call: call)
    }
    if kindMatches == 1, let firstTypeError { throw firstTypeError }
    throw noMatchingOverload(
      name, candidates: candidates.map(\.0), arguments: arguments, fixed: fixed, call: call)
  }

  /// Runs an overload's body, turning LitmusMath errors into positioned errors.
  ///
  /// A safety net for floating-point warnings: a call whose inputs are all finite but whose
  /// result holds NaN or ±∞, and that raised no warning itself, reports one under its own name
  /// ("invalid value in numericalGradient", "overflow in softmaxJacobian"), so no library
  /// function can overflow silently. The check scans the result once per call, outside the
  /// library's kernels, and only while warnings are being recorded.
  private func invoke(
    _ name: String, _ overload: Overload, values: [Value?], receiver: Value?,
    call: FunctionCallExprSyntax
  ) throws(EvaluationError) -> Value {
    do throws(EvaluationError) {
      let value = try run(name, overload, values: values, receiver: receiver, call: call)
      assert(
        value.type == overload.result, "\(name) returned \(value.type), not \(overload.result)")
      return value
    } catch  where isSpeculating && !Interpreter.isCompileTime(error.kind) {
      // Only type-checking: stand in for the result (Interpreter+Branches.swift).
      guard let placeholder = Value.placeholder(of: overload.result) else { throw error }
      return placeholder
    }
  }

  /// Runs an overload's body (see ``invoke(_:_:values:receiver:call:)``).
  private func run(
    _ name: String, _ overload: Overload, values: [Value?], receiver: Value?,
    call: FunctionCallExprSyntax
  ) throws(EvaluationError) -> Value {
    let arguments = CallArguments(
      values: values, receiver: receiver, node: Syntax(call), interpreter: self)
    let value: Value
    do {
      if FloatingPointWarnings.isRecording {
        let (result, raised) = try FloatingPointWarnings.recording { try overload.body(arguments) }
        value = result
        if raised.isEmpty, !value.isFinite,
          values.allSatisfy({ $0?.isFinite ?? true }), receiver?.isFinite ?? true
        {
          FloatingPointWarnings.report(
            FloatingPointWarning(kind: value.containsNaN ? .invalid : .overflow, operation: name))
        }
      } else {
        value = try overload.body(arguments)
      }
    } catch let error as EvaluationError {
      throw error
    } catch let error as MathError {
      throw EvaluationError.math(error, at: location(call))
    } catch let error as PlotError {
      throw EvaluationError(error.message, at: location(call), kind: .math)
    } catch {
      throw EvaluationError("\(error)", at: location(call), kind: .math)
    }
    try checkSize(value, at: call)
    return value
  }

  /// The error for arguments of kinds no overload takes, naming the kinds
  /// given and the overloads that exist, and saying how to annotate an array.
  private func noMatchingOverload(
    _ name: String, candidates: [Overload], arguments: [WrittenArgument], fixed: [Int: Value],
    call: FunctionCallExprSyntax
  ) -> EvaluationError {
    var kinds: [String] = []
    var arrayArgument: (name: String, type: ValueType, wanted: ValueType, node: Syntax)?
    for (index, argument) in arguments.enumerated() {
      let value = fixed[index] ?? (try? evaluate(argument.expression, hint: nil))
      let label = argument.label.map { $0 + ": " } ?? ""
      kinds.append(label + (value.map { $0.type.swiftName } ?? "literal"))
      if let value, value.type == .intArray || value.type == .doubleArray,
        let reference = argument.expression.as(DeclReferenceExprSyntax.self)
      {
        let wanted = candidates.lazy.compactMap { overload -> ValueType? in
          guard index < overload.parameters.count else { return nil }
          let type = overload.parameters[index].type.hint
          return type == .vector || type == .matrix ? type : nil
        }.first
        if let wanted {
          arrayArgument = (reference.baseName.text, value.type, wanted, Syntax(argument.expression))
        }
      }
    }
    if let arrayArgument {
      return .arrayNeedsAnnotation(
        arrayArgument.name, type: arrayArgument.type, wanted: arrayArgument.wanted,
        at: location(arrayArgument.node))
    }
    let signatures = Array(Set(candidates.map { $0.signature(name) })).sorted()
    return .noOverload(
      name, given: "(" + kinds.joined(separator: ", ") + ")", candidates: signatures,
      at: location(call))
  }

  // MARK: Members and subscripts

  /// `value.property`, `Double.pi`, or `.infinity` in a `Double` context.
  func memberAccess(_ member: MemberAccessExprSyntax, hint: ValueType?) throws(EvaluationError)
    -> Value
  {
    let name = member.declName.baseName.text
    guard let base = member.base else {
      let scalarHint = hint?.makesIntegerLiteralsDouble == true ? ValueType.double : hint
      guard let scalarHint, let value = Library.staticMember(name, of: scalarHint) else {
        throw .implicitMember(name, at: location(member))
      }
      return value
    }
    if let reference = base.as(DeclReferenceExprSyntax.self),
      environment[reference.baseName.text] == nil,
      let type = ValueType(annotation: reference.baseName.text), type == .double || type == .int
    {
      guard let value = Library.staticMember(name, of: type) else {
        throw .unknownStaticMember(name, of: type, at: location(member.declName))
      }
      return value
    }
    let receiver = try evaluate(base, hint: nil)
    if let value = Library.property(name, of: receiver) { return value }
    if Library.methods[receiver.type]?[name] != nil {
      throw .methodNotCalled(name, at: location(member.declName))
    }
    throw unknownMember(name, of: receiver, at: member.declName)
  }

  /// `v[i]`, `m[r, c]`, `labels[i]`.
  /// An array literal's element takes a contextual `Double` as Swift infers it: `[1, 2][0]`
  /// is `1.0` where a `Double` is wanted.
  func subscriptValue(_ subscriptCall: SubscriptCallExprSyntax, hint: ValueType?)
    throws(EvaluationError) -> Value
  {
    var baseHint: ValueType?
    if let array = subscriptCall.calledExpression.as(ArrayExprSyntax.self),
      hint?.makesIntegerLiteralsDouble == true,
      !array.elements.contains(where: { $0.expression.is(ArrayExprSyntax.self) })
    {
      baseHint = .doubleArray
    }
    let base = try evaluate(subscriptCall.calledExpression, hint: baseHint)
    let indices = try subscriptIndices(subscriptCall)
    return try element(of: base, at: indices, node: subscriptCall)
  }

  /// The `Int` indices of a subscript.
  func subscriptIndices(_ subscriptCall: SubscriptCallExprSyntax) throws(EvaluationError) -> [Int] {
    var indices: [Int] = []
    for argument in subscriptCall.arguments {
      if let label = argument.label {
        throw .subscriptLabel(label.text, at: location(argument))
      }
      let value = try evaluate(argument.expression, hint: .int)
      guard case .int(let index) = value else {
        throw .subscriptIndexType(value.type, at: location(argument.expression))
      }
      indices.append(index)
    }
    return indices
  }

  /// The element of a vector, matrix or array at `indices`.
  func element(of base: Value, at indices: [Int], node: some SyntaxProtocol)
    throws(EvaluationError) -> Value
  {
    switch (base, indices.count) {
    case (.vector(let v), 1):
      return .double(
        try math(at: node) { () throws(MathError) in try Checked.element(v, at: indices[0]) })
    case (.matrix(let m), 2):
      return .double(
        try math(at: node) { () throws(MathError) in
          try Checked.element(m, row: indices[0], column: indices[1])
        })
    case (.intArray(let a), 1):
      guard a.indices.contains(indices[0]) else {
        throw .math(.indexOutOfRange(index: indices[0], count: a.count), at: location(node))
      }
      return .int(a[indices[0]])
    case (.doubleArray(let a), 1):
      guard a.indices.contains(indices[0]) else {
        throw .math(.indexOutOfRange(index: indices[0], count: a.count), at: location(node))
      }
      return .double(a[indices[0]])
    default:
      throw .subscriptShape(base.type, count: indices.count, at: location(node))
    }
  }
}

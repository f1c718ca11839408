import LitmusMath

/// Every message the interpreter produces, in one place. Type errors use
/// Swift's own wording where Swift has one, so the notes read like Swift.
extension EvaluationError {
  static func unsupported(_ construct: String, at location: SourceLocation) -> Self {
    Self("\(construct) are not supported in examples", at: location, kind: .unsupported)
      .withSingular(construct)
  }

  /// Fixes the verb for constructs named in the singular (`` `if` ``, `this assignment`).
  private func withSingular(_ construct: String) -> Self {
    let plural = construct.hasSuffix("s") && !construct.hasPrefix("`")
    if plural { return self }
    var copy = self
    copy.message = "\(construct) is not supported in examples"
    return copy
  }

  static func unsupportedType(_ type: String, at location: SourceLocation) -> Self {
    Self(
      "type `\(type)` is not supported in examples; use Vector, Matrix, Double, Int, "
        + "[Int], [Double], Bool or String",
      at: location, kind: .unsupported)
  }

  static func missingInitializer(_ name: String, keyword: String, at location: SourceLocation)
    -> Self
  {
    Self(
      "`\(name)` needs an initial value: `\(keyword) \(name) = …`", at: location,
      kind: .unsupported)
  }

  static func closureNeedsContext(at location: SourceLocation) -> Self {
    Self(
      "a closure needs a context: pass it to a function such as `numericalGradient(at:of:)`",
      at: location, kind: .unsupported)
  }

  static func timeBudgetExceeded(_ budget: Duration, at location: SourceLocation) -> Self {
    let seconds =
      Double(budget.components.seconds) + Double(budget.components.attoseconds) / 1e18
    return Self(
      "time budget of \(ScalarText.general(seconds, precision: 3)) s for this note is exhausted",
      at: location, kind: .limit)
  }

  static func parsingOutOfTime(_ budget: Duration, at location: SourceLocation) -> Self {
    let seconds =
      Double(budget.components.seconds) + Double(budget.components.attoseconds) / 1e18
    return Self(
      "time budget of \(ScalarText.general(seconds, precision: 3)) s for this note ran out "
        + "while parsing this block (the Swift parser's lookahead is slow on text such as "
        + "`a<a<a<…`)", at: location, kind: .limit)
  }

  static func tooDeep(_ limit: Int, at location: SourceLocation) -> Self {
    Self(
      "expression is nested too deeply (the limit is \(limit) levels)", at: location, kind: .limit)
  }

  static func squareBracketsTooDeep(_ limit: Int, at location: SourceLocation) -> Self {
    Self(
      "more than \(limit) square brackets open at once; the Swift parser takes exponential "
        + "time on them", at: location, kind: .limit)
  }

  static func angleBracketsTooDeep(_ limit: Int, at location: SourceLocation) -> Self {
    Self(
      "more than \(limit) `<` open at once; the Swift parser nests generic arguments one "
        + "level for each", at: location, kind: .limit)
  }

  static func tooManyAttributes(_ limit: Int, at location: SourceLocation) -> Self {
    Self(
      "more than \(limit) `@` in one block; attributes are not supported in examples, and "
        + "the Swift parser takes exponential time on nested ones", at: location, kind: .limit)
  }

  static func tooLong(_ size: Int, limit: Int, at location: SourceLocation) -> Self {
    Self(
      "example code is too long: \(size) bytes exceeds the limit of \(limit); split it",
      at: location, kind: .limit)
  }

  static func tooManyElements(_ count: Int, limit: Int, at location: SourceLocation) -> Self {
    Self("too many elements: \(count) exceeds the limit of \(limit)", at: location, kind: .limit)
  }

  static func tooManyRetainedElements(_ count: Int, limit: Int, at location: SourceLocation)
    -> Self
  {
    Self(
      "too many elements kept by this note's names: \(count) exceeds the limit of \(limit)",
      at: location, kind: .limit)
  }

  static func tooMuchWork(_ n: Int, _ k: Int, _ m: Int, limit: Int, at location: SourceLocation)
    -> Self
  {
    Self(
      "product of \(n)×\(k) and \(k)×\(m) is too much work: more than \(limit) multiply-adds",
      at: location, kind: .limit)
  }

  static func math(_ error: MathError, at location: SourceLocation) -> Self {
    let kind: EvaluationErrorKind =
      switch error {
      case .tooManyElements, .tooManyMatrixElements: .limit
      default: .math
      }
    return Self(error.description, at: location, kind: kind)
  }

  static func dependency(_ name: String, line: Int, at location: SourceLocation) -> Self {
    Self("depends on `\(name)`, which failed at line \(line)", at: location, kind: .dependency)
  }

  static func unknownName(_ name: String, suggestion: String?, at location: SourceLocation)
    -> Self
  {
    let hint = suggestion.map { "; did you mean `\($0)`?" } ?? ""
    return Self(
      "unknown name `\(name)`\(hint)", at: location, kind: .unknownName, suggestion: suggestion)
  }

  static func unknownMember(
    _ name: String, of type: ValueType, suggestion: String?, at location: SourceLocation
  ) -> Self {
    let hint = suggestion.map { "; did you mean `\($0)`?" } ?? ""
    return Self(
      "value of type '\(type.swiftName)' has no member '\(name)'\(hint)", at: location,
      kind: .unknownName, suggestion: suggestion)
  }

  static func unknownStaticMember(_ name: String, of type: ValueType, at location: SourceLocation)
    -> Self
  {
    Self("type '\(type.swiftName)' has no member '\(name)'", at: location, kind: .unknownName)
  }

  static func implicitMember(_ name: String, at location: SourceLocation) -> Self {
    Self(
      "cannot infer contextual base in reference to member '\(name)'; write `Double.\(name)`",
      at: location, kind: .type)
  }

  static func functionNotCalled(_ name: String, at location: SourceLocation) -> Self {
    Self("`\(name)` is a function; call it: `\(name)(…)`", at: location, kind: .type)
  }

  static func typeNotCalled(_ name: String, at location: SourceLocation) -> Self {
    Self("`\(name)` is a type; create a value: `\(name)(…)`", at: location, kind: .type)
  }

  static func methodNotCalled(_ name: String, at location: SourceLocation) -> Self {
    Self("`\(name)` is a method; call it: `.\(name)()`", at: location, kind: .type)
  }

  static func notCallable(_ type: ValueType, at location: SourceLocation) -> Self {
    Self(
      "cannot call value of non-function type '\(type.swiftName)'", at: location, kind: .type)
  }

  static func closureLabels(at location: SourceLocation) -> Self {
    Self("closures take no argument labels", at: location, kind: .labels)
  }

  static func closureArity(_ count: Int, expected: Int, at location: SourceLocation) -> Self {
    Self(
      "closure takes \(count) parameter\(count == 1 ? "" : "s") but is called with \(expected)",
      at: location, kind: .type)
  }

  static func closureResult(_ type: ValueType, expected: ValueType, at location: SourceLocation)
    -> Self
  {
    Self(
      "closure returns '\(type.swiftName)' but must return '\(expected.swiftName)'",
      at: location, kind: .type)
  }

  static func emptyClosure(at location: SourceLocation) -> Self {
    Self("closure has no value: end it with an expression", at: location, kind: .type)
  }

  static func wrongLabels(
    _ name: String, written: String, valid: [String], at location: SourceLocation
  ) -> Self {
    Self(
      "no `\(name)` takes the labels \(written); use "
        + valid.map { "`\($0)`" }.joined(separator: ", "),
      at: location, kind: .labels, notes: valid)
  }

  static func noOverload(
    _ name: String, given: String, candidates: [String], at location: SourceLocation
  ) -> Self {
    Self(
      "no `\(name)` accepts \(given); expected "
        + candidates.map { "`\($0)`" }.joined(separator: " or "),
      at: location, kind: .type, notes: candidates)
  }

  static func arrayNeedsAnnotation(
    _ name: String, type: ValueType, wanted: ValueType, at location: SourceLocation
  ) -> Self {
    Self(
      "cannot convert value of type '\(type.swiftName)' to expected argument type "
        + "'\(wanted.swiftName)'; declare it with a type: `let \(name): \(wanted.swiftName) = …`",
      at: location, kind: .type)
  }

  static func cannotConvert(
    _ type: ValueType, to wanted: ValueType, specified: Bool, at location: SourceLocation
  ) -> Self {
    Self(
      "cannot convert value of type '\(type.swiftName)' to \(specified ? "specified" : "expected argument") type '\(wanted.swiftName)'",
      at: location, kind: .type)
  }

  static func cannotAssign(_ type: ValueType, to wanted: ValueType, at location: SourceLocation)
    -> Self
  {
    Self(
      "cannot assign value of type '\(type.swiftName)' to type '\(wanted.swiftName)'",
      at: location, kind: .type)
  }

  static func assignToLet(_ name: String, at location: SourceLocation) -> Self {
    Self(
      "cannot assign to value: '\(name)' is a 'let' constant; declare it with `var`",
      at: location, kind: .assignment)
  }

  static func binaryOperator(
    _ op: String, _ lhs: ValueType, _ rhs: ValueType, at location: SourceLocation
  ) -> Self {
    Self(
      "binary operator '\(op)' cannot be applied to operands of type '\(lhs.swiftName)' and '\(rhs.swiftName)'",
      at: location, kind: .type)
  }

  static func unaryOperator(_ op: String, _ type: ValueType, at location: SourceLocation) -> Self {
    Self(
      "unary operator '\(op)' cannot be applied to an operand of type '\(type.swiftName)'",
      at: location, kind: .type)
  }

  static func remainderOnDouble(_ op: String = "%", at location: SourceLocation) -> Self {
    let method = op == "%" ? "truncatingRemainder" : "formTruncatingRemainder"
    return Self(
      "'\(op)' is unavailable for Double: use \(method)(dividingBy:)", at: location,
      kind: .type)
  }

  static func ternaryMismatch(
    _ then: ValueType, _ otherwise: ValueType, at location: SourceLocation
  ) -> Self {
    Self(
      "result values in '? :' expression have mismatching types '\(then.swiftName)' and "
        + "'\(otherwise.swiftName)'", at: location, kind: .type)
  }

  static func conditionNotBool(_ type: ValueType, at location: SourceLocation) -> Self {
    Self(
      "type '\(type.swiftName)' cannot be used as a boolean; test for '!= 0' instead",
      at: location, kind: .type)
  }

  static func integerOverflow(_ op: String, at location: SourceLocation) -> Self {
    Self("arithmetic overflow in integer `\(op)`", at: location, kind: .runtime)
  }

  static func integerDivisionByZero(_ op: String, at location: SourceLocation) -> Self {
    Self(
      "division by zero in integer `\(op)`; write a Double (`1.0`) for floating-point division",
      at: location, kind: .runtime)
  }

  static func integerLiteralOverflow(_ text: String, at location: SourceLocation) -> Self {
    Self("integer literal '\(text)' overflows when stored into 'Int'", at: location, kind: .type)
  }

  static func intConversion(_ x: Double, at location: SourceLocation) -> Self {
    Self(
      "cannot convert \(ScalarText.general(x, precision: 17)) to Int: not a finite number in Int's range",
      at: location, kind: .runtime)
  }

  static func badRange(_ lower: String, _ upper: String, at location: SourceLocation) -> Self {
    Self(
      "range requires lower bound <= upper bound, got \(lower) and \(upper)", at: location,
      kind: .math)
  }

  static func elementType(_ type: ValueType, expected: ValueType, at location: SourceLocation)
    -> Self
  {
    Self(
      "cannot convert value of type '\(type.swiftName)' to expected element type '\(expected.swiftName)'",
      at: location, kind: .type)
  }

  static func arrayLiteralType(_ type: ValueType, at location: SourceLocation) -> Self {
    Self(
      "cannot convert array literal to type '\(type.swiftName)'", at: location, kind: .type)
  }

  static func emptyArrayLiteral(at location: SourceLocation) -> Self {
    Self(
      "empty collection literal requires an explicit type: `let v: Vector = []`", at: location,
      kind: .type)
  }

  static func nestedArrayLiteral(at location: SourceLocation) -> Self {
    Self(
      "nested array literal needs a type: `let m: Matrix = [[…], […]]`", at: location, kind: .type)
  }

  static func heterogeneousArray(at location: SourceLocation) -> Self {
    Self(
      "heterogeneous array literal: elements must all be Int or all Double", at: location,
      kind: .type)
  }

  static func arrayOfArrays(_ type: ValueType, at location: SourceLocation) -> Self {
    Self(
      "arrays of '\(type.swiftName)' are not supported; use `Matrix(rows: …)` for rows",
      at: location, kind: .unsupported)
  }

  static func subscriptLabel(_ label: String, at location: SourceLocation) -> Self {
    Self("subscripts take no argument labels, found `\(label):`", at: location, kind: .labels)
  }

  static func subscriptIndexType(_ type: ValueType, at location: SourceLocation) -> Self {
    Self(
      "cannot convert value of type '\(type.swiftName)' to expected argument type 'Int'",
      at: location, kind: .type)
  }

  static func subscriptShape(_ type: ValueType, count: Int, at location: SourceLocation) -> Self {
    let usage =
      switch type {
      case .matrix: "; write `m[row, column]`"
      case .vector, .intArray, .doubleArray: "; write `v[index]`"
      default: ""
      }
    return Self(
      "value of type '\(type.swiftName)' has no subscript with \(count) index\(count == 1 ? "" : "es")\(usage)",
      at: location, kind: .type)
  }
}

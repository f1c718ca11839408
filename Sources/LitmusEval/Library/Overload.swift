/// One overload of a library function, initializer or method, with the code
/// that runs it over LitmusMath's `Checked` API.
struct Overload: Sendable {
  /// The parameters, in order.
  var parameters: [Parameter]
  /// The type of the value the body returns (for type-checking a call that fails at run
  /// time, in an operand that does not run).
  var result: ValueType
  /// The implementation; it throws `MathError` from `Checked` or
  /// ``EvaluationError``.
  var body: @Sendable (CallArguments) throws -> Value

  /// Creates an overload from a compact label list (`"logits:label:"`,
  /// `"_:_:"`), parameter types and result type.
  init(
    _ labels: String, _ types: [ParameterType], defaults: Set<Int> = [],
    returns result: ValueType, _ body: @escaping @Sendable (CallArguments) throws -> Value
  ) {
    self.result = result
    let names = labels.split(separator: ":", omittingEmptySubsequences: true).map(String.init)
    parameters = types.enumerated().map { index, type in
      let label = index < names.count && names[index] != "_" ? names[index] : nil
      return Parameter(label: label, type: type, hasDefault: defaults.contains(index))
    }
    self.body = body
  }

  /// The Swift name with labels, `crossEntropy(logits:label:)`.
  func name(_ base: String) -> String {
    base + "(" + parameters.map { ($0.label ?? "_") + ":" }.joined() + ")"
  }

  /// The signature with types, `crossEntropy(logits: Vector, label: Int)`.
  func signature(_ base: String) -> String {
    let list = parameters.map { parameter in
      (parameter.label.map { $0 + ": " } ?? "") + parameter.type.swiftName
    }
    return base + "(" + list.joined(separator: ", ") + ")"
  }
}

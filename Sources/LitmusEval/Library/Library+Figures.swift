import LitmusMath
import LitmusPlot

extension Library {
  private static let vector = ParameterType.value(.vector)
  private static let matrix = ParameterType.value(.matrix)
  private static let range = ParameterType.value(.doubleRange)
  private static let string = ParameterType.value(.string)
  private static let strings = ParameterType.value(.stringArray)
  private static let function = ParameterType.closure(input: .double, output: .double)

  /// `plot`, `bars` and `heatmap` from LitmusPlot: an expression statement
  /// whose value is a figure, drawn as SVG under the statement.
  ///
  /// Decision: sampling calls the example's closure a few hundred times;
  /// floating-point warnings it raises count like any other (so `-log(p)`
  /// plotted from `p = 0` states `// warning: division by zero`).
  static var figureFunctions: [String: [Overload]] {
    [
      "plot": [
        Overload(
          "_:label:title:xLabel:yLabel:_:", [range, string, string, string, string, function],
          defaults: [1, 2, 3, 4], returns: .figure
        ) { arguments in
          let range = try arguments.range(0)
          return .figure(
            try arguments.withScalarFunction(5) { f in
              try CheckedPlot.plot(
                range, label: arguments.optionalString(1), title: arguments.optionalString(2),
                xLabel: arguments.optionalString(3), yLabel: arguments.optionalString(4), f)
            })
        }
      ],
      "bars": [
        Overload(
          "_:labels:title:xLabel:yLabel:", [vector, strings, string, string, string],
          defaults: [1, 2, 3, 4], returns: .figure
        ) { arguments in
          .figure(
            try CheckedPlot.bars(
              arguments.vector(0), labels: arguments.optionalStrings(1),
              title: arguments.optionalString(2), xLabel: arguments.optionalString(3),
              yLabel: arguments.optionalString(4)))
        }
      ],
      "heatmap": [
        Overload("_:labels:title:", [matrix, strings, string], defaults: [1, 2], returns: .figure) {
          arguments in
          .figure(
            try CheckedPlot.heatmap(
              arguments.matrix(0), labels: arguments.optionalStrings(1),
              title: arguments.optionalString(2)))
        }
      ],
    ]
  }

  /// The methods of a figure: `figure.plot(label:) { x in … }` adds a curve.
  static var figureMethods: [String: [Overload]] {
    [
      "plot": [
        Overload("label:_:", [string, function], defaults: [0], returns: .figure) { arguments in
          guard case .figure(let figure) = arguments.receiver else {
            throw EvaluationError(
              "internal error: the receiver is not a figure",
              at: arguments.interpreter.location(arguments.node), kind: .type)
          }
          return .figure(
            try arguments.withScalarFunction(1) { f in
              try CheckedPlot.plot(adding: figure, label: arguments.optionalString(0), f)
            })
        }
      ]
    ]
  }
}

extension CallArguments {
  /// The `String` argument at `index`, or `nil` when omitted.
  fileprivate func optionalString(_ index: Int) throws -> String? {
    guard has(index) else { return nil }
    guard index < values.count, case .string(let s) = values[index] else {
      throw EvaluationError(
        "internal error: argument \(index + 1) is not a String",
        at: interpreter.location(node), kind: .type)
    }
    return s
  }

  /// The `[String]` argument at `index`, or `nil` when omitted.
  fileprivate func optionalStrings(_ index: Int) throws -> [String]? {
    guard has(index) else { return nil }
    guard index < values.count, case .stringArray(let a) = values[index] else {
      throw EvaluationError(
        "internal error: argument \(index + 1) is not a [String]",
        at: interpreter.location(node), kind: .type)
    }
    return a
  }

  /// Wraps the example closure at `index` as a Swift function from `Double`
  /// to `Double` (a literal result, as in `{ x in 1 }`, is a `Double`, as Swift
  /// infers it) and calls `body` with it; an error inside the closure propagates,
  /// positioned inside the closure.
  fileprivate func withScalarFunction<T>(
    _ index: Int, _ body: ((Double) throws -> Double) throws -> T
  ) throws -> T {
    guard index < values.count, case .closure(let closure) = values[index] else {
      throw EvaluationError(
        "internal error: argument \(index + 1) is not a closure",
        at: interpreter.location(node), kind: .type)
    }
    return try body { x in
      let output = try interpreter.callClosure(
        closure, with: [.double(x)], at: node, resultHint: .double)
      guard case .double(let y) = output else {
        throw EvaluationError.closureResult(
          output.type, expected: .double, at: interpreter.location(node))
      }
      return y
    }
  }
}

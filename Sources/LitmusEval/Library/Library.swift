import LitmusMath
import SwiftSyntax

/// The example language's vocabulary: LitmusMath's public API with its real
/// names and labels, plus the Swift scalars a note may use (`exp`, `log`,
/// `sqrt`, `abs`, `max`, `min`, `pow` on `Double`, `Double.pi`, `Double(n)`,
/// `Int(x)`). Nothing here reaches files, processes, the network or the
/// environment.
enum Library {
  private static let vector = ParameterType.value(.vector)
  private static let matrix = ParameterType.value(.matrix)
  private static let double = ParameterType.value(.double)
  private static let int = ParameterType.value(.int)
  private static let ints = ParameterType.value(.intArray)
  private static let doubles = ParameterType.value(.doubleArray)
  private static let range = ParameterType.value(.doubleRange)

  /// Applies a scalar function and reports its floating-point warning.
  private static func scalar(_ name: String, _ x: Double, _ f: (Double) -> Double) -> Value {
    let y = f(x)
    FloatingPointWarnings.check(operation: name, inputs: [x], result: y)
    return .double(y)
  }

  /// Swift (with Foundation, as a student's program imports it) rejects
  /// `exp(1)` and `log(2)` as "ambiguous use": an integer literal fits the
  /// `Float`, `Double`, `CGFloat` and `Float80` overloads alike (`sqrt` and
  /// `pow` are generic and take `Double`). So does the interpreter; found by
  /// `litmus check --compile`.
  private static func rejectIntegerLiteral(_ name: String, _ arguments: CallArguments)
    throws(EvaluationError)
  {
    guard let call = arguments.node.as(FunctionCallExprSyntax.self),
      let argument = call.arguments.first?.expression, Literals.isContextual(argument)
    else { return }
    throw EvaluationError(
      "ambiguous use of '\(name)': an integer literal fits Float, Double and CGFloat alike; "
        + "write a Double literal such as `\(name)(1.0)`",
      at: arguments.interpreter.location(arguments.node), kind: .type)
  }

  /// Free functions and initializers by name.
  static let functions: [String: [Overload]] = {
    var table: [String: [Overload]] = [:]
    func add(_ name: String, _ overloads: Overload...) { table[name, default: []] += overloads }

    // Initializers.
    add(
      "Vector",
      Overload("_:", [doubles], returns: .vector) { .vector(try Checked.vector($0.doubles(0))) },
      Overload("repeating:count:", [double, int], returns: .vector) {
        .vector(try Checked.vector(repeating: $0.double(0), count: $0.int(1)))
      })
    add(
      "Matrix",
      Overload("rows:", [matrix], returns: .matrix) { .matrix(try $0.matrix(0)) },
      Overload("rows:columns:repeating:", [int, int, double], returns: .matrix) {
        .matrix(try Checked.matrix(rows: $0.int(0), columns: $0.int(1), repeating: $0.double(2)))
      },
      Overload("rows:columns:elements:", [int, int, doubles], returns: .matrix) {
        .matrix(try Checked.matrix(rows: $0.int(0), columns: $0.int(1), elements: $0.doubles(2)))
      })
    add(
      "Double",
      Overload("_:", [int], returns: .double) { .double(Double(try $0.int(0))) },
      Overload("_:", [double], returns: .double) { .double(try $0.double(0)) })
    add(
      "Int",
      Overload("_:", [int], returns: .int) { .int(try $0.int(0)) },
      Overload("_:", [double], returns: .int) { arguments in
        let x = try arguments.double(0)
        guard let n = Int(exactly: x.rounded(.towardZero)) else {
          throw EvaluationError.intConversion(x, at: arguments.interpreter.location(arguments.node))
        }
        return .int(n)
      })

    // Swift's scalar functions.
    add(
      "exp",
      Overload("_:", [double], returns: .double) { arguments in
        try rejectIntegerLiteral("exp", arguments)
        return scalar("exp", try arguments.double(0), ScalarMath.exponential)
      })
    add(
      "log",
      Overload("_:", [double], returns: .double) { arguments in
        try rejectIntegerLiteral("log", arguments)
        return scalar("log", try arguments.double(0), ScalarMath.logarithm)
      })
    add(
      "sqrt",
      Overload("_:", [double], returns: .double) {
        scalar("sqrt", try $0.double(0), ScalarMath.squareRoot)
      })
    add(
      "pow",
      Overload("_:_:", [double, double], returns: .double) { arguments in
        let (x, y) = (try arguments.double(0), try arguments.double(1))
        let result = ScalarMath.power(x, y)
        FloatingPointWarnings.check(operation: "power", inputs: [x, y], result: result)
        return .double(result)
      })
    add(
      "abs",
      Overload("_:", [int], returns: .int) { arguments in
        let n = try arguments.int(0)
        guard n != .min else {
          throw EvaluationError.integerOverflow(
            "abs", at: arguments.interpreter.location(arguments.node))
        }
        return .int(abs(n))
      },
      Overload("_:", [double], returns: .double) { .double(abs(try $0.double(0))) })
    add(
      "max",
      Overload("_:_:", [int, int], returns: .int) { .int(max(try $0.int(0), try $0.int(1))) },
      Overload("_:_:", [double, double], returns: .double) {
        .double(max(try $0.double(0), try $0.double(1)))
      })
    add(
      "min",
      Overload("_:_:", [int, int], returns: .int) { .int(min(try $0.int(0), try $0.int(1))) },
      Overload("_:_:", [double, double], returns: .double) {
        .double(min(try $0.double(0), try $0.double(1)))
      })

    // Element-wise functions.
    add(
      "exp",
      Overload("_:", [vector], returns: .vector) { .vector(LitmusMath.exp(try $0.vector(0))) },
      Overload("_:", [matrix], returns: .matrix) { .matrix(LitmusMath.exp(try $0.matrix(0))) })
    add(
      "log",
      Overload("_:", [vector], returns: .vector) { .vector(LitmusMath.log(try $0.vector(0))) },
      Overload("_:", [matrix], returns: .matrix) { .matrix(LitmusMath.log(try $0.matrix(0))) })
    add(
      "sqrt",
      Overload("_:", [vector], returns: .vector) { .vector(LitmusMath.sqrt(try $0.vector(0))) },
      Overload("_:", [matrix], returns: .matrix) { .matrix(LitmusMath.sqrt(try $0.matrix(0))) })
    add(
      "abs",
      Overload("_:", [vector], returns: .vector) { .vector(LitmusMath.abs(try $0.vector(0))) },
      Overload("_:", [matrix], returns: .matrix) { .matrix(LitmusMath.abs(try $0.matrix(0))) })
    add(
      "relu",
      Overload("_:", [vector], returns: .vector) { .vector(relu(try $0.vector(0))) },
      Overload("_:", [matrix], returns: .matrix) { .matrix(relu(try $0.matrix(0))) })
    add(
      "clip",
      Overload("_:to:", [vector, range], returns: .vector) {
        .vector(clip(try $0.vector(0), to: try $0.range(1)))
      },
      Overload("_:to:", [matrix, range], returns: .matrix) {
        .matrix(clip(try $0.matrix(0), to: try $0.range(1)))
      })

    // Linear algebra.
    add(
      "dot",
      Overload("_:_:", [vector, vector], returns: .double) {
        .double(try Checked.dot($0.vector(0), $0.vector(1)))
      })
    add(
      "outer",
      Overload("_:_:", [vector, vector], returns: .matrix) {
        .matrix(try Checked.outer($0.vector(0), $0.vector(1)))
      })
    add(
      "matmul",
      Overload("_:_:", [matrix, matrix], returns: .matrix) { arguments in
        let (a, b) = (try arguments.matrix(0), try arguments.matrix(1))
        try arguments.checkWork(a.rows, a.columns, b.columns)
        return .matrix(try Checked.matmul(a, b))
      },
      Overload("_:_:", [matrix, vector], returns: .vector) {
        .vector(try Checked.matmul($0.matrix(0), $0.vector(1)))
      }
    )

    // Softmax and friends.
    add(
      "naiveSoftmax",
      Overload("_:", [vector], returns: .vector) { .vector(naiveSoftmax(try $0.vector(0))) },
      Overload("_:", [matrix], returns: .matrix) { .matrix(naiveSoftmax(try $0.matrix(0))) })
    add(
      "softmax",
      Overload("_:", [vector], returns: .vector) { .vector(softmax(try $0.vector(0))) },
      Overload("_:", [matrix], returns: .matrix) { .matrix(softmax(try $0.matrix(0))) })
    add(
      "logSumExp",
      Overload("_:", [vector], returns: .double) { .double(logSumExp(try $0.vector(0))) },
      Overload("_:", [matrix], returns: .vector) { .vector(logSumExp(try $0.matrix(0))) })
    add(
      "logSoftmax",
      Overload("_:", [vector], returns: .vector) { .vector(logSoftmax(try $0.vector(0))) },
      Overload("_:", [matrix], returns: .matrix) { .matrix(logSoftmax(try $0.matrix(0))) })
    add(
      "oneHot",
      Overload("_:count:", [int, int], returns: .vector) {
        .vector(try Checked.oneHot($0.int(0), count: $0.int(1)))
      },
      Overload("_:count:", [ints, int], returns: .matrix) {
        .matrix(try Checked.oneHot($0.ints(0), count: $0.int(1)))
      })

    // Cross-entropy.
    add(
      "crossEntropy",
      Overload("_:_:", [vector, vector], returns: .double) {
        .double(try Checked.crossEntropy($0.vector(0), $0.vector(1)))
      },
      Overload("_:label:", [vector, int], returns: .double) {
        .double(try Checked.crossEntropy($0.vector(0), label: $0.int(1)))
      },
      Overload("logits:label:", [vector, int], returns: .double) {
        .double(try Checked.crossEntropy(logits: $0.vector(0), label: $0.int(1)))
      },
      Overload("logits:labels:", [matrix, ints], returns: .double) {
        .double(try Checked.crossEntropy(logits: $0.matrix(0), labels: $0.ints(1)))
      },
      Overload("_:_:", [matrix, matrix], returns: .double) {
        .double(try Checked.crossEntropy($0.matrix(0), $0.matrix(1)))
      })
    table["TwoLayerNetwork"] = networkInitializers
    for (name, overloads) in gradientFunctions { table[name, default: []] += overloads }
    for (name, overloads) in figureFunctions { table[name, default: []] += overloads }
    return table
  }()

  /// Methods by receiver type and name.
  static let methods: [ValueType: [String: [Overload]]] = {
    var table: [ValueType: [String: [Overload]]] = [:]
    table[.vector] = [
      "sum": [Overload("", [], returns: .double) { .double(try $0.receiverVector().sum()) }],
      "max": [Overload("", [], returns: .double) { .double(try Checked.max($0.receiverVector())) }],
      "min": [Overload("", [], returns: .double) { .double(try Checked.min($0.receiverVector())) }],
      "mean": [
        Overload("", [], returns: .double) { .double(try Checked.mean($0.receiverVector())) }
      ],
      "argmax": [Overload("", [], returns: .int) { .int(try Checked.argmax($0.receiverVector())) }],
      "argmin": [Overload("", [], returns: .int) { .int(try Checked.argmin($0.receiverVector())) }],
    ]
    table[.matrix] = [
      "sum": [Overload("", [], returns: .double) { .double(try $0.receiverMatrix().sum()) }],
      "max": [Overload("", [], returns: .double) { .double(try Checked.max($0.receiverMatrix())) }],
      "min": [Overload("", [], returns: .double) { .double(try Checked.min($0.receiverMatrix())) }],
      "mean": [
        Overload("", [], returns: .double) { .double(try Checked.mean($0.receiverMatrix())) }
      ],
      "transposed": [
        Overload("", [], returns: .matrix) { .matrix(try $0.receiverMatrix().transposed()) }
      ],
      "rowSums": [
        Overload("", [], returns: .vector) { .vector(try $0.receiverMatrix().rowSums()) }
      ],
      "columnSums": [
        Overload("", [], returns: .vector) { .vector(try $0.receiverMatrix().columnSums()) }
      ],
      "row": [
        Overload("_:", [int], returns: .vector) {
          .vector(try Checked.row($0.receiverMatrix(), $0.int(0)))
        }
      ],
      "column": [
        Overload("_:", [int], returns: .vector) {
          .vector(try Checked.column($0.receiverMatrix(), $0.int(0)))
        }
      ],
    ]
    table[.network] = networkMethods
    table[.figure] = figureMethods
    return table
  }()

  /// Properties by receiver type and name.
  static func property(_ name: String, of value: Value) -> Value? {
    switch (value, name) {
    case (.vector(let v), "count"): .int(v.count)
    case (.vector(let v), "elements"): .doubleArray(v.elements)
    case (.vector(let v), "isEmpty"): .bool(v.elements.isEmpty)
    case (.vector(let v), "indices"): .intRange(0..<v.count)
    case (.matrix(let m), "rows"): .int(m.rows)
    case (.matrix(let m), "columns"): .int(m.columns)
    case (.matrix(let m), "elements"): .doubleArray(m.elements)
    case (.intArray(let a), "count"): .int(a.count)
    case (.intArray(let a), "isEmpty"): .bool(a.isEmpty)
    case (.doubleArray(let a), "count"): .int(a.count)
    case (.doubleArray(let a), "isEmpty"): .bool(a.isEmpty)
    case (.stringArray(let a), "count"): .int(a.count)
    case (.stringArray(let a), "isEmpty"): .bool(a.isEmpty)
    case (.string(let s), "count"): .int(s.count)
    case (.double(let x), "isNaN"): .bool(x.isNaN)
    case (.double(let x), "isFinite"): .bool(x.isFinite)
    case (.double(let x), "isInfinite"): .bool(x.isInfinite)
    case (.double(let x), "magnitude"): .double(x.magnitude)
    case (.doubleRange(let r), "lowerBound"): .double(r.lowerBound)
    case (.doubleRange(let r), "upperBound"): .double(r.upperBound)
    default: networkProperty(name, of: value)
    }
  }

  /// The property names of a value's type, for suggestions.
  static func propertyNames(of type: ValueType) -> [String] {
    switch type {
    case .vector: ["count", "elements", "isEmpty", "indices"]
    case .matrix: ["rows", "columns", "elements"]
    case .intArray, .doubleArray, .stringArray: ["count", "isEmpty"]
    case .string: ["count"]
    case .double: ["isNaN", "isFinite", "isInfinite", "magnitude"]
    case .doubleRange: ["lowerBound", "upperBound"]
    case .network, .gradients: ["w1", "b1", "w2", "b2"]
    default: []
    }
  }

  /// Static members of the scalar types (`Double.pi`, `.infinity`, `Int.max`).
  static func staticMember(_ name: String, of type: ValueType) -> Value? {
    switch (type, name) {
    case (.double, "pi"): .double(.pi)
    case (.double, "infinity"): .double(.infinity)
    case (.double, "nan"): .double(.nan)
    case (.double, "greatestFiniteMagnitude"): .double(.greatestFiniteMagnitude)
    case (.double, "leastNonzeroMagnitude"): .double(.leastNonzeroMagnitude)
    case (.double, "leastNormalMagnitude"): .double(.leastNormalMagnitude)
    case (.double, "ulpOfOne"): .double(.ulpOfOne)
    case (.int, "max"): .int(.max)
    case (.int, "min"): .int(.min)
    default: nil
    }
  }

  /// Names of types that can be called as initializers or have static members.
  static let typeNames: Set<String> = ["Vector", "Matrix", "Double", "Int", "TwoLayerNetwork"]

  /// Every name an example can use without declaring it, for suggestions.
  static let vocabulary: [String] = Array(functions.keys) + ["Bool", "String", "true", "false"]
}

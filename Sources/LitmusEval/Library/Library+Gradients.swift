import LitmusMath

extension Library {
  private static let vector = ParameterType.value(.vector)
  private static let matrix = ParameterType.value(.matrix)
  private static let double = ParameterType.value(.double)
  private static let int = ParameterType.value(.int)
  private static let ints = ParameterType.value(.intArray)

  /// Jacobians, analytic gradients, numerical gradients and relative errors.
  static var gradientFunctions: [String: [Overload]] {
    [
      "softmaxJacobian": [
        Overload("_:", [vector], returns: .matrix) {
          .matrix(try Checked.softmaxJacobian($0.vector(0)))
        }
      ],
      "crossEntropyGradient": [
        Overload("_:_:", [vector, vector], returns: .vector) {
          .vector(try Checked.crossEntropyGradient($0.vector(0), $0.vector(1)))
        }
      ],
      "softmaxCrossEntropyGradient": [
        Overload("logits:label:", [vector, int], returns: .vector) {
          .vector(try Checked.softmaxCrossEntropyGradient(logits: $0.vector(0), label: $0.int(1)))
        },
        Overload("logits:labels:", [matrix, ints], returns: .matrix) {
          .matrix(try Checked.softmaxCrossEntropyGradient(logits: $0.matrix(0), labels: $0.ints(1)))
        },
      ],
      "linearWeightGradient": [
        Overload("input:outputGradient:", [vector, vector], returns: .matrix) {
          .matrix(
            try Checked.linearWeightGradient(input: $0.vector(0), outputGradient: $0.vector(1)))
        },
        Overload("input:outputGradient:", [matrix, matrix], returns: .matrix) { arguments in
          let (x, g) = (try arguments.matrix(0), try arguments.matrix(1))
          try arguments.checkWork(x.columns, x.rows, g.columns)
          return .matrix(try Checked.linearWeightGradient(input: x, outputGradient: g))
        },
      ],
      "numericalGradient": [
        Overload(
          "at:step:of:", [vector, double, .closure(input: .vector, output: .double)], defaults: [1],
          returns: .vector
        ) { arguments in
          let (point, step) = (try arguments.vector(0), try arguments.double(1, default: 1e-5))
          return .vector(
            try arguments.withVectorFunction(2) { f in
              try Checked.numericalGradient(at: point, step: step, of: f)
            })
        },
        Overload(
          "at:step:of:", [matrix, double, .closure(input: .matrix, output: .double)], defaults: [1],
          returns: .matrix
        ) { arguments in
          let (point, step) = (try arguments.matrix(0), try arguments.double(1, default: 1e-5))
          return .matrix(
            try arguments.withMatrixFunction(2) { f in
              try Checked.numericalGradient(at: point, step: step, of: f)
            })
        },
      ],
      "relativeError": [
        Overload("_:_:", [vector, vector], returns: .double) {
          .double(try Checked.relativeError($0.vector(0), $0.vector(1)))
        },
        Overload("_:_:", [matrix, matrix], returns: .double) {
          .double(try Checked.relativeError($0.matrix(0), $0.matrix(1)))
        },
        Overload("_:_:", [double, double], returns: .double) {
          .double(relativeError(try $0.double(0), try $0.double(1)))
        },
      ],
    ]
  }
}

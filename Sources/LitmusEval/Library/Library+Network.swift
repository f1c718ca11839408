import LitmusMath

extension Library {
  private static let vector = ParameterType.value(.vector)
  private static let matrix = ParameterType.value(.matrix)
  private static let ints = ParameterType.value(.intArray)

  /// `TwoLayerNetwork(w1:b1:w2:b2:)`.
  static var networkInitializers: [Overload] {
    [
      Overload("w1:b1:w2:b2:", [matrix, vector, matrix, vector], returns: .network) {
        .network(
          try Checked.twoLayerNetwork(
            w1: $0.matrix(0), b1: $0.vector(1), w2: $0.matrix(2), b2: $0.vector(3)))
      }
    ]
  }

  /// The methods of `TwoLayerNetwork`.
  static var networkMethods: [String: [Overload]] {
    [
      "scores": [
        Overload("_:", [matrix], returns: .matrix) {
          .matrix(try Checked.scores($0.network(), $0.matrix(0)))
        }
      ],
      "loss": [
        Overload("_:labels:", [matrix, ints], returns: .double) {
          .double(try Checked.loss($0.network(), $0.matrix(0), labels: $0.ints(1)))
        }
      ],
      "gradients": [
        Overload("_:labels:", [matrix, ints], returns: .gradients) {
          .gradients(try Checked.gradients($0.network(), $0.matrix(0), labels: $0.ints(1)))
        }
      ],
      "with": [
        Overload(
          "w1:b1:w2:b2:", [matrix, vector, matrix, vector], defaults: [0, 1, 2, 3],
          returns: .network
        ) {
          arguments in
          let net = try arguments.network()
          return .network(
            try Checked.with(
              net, w1: arguments.has(0) ? arguments.matrix(0) : nil,
              b1: arguments.has(1) ? arguments.vector(1) : nil,
              w2: arguments.has(2) ? arguments.matrix(2) : nil,
              b2: arguments.has(3) ? arguments.vector(3) : nil))
        }
      ],
    ]
  }

  /// The properties of networks and their gradients.
  static func networkProperty(_ name: String, of value: Value) -> Value? {
    switch (value, name) {
    case (.network(let net), "w1"): .matrix(net.w1)
    case (.network(let net), "b1"): .vector(net.b1)
    case (.network(let net), "w2"): .matrix(net.w2)
    case (.network(let net), "b2"): .vector(net.b2)
    case (.gradients(let g), "w1"): .matrix(g.w1)
    case (.gradients(let g), "b1"): .vector(g.b1)
    case (.gradients(let g), "w2"): .matrix(g.w2)
    case (.gradients(let g), "b2"): .vector(g.b2)
    default: nil
    }
  }
}

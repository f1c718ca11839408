import LitmusMath

extension Value {
  /// The doubles the value holds, for the library-call warning check; empty for values
  /// without any (`Int`, `Bool`, strings, closures, figures).
  var doubles: [[Double]] {
    switch self {
    case .double(let x): [[x]]
    case .vector(let v): [v.elements]
    case .matrix(let m): [m.elements]
    case .doubleArray(let a): [a]
    case .doubleRange(let r): [[r.lowerBound, r.upperBound]]
    case .network(let n): [n.w1.elements, n.b1.elements, n.w2.elements, n.b2.elements]
    case .gradients(let g): [g.w1.elements, g.b1.elements, g.w2.elements, g.b2.elements]
    default: []
    }
  }

  /// Whether every double the value holds is finite (true for values without doubles).
  var isFinite: Bool {
    doubles.allSatisfy { $0.allSatisfy(\.isFinite) }
  }

  /// Whether the value holds a NaN.
  var containsNaN: Bool {
    doubles.contains { $0.contains(where: \.isNaN) }
  }
}

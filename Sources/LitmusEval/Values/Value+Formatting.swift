import LitmusMath

extension Value {
  /// The value as the notes and the HTML show it.
  ///
  /// Doubles have `precision` significant digits with trailing zeros dropped,
  /// in exponent form for very small or large magnitudes like C's `%g`
  /// (`0.211942`, `1.5e-07`, `1e+20`); NaN and infinities are `nan`, `inf`,
  /// `-inf`. Precision 17 round-trips every double. Vectors are
  /// `[0.211942, 0.211942, 0.576117]`, matrices rows of those
  /// (`[[1, 2], [3, 4]]`), Ints plain, Bools `true`/`false`, strings quoted.
  /// - Parameter precision: Significant digits, clamped to 1...17 (default 6).
  /// - Returns: The display text.
  public func formatted(precision: Int = 6) -> String {
    func number(_ x: Double) -> String { ScalarText.general(x, precision: precision) }
    func list(_ xs: some Sequence<Double>) -> String {
      "[" + xs.map(number).joined(separator: ", ") + "]"
    }
    switch self {
    case .int(let n): return String(n)
    case .double(let x): return number(x)
    case .bool(let b): return b ? "true" : "false"
    case .string(let s): return ScalarText.quoted(s)
    case .vector(let v): return list(v.elements)
    case .matrix(let m): return Value.rows(of: m).map { list($0) }.joined(separator: ", ").bracketed
    case .intArray(let a): return "[" + a.map(String.init).joined(separator: ", ") + "]"
    case .doubleArray(let a): return list(a)
    case .stringArray(let a): return "[" + a.map(ScalarText.quoted).joined(separator: ", ") + "]"
    case .figure(let figure): return figure.kindDescription
    case .doubleRange(let r): return number(r.lowerBound) + "..." + number(r.upperBound)
    case .intClosedRange(let r): return "\(r.lowerBound)...\(r.upperBound)"
    case .intRange(let r): return "\(r.lowerBound)..<\(r.upperBound)"
    case .network(let net):
      return "TwoLayerNetwork(w1: \(Value.matrix(net.w1).kindDescription), "
        + "b1: \(Value.vector(net.b1).kindDescription), "
        + "w2: \(Value.matrix(net.w2).kindDescription), "
        + "b2: \(Value.vector(net.b2).kindDescription))"
    case .gradients(let g):
      return "TwoLayerGradients(w1: \(Value.matrix(g.w1).kindDescription), "
        + "b1: \(Value.vector(g.b1).kindDescription), "
        + "w2: \(Value.matrix(g.w2).kindDescription), "
        + "b2: \(Value.vector(g.b2).kindDescription))"
    case .closure(let c): return "closure(\(c.parameters.joined(separator: ", ")))"
    }
  }

  /// The value as a JSON fragment, for JSON Lines output.
  ///
  /// Numbers are JSON numbers in their shortest round-trip form (`0.1`,
  /// `1e-07`), NaN and infinities the strings `"nan"`, `"inf"`, `"-inf"`;
  /// vectors and arrays are JSON arrays, matrices arrays of rows, Bools and
  /// strings their JSON forms. Other values (ranges, networks, closures) are
  /// the JSON string of ``formatted(precision:)`` with precision 17.
  public var jsonFragment: String {
    func list(_ xs: some Sequence<Double>) -> String {
      "[" + xs.map(ScalarText.json).joined(separator: ",") + "]"
    }
    switch self {
    case .int(let n): return String(n)
    case .double(let x): return ScalarText.json(x)
    case .bool(let b): return b ? "true" : "false"
    case .string(let s): return ScalarText.jsonString(s)
    case .vector(let v): return list(v.elements)
    case .matrix(let m): return Value.rows(of: m).map { list($0) }.joined(separator: ",").bracketed
    case .intArray(let a): return "[" + a.map(String.init).joined(separator: ",") + "]"
    case .doubleArray(let a): return list(a)
    case .stringArray(let a): return "[" + a.map(ScalarText.jsonString).joined(separator: ",") + "]"
    default: return ScalarText.jsonString(formatted(precision: 17))
    }
  }

  /// The rows of `m` as slices of its row-major elements.
  static func rows(of m: Matrix) -> [ArraySlice<Double>] {
    let elements = m.elements
    guard m.columns > 0 else { return Array(repeating: [], count: m.rows) }
    return stride(from: 0, to: elements.count, by: m.columns).map {
      elements[$0..<min($0 + m.columns, elements.count)]
    }
  }
}

extension String {
  /// The string between square brackets.
  fileprivate var bracketed: String { "[" + self + "]" }
}

extension ProbeValue {
  /// How the compiled program's value (`self`) differs from the
  /// interpreter's, in one line; `nil` when they agree to the last bit.
  ///
  /// Types must agree (an `Int` is not a `Double`), shapes must agree, then
  /// the first differing element is named with both values, each printed
  /// as the shortest decimal that reads back to the same bits (with the bit
  /// pattern when the decimals look alike, as for NaNs or `-0.0`).
  func difference(fromInterpreted interpreted: ProbeValue) -> String? {
    if self == interpreted { return nil }
    if case .other(let type) = self, case .opaque(type) = interpreted { return nil }
    switch (self, interpreted) {
    case (.double(let a), .double(let b)):
      return "Swift computes \(Self.show(a, b)), the interpreter \(Self.show(b, a))"
    case (.vector(let a), .vector(let b)), (.doubleArray(let a), .doubleArray(let b)):
      guard a.count == b.count else {
        return "Swift computes a \(typeName) of length \(a.count), the interpreter one of length "
          + "\(b.count)"
      }
      return Self.firstDifference(a, b) { "[\($0)]" }
    case (.matrix(let r1, let c1, let a), .matrix(let r2, let c2, let b)):
      guard r1 == r2, c1 == c2 else {
        return "Swift computes a \(r1)×\(c1) matrix, the interpreter a \(r2)×\(c2) one"
      }
      return Self.firstDifference(a, b) { "[\($0 / max(1, c1)), \($0 % max(1, c1))]" }
    case (.doubleRange(let l1, let u1), .doubleRange(let l2, let u2)):
      return Self.firstDifference([l1, u1], [l2, u2]) {
        $0 == 0 ? "the lower bound" : "the upper bound"
      }
    case (.parameters(let t1, let a), .parameters(let t2, let b))
    where t1 == t2 && a.count == b.count:
      let names = ["w1", "b1", "w2", "b2"]
      for (index, (x, y)) in zip(a, b).enumerated() {
        if let difference = x.difference(fromInterpreted: y) {
          let name = index < names.count ? names[index] : "part \(index)"
          return "\(name): \(difference)"
        }
      }
      return nil
    default:
      if typeName != interpreted.typeName {
        return "Swift gives a value of type \(typeName), the interpreter one of type "
          + interpreted.typeName
      }
      return "Swift computes \(shown), the interpreter \(interpreted.shown)"
    }
  }

  /// The value in a short readable form (for scalars, ranges and arrays of Ints).
  private var shown: String {
    switch self {
    case .int(let x): "\(x)"
    case .bool(let x): "\(x)"
    case .string(let x): "\"\(x)\""
    case .intArray(let xs): "[" + xs.map(String.init).joined(separator: ", ") + "]"
    case .intClosedRange(let a, let b): "\(a)...\(b)"
    case .intRange(let a, let b): "\(a)..<\(b)"
    default: typeName
    }
  }

  private static func firstDifference(
    _ a: [UInt64], _ b: [UInt64], name: (Int) -> String
  ) -> String? {
    guard let index = a.indices.first(where: { a[$0] != b[$0] }) else { return nil }
    return "at \(name(index)) Swift computes \(show(a[index], b[index])), the interpreter "
      + show(b[index], a[index])
  }

  /// A Double's bits as its shortest round-trip decimal, with the bit pattern
  /// when `other` would print the same.
  private static func show(_ bits: UInt64, _ other: UInt64) -> String {
    let text = "\(Double(bitPattern: bits))"
    guard text == "\(Double(bitPattern: other))" else { return text }
    let hex = String(bits, radix: 16)
    return "\(text) (0x\(String(repeating: "0", count: max(0, 16 - hex.count)) + hex))"
  }
}

import LitmusEval
import LitmusMath

/// A value as the compiled program prints it: every Double by its bit
/// pattern, so two values compare to the last bit.
///
/// The same value can be built from the interpreter's ``Value``, so the two
/// sides of a comparison share one representation. Doubles compare by bit
/// pattern: `0.0` and `-0.0` differ, and a NaN equals only a NaN with the same
/// bits.
enum ProbeValue: Hashable, Sendable {
  case int(Int)
  case double(UInt64)
  case bool(Bool)
  case string(String)
  case vector([UInt64])
  case matrix(rows: Int, columns: Int, elements: [UInt64])
  case intArray([Int])
  case doubleArray([UInt64])
  case stringArray([String])
  case doubleRange(lower: UInt64, upper: UInt64)
  case intClosedRange(lower: Int, upper: Int)
  case intRange(lower: Int, upper: Int)
  /// A `TwoLayerNetwork` or `TwoLayerGradients`: its four parameters.
  case parameters(type: String, [ProbeValue])
  /// A function value; only its type is compared.
  case closure
  /// A value compared by its type only (a `Figure`: its drawing is checked
  /// by LitmusPlot's own tests).
  case opaque(type: String)
  /// A Swift value of a type the interpreter has no counterpart for.
  case other(type: String)

  /// The probe of an interpreter value.
  init(_ value: Value) {
    switch value {
    case .int(let x): self = .int(x)
    case .double(let x): self = .double(x.bitPattern)
    case .bool(let x): self = .bool(x)
    case .string(let x): self = .string(x)
    case .vector(let v): self = .vector(v.elements.map(\.bitPattern))
    case .matrix(let m):
      self = .matrix(rows: m.rows, columns: m.columns, elements: m.elements.map(\.bitPattern))
    case .intArray(let xs): self = .intArray(xs)
    case .doubleArray(let xs): self = .doubleArray(xs.map(\.bitPattern))
    case .stringArray(let xs): self = .stringArray(xs)
    case .doubleRange(let r):
      self = .doubleRange(lower: r.lowerBound.bitPattern, upper: r.upperBound.bitPattern)
    case .intClosedRange(let r): self = .intClosedRange(lower: r.lowerBound, upper: r.upperBound)
    case .intRange(let r): self = .intRange(lower: r.lowerBound, upper: r.upperBound)
    case .network(let n):
      self = .parameters(
        type: "TwoLayerNetwork",
        [
          ProbeValue(.matrix(n.w1)), ProbeValue(.vector(n.b1)), ProbeValue(.matrix(n.w2)),
          ProbeValue(.vector(n.b2)),
        ])
    case .gradients(let g):
      self = .parameters(
        type: "TwoLayerGradients",
        [
          ProbeValue(.matrix(g.w1)), ProbeValue(.vector(g.b1)), ProbeValue(.matrix(g.w2)),
          ProbeValue(.vector(g.b2)),
        ])
    case .closure: self = .closure
    case .figure: self = .opaque(type: "Figure")
    }
  }

  /// The Swift type's name, as a reader would write it.
  var typeName: String {
    switch self {
    case .int: "Int"
    case .double: "Double"
    case .bool: "Bool"
    case .string: "String"
    case .vector: "Vector"
    case .matrix: "Matrix"
    case .intArray: "[Int]"
    case .doubleArray: "[Double]"
    case .stringArray: "[String]"
    case .doubleRange: "ClosedRange<Double>"
    case .intClosedRange: "ClosedRange<Int>"
    case .intRange: "Range<Int>"
    case .parameters(let type, _): type
    case .closure: "a function"
    case .opaque(let type): type
    case .other(let type): type
    }
  }
}

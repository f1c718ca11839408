import Foundation
import LitmusMath

/// The numpy/scipy reference values written by `scripts/reference/math_reference.py`.
enum Reference {
  /// A parsed JSON value; numbers may be the strings "nan", "inf", "-inf".
  enum JSON: Sendable, CustomStringConvertible {
    case number(Double)
    case string(String)
    case array([JSON])
    case object([String: JSON])
    case other

    init(_ value: Any) {
      switch value {
      case let number as NSNumber: self = .number(number.doubleValue)
      case let string as String: self = .string(string)
      case let array as [Any]: self = .array(array.map(JSON.init))
      case let object as [String: Any]: self = .object(object.mapValues(JSON.init))
      default: self = .other
      }
    }

    var double: Double {
      switch self {
      case .number(let value): return value
      case .string("nan"): return .nan
      case .string("inf"): return .infinity
      case .string("-inf"): return -.infinity
      default: return .signalingNaN
      }
    }

    var description: String {
      switch self {
      case .number(let value): return "\(value)"
      case .string(let value): return value
      case .array(let values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
      case .object: return "{…}"
      case .other: return "?"
      }
    }

    var array: [JSON] {
      if case .array(let values) = self { return values }
      return []
    }
  }

  /// One case: a JSON object of named inputs and outputs.
  struct Case: Sendable, CustomStringConvertible {
    let fields: [String: JSON]

    func double(_ key: String) -> Double { (fields[key] ?? .other).double }
    func vector(_ key: String) -> Vector { Vector((fields[key] ?? .other).array.map(\.double)) }
    func matrix(_ key: String) -> Matrix {
      Matrix(rows: (fields[key] ?? .other).array.map { $0.array.map(\.double) })
    }
    func int(_ key: String) -> Int { Int(double(key)) }
    func ints(_ key: String) -> [Int] { (fields[key] ?? .other).array.map { Int($0.double) } }
    func nested(_ key: String) -> Case {
      if case .object(let object) = fields[key] { return Case(fields: object) }
      return Case(fields: [:])
    }

    var description: String {
      for key in ["input", "logits", "p", "a", "s", "x"] {
        if let value = fields[key] { return "\(key): \(value)" }
      }
      return "case"
    }
  }

  /// Every case, by function name.
  static let all: [String: [Case]] = {
    guard
      let url = Bundle.module.url(
        forResource: "math_reference", withExtension: "json", subdirectory: "Fixtures"),
      let data = try? Data(contentsOf: url),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    else { return [:] }
    return object.mapValues { value in
      JSON(value).array.compactMap { item in
        if case .object(let fields) = item { return Case(fields: fields) }
        return nil
      }
    }
  }()

  /// The cases for one function (empty if the fixture is missing; `ReferenceTests` checks).
  static func cases(_ name: String) -> [Case] {
    all[name] ?? []
  }
}

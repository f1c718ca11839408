/// Reads the value lines a generated program prints (the format is
/// described in ``ProgramPrelude``).
struct ProbeValueDecoder {
  private var tokens: ArraySlice<Substring>

  /// Decodes one value's text, or `nil` when it is malformed.
  static func decode(_ text: Substring) -> ProbeValue? {
    var decoder = ProbeValueDecoder(tokens: text.split(separator: " ")[...])
    guard let value = decoder.value(depth: 0), decoder.tokens.isEmpty else { return nil }
    return value
  }

  private mutating func next() -> Substring? { tokens.popFirst() }

  private mutating func int() -> Int? { next().flatMap { Int($0) } }

  private mutating func bits() -> UInt64? { next().flatMap { UInt64($0, radix: 16) } }

  private mutating func count() -> Int? {
    guard let n = int(), n >= 0, n <= tokens.count else { return nil }
    return n
  }

  private mutating func bitsList(_ n: Int) -> [UInt64]? {
    var result: [UInt64] = []
    for _ in 0..<n {
      guard let b = bits() else { return nil }
      result.append(b)
    }
    return result
  }

  private mutating func text() -> String? {
    guard let hex = next() else { return nil }
    if hex == "-" { return "" }
    let digits = Array(hex.utf8)
    guard digits.count % 2 == 0 else { return nil }
    var bytes: [UInt8] = []
    for index in stride(from: 0, to: digits.count, by: 2) {
      guard let byte = UInt8(String(decoding: digits[index..<index + 2], as: UTF8.self), radix: 16)
      else { return nil }
      bytes.append(byte)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private mutating func value(depth: Int) -> ProbeValue? {
    guard depth < 4, let kind = next() else { return nil }
    switch kind {
    case "int": return int().map(ProbeValue.int)
    case "double": return bits().map(ProbeValue.double)
    case "bool":
      switch next() {
      case "true": return .bool(true)
      case "false": return .bool(false)
      default: return nil
      }
    case "string": return text().map(ProbeValue.string)
    case "vector":
      guard let n = count() else { return nil }
      return bitsList(n).map(ProbeValue.vector)
    case "matrix":
      guard let rows = int(), let columns = int(), rows >= 0, columns >= 0,
        rows.multipliedReportingOverflow(by: columns).partialValue <= tokens.count,
        let elements = bitsList(rows * columns)
      else { return nil }
      return .matrix(rows: rows, columns: columns, elements: elements)
    case "ints":
      guard let n = count() else { return nil }
      var result: [Int] = []
      for _ in 0..<n {
        guard let x = int() else { return nil }
        result.append(x)
      }
      return .intArray(result)
    case "doubles":
      guard let n = count() else { return nil }
      return bitsList(n).map(ProbeValue.doubleArray)
    case "strings":
      guard let n = count() else { return nil }
      var result: [String] = []
      for _ in 0..<n {
        guard let x = text() else { return nil }
        result.append(x)
      }
      return .stringArray(result)
    case "opaque": return text().map { .opaque(type: $0) }
    case "drange":
      guard let lower = bits(), let upper = bits() else { return nil }
      return .doubleRange(lower: lower, upper: upper)
    case "iclosed":
      guard let lower = int(), let upper = int() else { return nil }
      return .intClosedRange(lower: lower, upper: upper)
    case "irange":
      guard let lower = int(), let upper = int() else { return nil }
      return .intRange(lower: lower, upper: upper)
    case "network", "gradients":
      var parts: [ProbeValue] = []
      for _ in 0..<4 {
        guard let part = value(depth: depth + 1) else { return nil }
        parts.append(part)
      }
      return .parameters(type: kind == "network" ? "TwoLayerNetwork" : "TwoLayerGradients", parts)
    case "closure": return .closure
    case "other": return text().map { .other(type: $0) }
    default: return nil
    }
  }
}

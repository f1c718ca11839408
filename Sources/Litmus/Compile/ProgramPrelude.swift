/// The helpers every generated program starts with: they print each probed
/// value in the lossless text form that ``ProbeValueDecoder`` reads.
///
/// Format of one line: `@@litmus <id> <value>`, where a value is `int N`,
/// `double HEX` (the bit pattern), `bool true|false`, `string HEX` (UTF-8
/// bytes, `-` when empty), `vector N HEX…`, `matrix R C HEX…`, `ints N D…`,
/// `doubles N HEX…`, `strings N HEX…`, `drange HEX HEX`, `iclosed A B`, `irange A B`,
/// `network`/`gradients` followed by four values, `closure`, or `other HEX`
/// (the type's name). Before each statement the program prints
/// `@@reached <id>`, so a trap is pinned to its statement. Lines are written
/// straight to the file descriptor (no buffering lost in a crash).
enum ProgramPrelude {
  /// The marker that starts a value line.
  static let valueMarker = "@@litmus "
  /// The marker that starts a progress line.
  static let reachedMarker = "@@reached "

  /// The prelude's Swift source.
  static let source = #"""
    func __litmusWrite(_ line: String) {
      FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func __litmusReached(_ id: Int) {
      __litmusWrite("@@reached \(id)")
    }

    func __litmusHex(_ x: Double) -> String {
      String(x.bitPattern, radix: 16)
    }

    func __litmusText(_ text: String) -> String {
      if text.utf8.isEmpty { return "-" }
      return text.utf8.map { byte in
        let digits = String(byte, radix: 16)
        return byte < 16 ? "0" + digits : digits
      }.joined()
    }

    func __litmusEncode<T>(_ value: T) -> String {
      if T.self == Int.self, let x = value as? Int { return "int \(x)" }
      if T.self == Double.self, let x = value as? Double { return "double " + __litmusHex(x) }
      if T.self == Bool.self, let x = value as? Bool { return "bool \(x)" }
      if T.self == String.self, let x = value as? String { return "string " + __litmusText(x) }
      if T.self == Vector.self, let x = value as? Vector {
        return "vector \(x.count)" + x.elements.map { " " + __litmusHex($0) }.joined()
      }
      if T.self == Matrix.self, let x = value as? Matrix {
        return "matrix \(x.rows) \(x.columns)" + x.elements.map { " " + __litmusHex($0) }.joined()
      }
      if T.self == [Int].self, let x = value as? [Int] {
        return "ints \(x.count)" + x.map { " \($0)" }.joined()
      }
      if T.self == [Double].self, let x = value as? [Double] {
        return "doubles \(x.count)" + x.map { " " + __litmusHex($0) }.joined()
      }
      if T.self == [String].self, let x = value as? [String] {
        return "strings \(x.count)" + x.map { " " + __litmusText($0) }.joined()
      }
      if T.self == ClosedRange<Double>.self, let x = value as? ClosedRange<Double> {
        return "drange " + __litmusHex(x.lowerBound) + " " + __litmusHex(x.upperBound)
      }
      if T.self == ClosedRange<Int>.self, let x = value as? ClosedRange<Int> {
        return "iclosed \(x.lowerBound) \(x.upperBound)"
      }
      if T.self == Range<Int>.self, let x = value as? Range<Int> {
        return "irange \(x.lowerBound) \(x.upperBound)"
      }
      if T.self == TwoLayerNetwork.self, let x = value as? TwoLayerNetwork {
        return "network " + [__litmusEncode(x.w1), __litmusEncode(x.b1), __litmusEncode(x.w2),
          __litmusEncode(x.b2)].joined(separator: " ")
      }
      if T.self == TwoLayerGradients.self, let x = value as? TwoLayerGradients {
        return "gradients " + [__litmusEncode(x.w1), __litmusEncode(x.b1), __litmusEncode(x.w2),
          __litmusEncode(x.b2)].joined(separator: " ")
      }
      let type = String(describing: T.self)
      if type.contains("->") { return "closure" }
      return "other " + __litmusText(type)
    }

    func __litmusShow<T>(_ id: Int, _ value: T) {
      __litmusWrite("@@litmus \(id) " + __litmusEncode(value))
    }

    """#
}

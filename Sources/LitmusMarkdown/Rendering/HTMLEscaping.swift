/// cmark's escaping rules (houdini), byte for byte.
enum HTMLEscaping {
  /// Escapes `&`, `<`, `>` and `"` (cmark leaves `'` and `/` alone).
  static func escapeHTML(_ text: String) -> String {
    var output: [UInt8] = []
    escapeHTML(Array(text.utf8), into: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// Escapes `&`, `<`, `>` and `"` into `output`.
  static func escapeHTML<Bytes: Sequence<UInt8>>(_ bytes: Bytes, into output: inout [UInt8]) {
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "&"): output += Array("&amp;".utf8)
      case UInt8(ascii: "<"): output += Array("&lt;".utf8)
      case UInt8(ascii: ">"): output += Array("&gt;".utf8)
      case UInt8(ascii: "\""): output += Array("&quot;".utf8)
      default: output.append(byte)
      }
    }
  }

  /// Bytes that cmark's href escaping keeps: `-_.+!*(),%#@?=;:/$~` and alphanumerics.
  private static let hrefSafe: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for byte in "-_.+!*(),%#@?=;:/$~".utf8 { table[Int(byte)] = true }
    for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
    for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
    for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
    return table
  }()

  /// Escapes a URL for an `href` or `src` attribute: `&` → `&amp;`, `'` → `&#x27;`, other
  /// unsafe bytes → `%XX`.
  static func escapeHref(_ url: String, into output: inout [UInt8]) {
    let hex = Array("0123456789ABCDEF".utf8)
    for byte in url.utf8 {
      if hrefSafe[Int(byte)] {
        output.append(byte)
      } else if byte == UInt8(ascii: "&") {
        output += Array("&amp;".utf8)
      } else if byte == UInt8(ascii: "'") {
        output += Array("&#x27;".utf8)
      } else {
        output += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      }
    }
  }

  /// Whether cmark considers a URL dangerous: `javascript:`, `vbscript:`, `file:`, or `data:`
  /// other than `data:image/png|gif|jpeg|webp`, case-insensitively.
  static func isDangerous(_ url: String) -> Bool {
    let lower = String(url.prefix(16)).lowercased()
    for safe in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
    where lower.hasPrefix(safe) {
      return false
    }
    return ["javascript:", "vbscript:", "file:", "data:"].contains { lower.hasPrefix($0) }
  }
}

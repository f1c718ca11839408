import LitmusMarkdown
import Testing

/// Test input with position markers (`1️⃣`, `2️⃣`, …) stripped and their byte offsets kept,
/// as swift-format's tests mark the columns they assert.
struct MarkedSource {
  /// The input without markers.
  var bytes: [UInt8]
  /// The byte offset in `bytes` where each marker stood, by marker digit.
  var offsets: [Int: Int]

  init(_ text: String) {
    var bytes: [UInt8] = []
    var offsets: [Int: Int] = [:]
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if index + 2 < scalars.count, scalar.properties.numericType != nil, scalar.isASCII,
        scalars[index + 1] == "\u{FE0F}", scalars[index + 2] == "\u{20E3}",
        let digit = Int(String(scalar))
      {
        offsets[digit] = bytes.count
        index += 3
        continue
      }
      bytes += Array(String(scalar).utf8)
      index += 1
    }
    self.bytes = bytes
    self.offsets = offsets
  }

  /// The input with every `\n` replaced by `\r\n`, markers moved along.
  var crlf: MarkedSource {
    var copy = self
    copy.bytes = []
    var shift: [Int] = []
    for byte in bytes {
      shift.append(copy.bytes.count)
      if byte == 0x0A { copy.bytes.append(0x0D) }
      copy.bytes.append(byte)
    }
    shift.append(copy.bytes.count)
    copy.offsets = offsets.mapValues { shift[$0] }
    return copy
  }

  /// The 1-based line and column (in bytes) of a marker, counting `\r\n` as one break.
  func lineAndColumn(_ marker: Int) -> (line: Int, column: Int)? {
    guard let offset = offsets[marker] else { return nil }
    var line = 1
    var lineStart = 0
    for index in 0..<offset where bytes[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return (line, offset - lineStart + 1)
  }
}

/// Asserts that `position` is where `marker` stands in `source`: its offset, line and column.
func expect(
  _ position: SourcePosition?, at marker: Int, in source: MarkedSource,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let expected = source.lineAndColumn(marker)
  #expect(position?.offset == source.offsets[marker], sourceLocation: sourceLocation)
  #expect(position?.line == expected?.line, sourceLocation: sourceLocation)
  #expect(position?.column == expected?.column, sourceLocation: sourceLocation)
}

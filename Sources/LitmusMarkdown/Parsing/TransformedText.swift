/// The text cmark parses: the note's body with each math span replaced by a placeholder,
/// and the map from its offsets back to the original file.
///
/// A class so that the tree builder shares one instance instead of copying it per node; it
/// is not mutated after `init`.
final class TransformedText {
  /// A run of bytes copied unchanged from the original file.
  struct Segment: Sendable {
    var transformed: Int
    var original: Int
    var length: Int
  }

  /// One math span and the original bytes it replaced.
  struct Placeholder: Sendable {
    var math: MathSpan
    /// The span's bytes in the original file, delimiters included.
    var originalRange: Range<Int>
  }

  private(set) var bytes: [UInt8] = []
  private(set) var segments: [Segment] = []
  private(set) var placeholders: [Placeholder] = []
  let openMarker: [UInt8]
  let closeMarker: [UInt8]
  private(set) var lines = LineTable([])

  /// Builds the text from `source[body]`, replacing `spans` (sorted, inside `body`).
  init(source: SourceText, body: Range<Int>, spans: [FoundMath]) {
    (openMarker, closeMarker) = Self.markers(avoiding: source.bytes, in: body)
    bytes.reserveCapacity(body.count)
    var cursor = body.lowerBound
    for span in spans {
      copy(source.bytes, cursor..<span.range.lowerBound)
      let firstLine = source.lines.lineIndex(ofOffset: span.range.lowerBound)
      let (tex, pieces) = MathText.tex(
        in: source.bytes, content: span.content,
        firstLineStart: max(source.lines.start(ofLine: firstLine), source.bomLength))
      let math = MathSpan(
        tex: tex, display: span.display,
        position: source.position(ofOffset: span.content.lowerBound),
        map: SourceMap(source: source, pieces: pieces, length: tex.utf8.count))
      bytes += openMarker
      bytes += Array(String(placeholders.count).utf8)
      bytes += closeMarker
      placeholders.append(Placeholder(math: math, originalRange: span.range))
      cursor = span.range.upperBound
    }
    copy(source.bytes, cursor..<body.upperBound)
    lines = LineTable(bytes)
  }

  private func copy(_ source: [UInt8], _ range: Range<Int>) {
    guard !range.isEmpty else { return }
    segments.append(
      Segment(transformed: bytes.count, original: range.lowerBound, length: range.count))
    bytes += source[range]
  }

  /// Two private-use characters that do not occur in the body.
  private static func markers(avoiding bytes: [UInt8], in body: Range<Int>) -> ([UInt8], [UInt8]) {
    var used = [Bool](repeating: false, count: 64)
    var index = body.lowerBound
    while index + 2 < body.upperBound {
      if bytes[index] == 0xEE && bytes[index + 1] == 0x80 && bytes[index + 2] < 0xC0 {
        used[Int(bytes[index + 2] & 0x3F)] = true
      }
      index += 1
    }
    let free = (0..<64).filter { !used[$0] }
    let open = UInt8(0x80 | (free.first ?? 0))
    let close = UInt8(0x80 | (free.dropFirst().first ?? 1))
    return ([0xEE, 0x80, open], [0xEE, 0x80, close])
  }

  /// The original file offset of a transformed offset; offsets inside a placeholder map to
  /// the start of the math it replaced.
  func originalOffset(_ offset: Int) -> Int {
    guard !segments.isEmpty else {
      return placeholders.first?.originalRange.lowerBound ?? 0
    }
    var low = 0
    var high = segments.count - 1
    if offset < segments[0].transformed {
      return placeholders.first?.originalRange.lowerBound ?? segments[0].original
    }
    while low < high {
      let middle = (low + high + 1) / 2
      if segments[middle].transformed <= offset { low = middle } else { high = middle - 1 }
    }
    let segment = segments[low]
    let delta = offset - segment.transformed
    if delta < segment.length { return segment.original + delta }
    return segment.original + segment.length
  }

  /// The transformed offset of a cmark line and column (both 1-based), clamped.
  func offset(line: Int, column: Int) -> Int {
    let start = lines.start(ofLine: line - 1)
    return min(max(start + column - 1, 0), bytes.count)
  }

  /// Replaces every placeholder in `text` by the original bytes of its math.
  func restoringMath(_ text: String, source: SourceText) -> String {
    guard !placeholders.isEmpty, text.utf8.contains(openMarker[0]) else { return text }
    var result = ""
    for piece in pieces(of: text) {
      switch piece {
      case .text(let value): result += value
      case .math(let index):
        let range = placeholders[index].originalRange
        result += String(decoding: source.bytes[range], as: UTF8.self)
      }
    }
    return result
  }

  /// A piece of a text literal: plain text or a placeholder's index.
  enum Piece {
    case text(String)
    case math(Int)
  }

  /// Splits a literal at its placeholders.
  func pieces(of text: String) -> [Piece] {
    guard !placeholders.isEmpty, text.utf8.contains(openMarker[0]) else { return [.text(text)] }
    let utf8 = Array(text.utf8)
    var result: [Piece] = []
    var start = 0
    var index = 0
    while index + 2 < utf8.count {
      if utf8[index] == openMarker[0] && utf8[index + 1] == openMarker[1]
        && utf8[index + 2] == openMarker[2]
      {
        var cursor = index + 3
        var value = 0
        var digits = 0
        while cursor < utf8.count, utf8[cursor] >= 0x30, utf8[cursor] <= 0x39, digits < 12 {
          value = value * 10 + Int(utf8[cursor] - 0x30)
          cursor += 1
          digits += 1
        }
        if digits > 0, cursor + 2 < utf8.count, utf8[cursor] == closeMarker[0],
          utf8[cursor + 1] == closeMarker[1], utf8[cursor + 2] == closeMarker[2],
          value < placeholders.count
        {
          if index > start {
            result.append(.text(String(decoding: utf8[start..<index], as: UTF8.self)))
          }
          result.append(.math(value))
          index = cursor + 3
          start = index
          continue
        }
      }
      index += 1
    }
    if start < utf8.count {
      result.append(.text(String(decoding: utf8[start...], as: UTF8.self)))
    }
    return result
  }
}

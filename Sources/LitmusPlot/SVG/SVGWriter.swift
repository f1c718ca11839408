/// Builds SVG markup one element per line, escaping every text and attribute.
struct SVGWriter {
  /// The markup so far.
  private(set) var result = ""

  /// `text` with `&`, `<`, `>`, `"` and `'` escaped, and control characters
  /// (other than tab and newline) dropped, so it is safe in text and attributes.
  static func escape(_ text: String) -> String {
    var escaped = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      case "'": escaped += "&#39;"
      default:
        if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" || scalar.value == 0x7F
          || (0xFFFE...0xFFFF).contains(scalar.value)
        {
          continue
        }
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// An attribute list: `name="value"` pairs in the given order, values escaped.
  private static func attributes(_ pairs: KeyValuePairs<String, String>) -> String {
    pairs.map { " \($0.key)=\"\(escape($0.value))\"" }.joined()
  }

  /// Opens an element.
  mutating func open(_ name: String, _ pairs: KeyValuePairs<String, String> = [:]) {
    result += "<\(name)\(Self.attributes(pairs))>\n"
  }

  /// Closes an element.
  mutating func close(_ name: String) {
    result += "</\(name)>\n"
  }

  /// An empty element.
  mutating func element(_ name: String, _ pairs: KeyValuePairs<String, String>) {
    result += "<\(name)\(Self.attributes(pairs))/>\n"
  }

  /// An element holding escaped text.
  mutating func text(
    _ name: String, _ content: String, _ pairs: KeyValuePairs<String, String> = [:]
  ) {
    result += "<\(name)\(Self.attributes(pairs))>\(Self.escape(content))</\(name)>\n"
  }

  /// Text drawn at a point (`anchor`: start, middle or end).
  mutating func label(
    _ content: String, x: Double, y: Double, anchor: String = "middle", extra: String = ""
  ) {
    let anchorAttribute = anchor == "start" ? "" : " text-anchor=\"\(anchor)\""
    result +=
      "<text x=\"\(PlotNumberText.coordinate(x))\" y=\"\(PlotNumberText.coordinate(y))\"\(anchorAttribute)\(extra)>"
      + "\(Self.escape(content))</text>\n"
  }

  /// A straight line.
  mutating func line(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, style: String
  ) {
    result +=
      "<line x1=\"\(PlotNumberText.coordinate(x1))\" y1=\"\(PlotNumberText.coordinate(y1))\" "
      + "x2=\"\(PlotNumberText.coordinate(x2))\" y2=\"\(PlotNumberText.coordinate(y2))\" \(style)/>\n"
  }

  /// A rectangle.
  mutating func rect(_ x: Double, _ y: Double, _ width: Double, _ height: Double, style: String) {
    result +=
      "<rect x=\"\(PlotNumberText.coordinate(x))\" y=\"\(PlotNumberText.coordinate(y))\" "
      + "width=\"\(PlotNumberText.coordinate(width))\" height=\"\(PlotNumberText.coordinate(height))\" \(style)/>\n"
  }

  /// Appends markup that is already safe.
  mutating func raw(_ markup: String) {
    result += markup
  }
}

/// A TeX length such as `4pt`, `-1ex`, `0.5 em` or `2\jot`, read from tokens.
///
/// Used for the optional argument of a row break (`\\[4pt]`), where only a valid
/// length counts as the argument, and for `\hspace{…}`. Widths are converted to em
/// with TeX's default 10 pt font (1em = 10pt, 1ex ≈ 0.431em, 18mu = 1em).
///
/// A length too long for a `Double` (a number of over 309 digits) is not a length. A length that
/// is drawn (`\hspace`) must also be ``isDrawable``: at most ``maximumDrawnEm`` either
/// way. A row break's length is only read, never drawn, so it has no such bound.
struct TeXLength: Sendable, Equatable {
  /// The length in em.
  var em: Double

  /// The widest space, in em, a length may draw: 1,000em, 16,000 CSS pixels at the
  /// usual 16px em (eight full-HD screen widths), far past any layout a note needs,
  /// so a number beyond it is almost surely a typo.
  static let maximumDrawnEm = 1000.0

  /// Whether the length may be drawn: finite and at most ``maximumDrawnEm`` either way.
  var isDrawable: Bool { em.isFinite && em.magnitude <= Self.maximumDrawnEm }

  /// How many em one unit is.
  static let units: [String: Double] = [
    "em": 1, "ex": 0.431, "pt": 0.1, "pc": 1.2, "in": 7.227, "bp": 0.100375, "cm": 2.84528,
    "mm": 0.284528, "dd": 0.107, "cc": 1.284, "sp": 0.1 / 65536, "mu": 1.0 / 18,
  ]

  /// Length registers a length may be a multiple of, in em.
  static let registers: [String: Double] = [
    "jot": 0.3, "baselineskip": 1.2, "normalbaselineskip": 1.2, "smallskipamount": 0.3,
    "medskipamount": 0.6, "bigskipamount": 1.2, "quad": 1, "qquad": 2,
  ]

  /// Reads a length: optional signs, a number (unless a register follows), a unit or
  /// a register, with spaces allowed between the parts.
  /// - Parameter tokens: Exactly the tokens of the length, nothing around it.
  /// - Returns: The length, or nil if the tokens are not one valid length or its
  ///   number is too long to be finite.
  static func parse(_ tokens: ArraySlice<TeXToken>) -> TeXLength? {
    var position = tokens.startIndex
    func skipSpaces() {
      while position < tokens.endIndex, tokens[position].kind == .space { position += 1 }
    }
    func character() -> Unicode.Scalar? {
      guard position < tokens.endIndex, case .character(let c) = tokens[position].kind else {
        return nil
      }
      return c
    }
    var sign = 1.0
    skipSpaces()
    while let c = character(), c == "-" || c == "+" {
      if c == "-" { sign = -sign }
      position += 1
      skipSpaces()
    }
    var digits = ""
    while let c = character(), ("0"..."9").contains(c) || c == "." || c == "," {
      digits.unicodeScalars.append(c == "," ? "." : c)
      position += 1
    }
    var factor = 1.0
    if !digits.isEmpty {
      guard digits.contains(where: \.isNumber), let value = Double(digits) ?? Double("0" + digits)
      else { return nil }
      factor = value
    }
    skipSpaces()
    var perUnit: Double?
    if position < tokens.endIndex, case .command(let name) = tokens[position].kind {
      perUnit = registers[name]
      position += 1
    } else if let first = character(), position + 1 < tokens.endIndex,
      case .character(let second) = tokens[position + 1].kind
    {
      perUnit = units[(String(first) + String(second)).lowercased()]
      if perUnit != nil, digits.isEmpty { return nil }
      position += 2
    }
    guard let perUnit else { return nil }
    skipSpaces()
    guard position == tokens.endIndex else { return nil }
    let em = sign * factor * perUnit
    guard em.isFinite else { return nil }
    return TeXLength(em: em)
  }

  /// The length as a CSS width in em, rounded to four decimals: `0.4em`, `-1em`.
  var css: String {
    let rounded = (em * 10000).rounded() / 10000
    var text = "\(rounded)"
    if text.hasSuffix(".0") { text.removeLast(2) }
    if text == "-0" { text = "0" }
    return text + "em"
  }
}

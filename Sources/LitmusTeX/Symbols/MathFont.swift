/// A math alphabet selected by `\mathbf`, `\mathbb`, `\mathcal` and friends.
///
/// MathML Core ignores `mathvariant` except `normal`, so styled letters are
/// written with the Unicode Mathematical Alphanumeric Symbols (U+1D400–U+1D7FF
/// and the older letterlike symbols that fill its holes, like ℝ and ℒ).
enum MathFont: Sendable, Equatable {
  /// Upright roman (`\mathrm`, `\textup`, `\operatorname`): `mathvariant="normal"`.
  case roman
  /// Bold upright (`\mathbf`): 𝐱, 𝐖, 𝟏, 𝚫.
  case bold
  /// Italic (`\mathit`): 𝑥, ℎ.
  case italic
  /// Bold italic (`\boldsymbol`, `\bm`): 𝒙, 𝜶.
  case boldItalic
  /// Script (`\mathcal`, `\mathscr`): 𝒪, ℒ.
  case script
  /// Fraktur (`\mathfrak`): 𝔤, ℜ.
  case fraktur
  /// Double-struck (`\mathbb`, `\mathds`, `\mathbbm`): ℝ, 𝔼, 𝟙.
  case doubleStruck
  /// Sans-serif (`\mathsf`): 𝖷.
  case sansSerif
  /// Monospace (`\mathtt`): 𝚡.
  case monospace

  /// The font selected by a math font command, or nil if the name is not one.
  /// - Parameter command: A command name without its backslash, like `mathbf`.
  /// - Returns: The font, or nil.
  static func named(_ command: String) -> MathFont? {
    switch command {
    case "mathrm", "mathup", "mathnormal": return .roman
    case "mathbf": return .bold
    case "mathit": return .italic
    case "boldsymbol", "bm", "mathbfit", "pmb": return .boldItalic
    case "mathcal", "mathscr": return .script
    case "mathfrak", "frak": return .fraktur
    case "mathbb", "Bbb", "mathds", "mathbbm": return .doubleStruck
    case "mathsf": return .sansSerif
    case "mathtt": return .monospace
    default: return nil
    }
  }

  /// Whether letters in this font are upright, so a run of them reads as one word.
  var isUpright: Bool {
    switch self {
    case .italic, .boldItalic, .script: return false
    default: return true
    }
  }

  /// Maps one character into this alphabet.
  /// - Parameter scalar: A letter, digit or Greek letter.
  /// - Returns: The styled character, or the character unchanged if the alphabet
  ///   has no such letter (for example sans-serif Greek).
  func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    if let hole = holes[scalar] { return hole }
    let value = scalar.value
    var base: UInt32?
    switch value {
    case 0x41...0x5A: base = latinCapital.map { $0 + value - 0x41 }
    case 0x61...0x7A: base = latinSmall.map { $0 + value - 0x61 }
    case 0x30...0x39: base = digit.map { $0 + value - 0x30 }
    case 0x391...0x3A9 where value != 0x3A2: base = greekCapital.map { $0 + value - 0x391 }
    case 0x3B1...0x3C9: base = greekSmall.map { $0 + value - 0x3B1 }
    case 0x2207: base = greekCapital.map { $0 + 25 }
    default:
      let variants: [UInt32] = [0x2202, 0x3F5, 0x3D1, 0x3F0, 0x3D5, 0x3F1, 0x3D6]
      if let position = variants.firstIndex(of: value) {
        base = greekSmall.map { $0 + 25 + UInt32(position) }
      } else {
        base = nil
      }
    }
    guard let base, let mapped = Unicode.Scalar(base) else { return scalar }
    return mapped
  }

  private var latinCapital: UInt32? {
    switch self {
    case .roman: return nil
    case .bold: return 0x1D400
    case .italic: return 0x1D434
    case .boldItalic: return 0x1D468
    case .script: return 0x1D49C
    case .fraktur: return 0x1D504
    case .doubleStruck: return 0x1D538
    case .sansSerif: return 0x1D5A0
    case .monospace: return 0x1D670
    }
  }

  private var latinSmall: UInt32? { latinCapital.map { $0 + 26 } }

  private var digit: UInt32? {
    switch self {
    case .bold, .boldItalic: return 0x1D7CE
    case .doubleStruck: return 0x1D7D8
    case .sansSerif: return 0x1D7E2
    case .monospace: return 0x1D7F6
    default: return nil
    }
  }

  private var greekCapital: UInt32? {
    switch self {
    case .bold: return 0x1D6A8
    case .italic: return 0x1D6E2
    case .boldItalic: return 0x1D71C
    default: return nil
    }
  }

  private var greekSmall: UInt32? {
    switch self {
    case .bold: return 0x1D6C2
    case .italic: return 0x1D6FC
    case .boldItalic: return 0x1D736
    default: return nil
    }
  }

  /// Letters that Unicode encoded before the math alphabets, which leave holes there.
  private var holes: [Unicode.Scalar: Unicode.Scalar] {
    switch self {
    case .italic: return ["h": "\u{210E}"]
    case .script:
      return [
        "B": "\u{212C}", "E": "\u{2130}", "F": "\u{2131}", "H": "\u{210B}", "I": "\u{2110}",
        "L": "\u{2112}", "M": "\u{2133}", "R": "\u{211B}", "e": "\u{212F}", "g": "\u{210A}",
        "o": "\u{2134}",
      ]
    case .fraktur:
      return ["C": "\u{212D}", "H": "\u{210C}", "I": "\u{2111}", "R": "\u{211C}", "Z": "\u{2128}"]
    case .doubleStruck:
      return [
        "C": "\u{2102}", "H": "\u{210D}", "N": "\u{2115}", "P": "\u{2119}", "Q": "\u{211A}",
        "R": "\u{211D}", "Z": "\u{2124}",
      ]
    default: return [:]
    }
  }
}

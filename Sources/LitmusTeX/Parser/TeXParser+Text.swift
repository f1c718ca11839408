extension TeXParser {
  /// The alphabet each text command sets its letters in (nil: as written).
  static let textFonts: [String: MathFont] = [
    "textbf": .bold, "textit": .italic, "emph": .italic, "textsf": .sansSerif, "texttt": .monospace,
  ]

  /// Text-mode commands that stand for one character.
  static let textSymbols: [String: String] = [
    "{": "{", "}": "}", "$": "$", "%": "%", "&": "&", "_": "_", "#": "#", " ": " ",
    "textbackslash": "\\", "ldots": "…", "dots": "…", "textendash": "–", "textemdash": "—",
    "quad": "\u{2003}", "qquad": "\u{2003}\u{2003}", ",": "\u{2009}", ";": "\u{2004}",
    ":": "\u{2005}", "!": "", "textasciitilde": "~", "textasciicircum": "^",
  ]

  /// Parses the argument of `\text` and friends (the command already consumed).
  ///
  /// Spaces become no-break spaces so MathML keeps them at the edges, a run of
  /// spaces counts once as in TeX, and `$…$` inside the text switches back to math.
  /// - Parameters:
  ///   - token: The command's token.
  ///   - name: The command's name.
  /// - Returns: An `<mtext>` node, or a group of text and math.
  mutating func parseText(token: TeXToken, name: String) -> MathNode {
    skipSpaces()
    guard let open = peek() else {
      report(TeXMessage.missingArgument("\\" + name), at: token)
      return .group([])
    }
    var pieces: [MathNode] = []
    var buffer = ""
    let textFont = Self.textFonts[name]
    switch open.kind {
    case .beginGroup:
      index += 1
      guard descend(at: open) else { return .group([]) }
      parseTextContent(open: open, font: textFont, buffer: &buffer, pieces: &pieces)
      depth -= 1
    case .character(let c):
      index += 1
      buffer.unicodeScalars.append(textFont?.map(c) ?? c)
    default:
      report(TeXMessage.missingArgument("\\" + name), at: token)
    }
    if !buffer.isEmpty { pieces.append(.text(buffer)) }
    if pieces.count == 1 { return pieces[0] }
    return .group(pieces)
  }

  /// Reads text up to the `}` that closes `open`, appending to `buffer` and `pieces`.
  private mutating func parseTextContent(
    open: TeXToken, font: MathFont?, buffer: inout String, pieces: inout [MathNode]
  ) {
    while !aborted {
      guard let token = peek() else {
        report(TeXMessage.missingCloseBrace, at: open)
        return
      }
      index += 1
      switch token.kind {
      case .endGroup:
        return
      case .beginGroup:
        guard descend(at: token) else { return }
        parseTextContent(open: token, font: font, buffer: &buffer, pieces: &pieces)
        depth -= 1
      case .space:
        if !buffer.hasSuffix("\u{A0}") { buffer += "\u{A0}" }
      case .character("~"):
        buffer += "\u{A0}"
      case .character("$"):
        if !buffer.isEmpty { pieces.append(.text(buffer)) }
        buffer = ""
        pieces.append(contentsOf: parseMathInText(open: token))
      case .character(let c):
        buffer.unicodeScalars.append(font?.map(c) ?? c)
      case .command(let command):
        if let symbol = Self.textSymbols[command] {
          buffer += symbol == " " ? "\u{A0}" : symbol
        } else if [
          "text", "textrm", "textup", "textnormal", "textmd", "textbf", "textit", "textsf",
          "texttt", "emph", "mbox", "textsc",
        ].contains(command) {
          skipSpaces()
          guard let inner = peek(), inner.kind == .beginGroup else {
            report(TeXMessage.missingArgument("\\" + command), at: token)
            continue
          }
          index += 1
          guard descend(at: inner) else { return }
          parseTextContent(
            open: inner, font: Self.textFonts[command] ?? font, buffer: &buffer, pieces: &pieces)
          depth -= 1
        } else {
          report(TeXMessage.unknownCommand(command), at: token)
        }
      case .superscript:
        report(TeXMessage.unexpectedInText("^"), at: token)
      case .subscript:
        report(TeXMessage.unexpectedInText("_"), at: token)
      case .alignment:
        report(TeXMessage.unexpectedInText("&"), at: token)
      }
    }
  }

  /// Parses `$…$` inside text (the opening `$` already consumed) as math.
  private mutating func parseMathInText(open: TeXToken) -> [MathNode] {
    guard descend(at: open) else { return [] }
    let savedDollar = dollarEndsList
    let savedBracket = bracketEndsList
    let savedFont = font
    dollarEndsList = true
    bracketEndsList = false
    font = nil
    defer {
      depth -= 1
      dollarEndsList = savedDollar
      bracketEndsList = savedBracket
      font = savedFont
    }
    var nodes: [MathNode] = []
    while true {
      let (list, stop) = parseList()
      nodes.append(contentsOf: list)
      switch stop {
      case .dollar:
        index += 1
        return nodes
      case .end, .endGroup, .endEnvironment:
        if !aborted { report(TeXMessage.unclosedMathInText, at: open) }
        return nodes
      default:
        reportStray(stop)
      }
    }
  }
}

extension TeXParser {
  /// Extensible arrows: the arrow each `\x…arrow` stretches.
  static let extensibleArrows: [String: String] = [
    "xrightarrow": "→", "xleftarrow": "←", "xRightarrow": "⇒", "xLeftarrow": "⇐",
    "xleftrightarrow": "↔", "xLeftrightarrow": "⇔", "xmapsto": "↦",
    "xhookrightarrow": "↪", "xhookleftarrow": "↩",
  ]

  /// Reads a braced argument that holds only characters and spaces, like a colour
  /// name or a length (the command already consumed).
  /// - Parameters:
  ///   - command: The command's token.
  ///   - name: The command's name, for diagnostics.
  /// - Returns: The tokens between the braces and the byte range of the whole
  ///   argument, or nil after a diagnostic.
  mutating func parseFlatArgument(for command: TeXToken, name: String)
    -> (tokens: ArraySlice<TeXToken>, start: Int, end: Int)?
  {
    skipSpaces()
    guard let open = peek(), open.kind == .beginGroup else {
      report(TeXMessage.missingArgument("\\" + name), at: command)
      return nil
    }
    var scan = index + 1
    while scan < tokens.count {
      switch tokens[scan].kind {
      case .endGroup:
        let inner = tokens[(index + 1)..<scan]
        index = scan + 1
        return (inner, open.offset, previousEnd)
      case .beginGroup, .alignment, .superscript, .subscript:
        // Not flat: leave it to the ordinary parser, which checks the braces.
        guard descend(at: open) else { return nil }
        _ = parseGroup()
        depth -= 1
        report(TeXMessage.invalidArgument("\\" + name), from: open.offset, to: previousEnd)
        return nil
      default:
        scan += 1
      }
    }
    report(TeXMessage.missingCloseBrace, at: open)
    index = tokens.count
    return nil
  }

  /// Reads the colour argument of `\color` or `\textcolor`: a name of ASCII letters
  /// (`red`, `RoyalBlue`) or `#` and 3, 4, 6 or 8 hex digits. `[HTML]{FF8800}` is
  /// read as `#FF8800`. Anything else is a positioned error, so nothing but a
  /// checked name or number reaches the `mathcolor` attribute.
  /// - Parameters:
  ///   - command: The command's token.
  ///   - name: The command's name.
  /// - Returns: The colour, or nil after a diagnostic.
  mutating func parseColor(for command: TeXToken, name: String) -> String? {
    var model: String?
    skipSpaces()
    if let open = peek(), case .character("[") = open.kind {
      var scan = index + 1
      var text = ""
      while scan < tokens.count, case .character(let c) = tokens[scan].kind, c != "]" {
        text.unicodeScalars.append(c)
        scan += 1
      }
      guard scan < tokens.count, case .character("]") = tokens[scan].kind else {
        report(TeXMessage.invalidColorModel(text), at: open)
        return nil
      }
      index = scan + 1
      guard text == "HTML" else {
        report(TeXMessage.invalidColorModel(text), from: open.offset, to: previousEnd)
        _ = parseFlatArgument(for: command, name: name)
        return nil
      }
      model = text
    }
    guard let argument = parseFlatArgument(for: command, name: name) else { return nil }
    var text = ""
    for token in argument.tokens {
      switch token.kind {
      case .character(let c): text.unicodeScalars.append(c)
      case .space: continue
      case .command(let other): text += "\\" + other
      default: text += "?"
      }
    }
    let hexDigits = text.unicodeScalars.allSatisfy { $0.properties.isASCIIHexDigit }
    if model == "HTML", hexDigits, text.unicodeScalars.count == 6 { return "#" + text }
    let scalars = text.unicodeScalars
    if model == nil, !scalars.isEmpty, scalars.allSatisfy(TeXLexer.isASCIILetter) { return text }
    if model == nil, scalars.first == "#", [4, 5, 7, 9].contains(scalars.count),
      scalars.dropFirst().allSatisfy(\.properties.isASCIIHexDigit)
    {
      return text
    }
    report(TeXMessage.invalidColor(text), from: argument.start, to: argument.end)
    return nil
  }

  /// Parses `\hspace{length}` or `\hspace*{length}` as a space of that width.
  ///
  /// A length past ``TeXLength/maximumDrawnEm`` either way (or too long a number) is
  /// an invalid length, reported on the argument, rather than a page-wide space.
  /// - Parameter token: The command's token.
  /// - Returns: The space, or nothing after a diagnostic.
  mutating func parseHorizontalSpace(token: TeXToken) -> [MathNode] {
    if case .character("*")? = peek()?.kind { index += 1 }
    guard let argument = parseFlatArgument(for: token, name: "hspace") else { return [] }
    guard let length = TeXLength.parse(argument.tokens), length.isDrawable else {
      report(TeXMessage.invalidLength("\\hspace"), from: argument.start, to: argument.end)
      return []
    }
    return [.space(length.css)]
  }

  /// Parses `\smash`, the `\…lap` commands and their math variants.
  ///
  /// `\smash` (and `\smash[t]`, `\smash[b]`) zeroes the height and depth and
  /// `\rlap`/`\mathrlap` the width, with `<mpadded>`. `\llap`, `\clap` and their math
  /// variants are rendered at their natural width: MathML Core cannot move content
  /// left by its own width, so the overlap they ask for is not drawn. `\rlap`,
  /// `\llap` and `\clap` take text, as in LaTeX (`$…$` inside switches to math).
  /// - Parameters:
  ///   - name: The command's name.
  ///   - token: The command's token.
  /// - Returns: The content, or nothing after a diagnostic.
  mutating func parseOverlap(_ name: String, token: TeXToken) -> [MathNode] {
    var height = true
    var depthToo = true
    if name == "smash" {
      skipSpaces()
      if let open = peek(), case .character("[") = open.kind, index + 2 < tokens.count,
        case .character(let side) = tokens[index + 1].kind, side == "t" || side == "b",
        case .character("]") = tokens[index + 2].kind
      {
        index += 3
        height = side == "t"
        depthToo = side == "b"
      }
    }
    let content: MathNode
    if ["rlap", "llap", "clap"].contains(name) {
      content = parseText(token: token, name: name)
    } else {
      guard let argument = parseArgument(for: token, name: "\\" + name) else { return [] }
      content = argument
    }
    switch name {
    case "smash":
      return [.padded(content, width: nil, height: height ? "0" : nil, depth: depthToo ? "0" : nil)]
    case "rlap", "mathrlap":
      return [.padded(content, width: "0", height: nil, depth: nil)]
    default:
      return [content]
    }
  }

  /// Parses `\xrightarrow[below]{above}` and the other extensible arrows: the arrow
  /// stretches under and over its labels, which get 5mu of room on either side.
  /// - Parameters:
  ///   - arrow: The arrow character.
  ///   - name: The command's name.
  ///   - token: The command's token.
  /// - Returns: The arrow with its labels, or nothing after a diagnostic.
  mutating func parseExtensibleArrow(_ arrow: String, name: String, token: TeXToken)
    -> [MathNode]
  {
    var below: [MathNode] = []
    if let optional = parseOptionalMath(missing: TeXMessage.missingBracketFor("\\" + name)) {
      guard let nodes = optional else { return [] }
      below = nodes
    }
    guard let above = parseArgument(for: token, name: "\\" + name) else { return [] }
    func padded(_ nodes: [MathNode]) -> MathNode {
      .group([.space("0.2778em")] + nodes + [.space("0.2778em")])
    }
    var aboveNodes = [above]
    if case .group(let nodes) = above { aboveNodes = nodes }
    let base = MathNode.symbol(MathOperator(text: arrow, atomClass: .rel, role: .stretchy))
    return [.stack(base, over: padded(aboveNodes), under: below.isEmpty ? nil : padded(below))]
  }
}

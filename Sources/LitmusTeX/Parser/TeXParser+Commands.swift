extension TeXParser {
  /// Sizes of `\big`, `\Big`, `\bigg` and `\Bigg` delimiters.
  static let delimiterSizes: [String: String] = [
    "big": "1.2em", "Big": "1.623em", "bigg": "2.047em", "Bigg": "2.470em",
  ]

  /// Accent commands: the mark, whether it stretches, whether it goes below.
  ///
  /// Wide marks are characters math fonts give horizontal variants for, checked in
  /// Chromium with a TeX Gyre math font: U+0302 and U+0303 widen, arrows and braces
  /// stretch. No line character stretches reliably (U+203E, U+00AF, U+005F never;
  /// U+0332 only over wide bases), so `\overline` and `\underline` are CSS borders.
  static let accents: [String: (mark: String, stretchy: Bool, below: Bool)] = [
    "hat": ("^", false, false), "widehat": ("\u{302}", true, false),
    "tilde": ("~", false, false), "widetilde": ("\u{303}", true, false),
    "bar": ("¯", false, false),
    "vec": ("→", false, false), "overrightarrow": ("→", true, false),
    "overleftarrow": ("←", true, false),
    "dot": ("˙", false, false), "ddot": ("¨", false, false), "dddot": ("⃛", false, false),
    "check": ("ˇ", false, false), "breve": ("˘", false, false),
    "acute": ("´", false, false), "grave": ("`", false, false),
    "mathring": ("˚", false, false),
    "overbrace": ("⏞", true, false), "underbrace": ("⏟", true, true),
  ]

  /// Relations that `\not` turns into a single negated character.
  static let negations: [String: String] = [
    "=": "≠", "∈": "∉", "<": "≮", ">": "≯", "≤": "≰", "≥": "≱", "∼": "≁", "≅": "≇",
    "≡": "≢", "⊂": "⊄", "⊃": "⊅", "⊆": "⊈", "⊇": "⊉", "∣": "∤", "∥": "∦", "→": "↛",
    "≈": "≉", "∋": "∌",
  ]

  /// Parses a command whose token has just been consumed.
  /// - Parameters:
  ///   - name: The command's name without its backslash.
  ///   - token: The command's token, for diagnostics.
  /// - Returns: The nodes the command produces.
  mutating func parseCommand(_ name: String, token: TeXToken) -> [MathNode] {
    if let symbol = SymbolTable.commands[name] {
      return [node(for: symbol)]
    }
    if let font = MathFont.named(name) {
      return withFont(font, restoring: self.font, token: token, name: name)
    }
    if let arrow = Self.extensibleArrows[name] {
      return parseExtensibleArrow(arrow, name: name, token: token)
    }
    if let accent = Self.accents[name] {
      guard let base = parseArgument(for: token, name: "\\" + name) else { return [] }
      return [.accent(base, mark: accent.mark, stretchy: accent.stretchy, below: accent.below)]
    }
    let sizeName = ["l", "r", "m"].contains(name.last) ? String(name.dropLast()) : name
    if let size = Self.delimiterSizes[sizeName] {
      return parseSizedDelimiter(name, size: size, token: token)
    }
    switch name {
    case "overline", "underline":
      guard let base = parseArgument(for: token, name: "\\" + name) else { return [] }
      return [.ruled(base, below: name == "underline")]
    case "frac", "dfrac", "tfrac", "cfrac":
      guard let numerator = parseArgument(for: token, name: "\\" + name),
        let denominator = parseArgument(for: token, name: "\\" + name)
      else { return [] }
      let display: Bool? = name == "dfrac" || name == "cfrac" ? true : name == "tfrac" ? false : nil
      return [.fraction(numerator, denominator, thickness: nil, display: display)]
    case "binom", "dbinom", "tbinom":
      guard let top = parseArgument(for: token, name: "\\" + name),
        let bottom = parseArgument(for: token, name: "\\" + name)
      else { return [] }
      let display: Bool? = name == "dbinom" ? true : name == "tbinom" ? false : nil
      return [
        .fenced(
          open: "(", body: [.fraction(top, bottom, thickness: "0", display: display)], close: ")")
      ]
    case "sqrt":
      return parseSquareRoot(token: token)
    case "left":
      return [parseLeft(token: token)]
    case "begin":
      return parseEnvironment(token: token)
    case "operatorname", "operatornamewithlimits":
      return parseOperatorName(name, token: token)
    case "mathop":
      return parseMathOp(token: token)
    case "mathbin", "mathrel", "mathord", "mathopen", "mathclose", "mathpunct", "mathinner":
      return parseClassed(name, token: token)
    case "pmod", "mod", "pod":
      return parseModulo(name, token: token)
    case "text", "textrm", "textup", "textnormal", "mbox", "hbox", "textmd", "textbf", "textit",
      "textsf", "texttt", "emph", "textsc":
      return [parseText(token: token, name: name)]
    case "color":
      // Reached only as a lone argument (`^\color{red}`): it colours nothing.
      _ = parseColor(for: token, name: name)
      return []
    case "textcolor":
      guard let color = parseColor(for: token, name: name),
        let argument = parseArgument(for: token, name: "\\textcolor")
      else { return [] }
      if case .group(let nodes) = argument { return [.colored(color, nodes)] }
      return [.colored(color, [argument])]
    case "hspace":
      return parseHorizontalSpace(token: token)
    case "smash", "rlap", "llap", "clap", "mathrlap", "mathllap", "mathclap":
      return parseOverlap(name, token: token)
    case "cancel", "bcancel", "xcancel":
      guard let argument = parseArgument(for: token, name: "\\" + name) else { return [] }
      return [.struck(argument, up: name != "bcancel", down: name != "cancel")]
    case "stackrel", "overset", "underset":
      guard let first = parseArgument(for: token, name: "\\" + name),
        let base = parseArgument(for: token, name: "\\" + name)
      else { return [] }
      return name == "underset"
        ? [.stack(base, over: nil, under: first)] : [.stack(base, over: first, under: nil)]
    case "not":
      return [parseNegation(token: token)]
    case "phantom", "hphantom", "vphantom":
      guard let argument = parseArgument(for: token, name: "\\" + name) else { return [] }
      return [.phantom(argument)]
    case "label":
      _ = parseArgument(for: token, name: "\\label")
      return []
    case "tag":
      var starred = false
      if case .character("*")? = peek()?.kind {
        index += 1
        starred = true
      }
      let label = parseText(token: token, name: "tag")
      if case .text(let text) = label {
        tags.append(.text(starred ? text : "(\(text))"))
      } else {
        tags.append(starred ? label : .group([.text("("), label, .text(")")]))
      }
      return []
    case "nonumber", "notag", "relax", "allowbreak", "nobreak", "limits", "nolimits":
      if name == "limits" || name == "nolimits" { report(TeXMessage.misplacedLimits, at: token) }
      return []
    case "hline", "hdashline":
      report(TeXMessage.misplacedRule(name), at: token)
      return []
    case "boxed":
      guard let base = parseArgument(for: token, name: "\\boxed") else { return [] }
      return [.boxed(base)]
    case "substack":
      return [parseSubstack(token: token)]
    case "":
      report(TeXMessage.incompleteCommand, at: token)
      return []
    default:
      report(TeXMessage.unknownCommand(name), at: token)
      return []
    }
  }

  /// Parses the argument of a font command like `\mathbf` in that font.
  private mutating func withFont(
    _ font: MathFont, restoring saved: MathFont?, token: TeXToken, name: String
  ) -> [MathNode] {
    self.font = font
    let argument = parseArgument(for: token, name: "\\" + name)
    self.font = saved
    return argument.map { [$0] } ?? []
  }

  /// Parses `\sqrt{x}` or `\sqrt[n]{x}`.
  private mutating func parseSquareRoot(token: TeXToken) -> [MathNode] {
    var rootIndex: MathNode?
    if let optional = parseOptionalMath(missing: TeXMessage.missingBracket) {
      guard let nodes = optional else { return [] }
      rootIndex = nodes.isEmpty ? nil : .group(nodes)
    }
    guard let radicand = parseArgument(for: token, name: "\\sqrt") else { return [] }
    return [.root(radicand, index: rootIndex)]
  }

  /// Parses an optional argument in brackets as math (`\sqrt[3]`, `\xrightarrow[below]`).
  /// - Parameter missing: The message if the `]` is missing.
  /// - Returns: nil if no `[` follows (nothing consumed but spaces); `.some(nil)` if
  ///   parsing must stop (nesting too deep); otherwise the argument's atoms.
  mutating func parseOptionalMath(missing: String) -> [MathNode]?? {
    skipSpaces()
    guard let open = peek(), case .character("[") = open.kind else { return nil }
    index += 1
    guard descend(at: open) else { return .some(nil) }
    let saved = bracketEndsList
    bracketEndsList = true
    defer {
      bracketEndsList = saved
      depth -= 1
    }
    var nodes: [MathNode] = []
    while true {
      let (list, stop) = parseList()
      nodes.append(contentsOf: list)
      if stop == .bracket {
        index += 1
        return nodes
      }
      if [.end, .endEnvironment, .endGroup, .dollar].contains(stop) {
        if !aborted { report(missing, at: open) }
        return nodes
      }
      reportStray(stop)
    }
  }

  /// Parses `\big(`, `\Bigl[` and friends: a delimiter of a fixed size.
  private mutating func parseSizedDelimiter(_ name: String, size: String, token: TeXToken)
    -> [MathNode]
  {
    guard let delimiter = parseDelimiter(after: name, command: token), let text = delimiter else {
      return []
    }
    let atomClass: AtomClass
    switch name.last {
    case "l": atomClass = .open
    case "r": atomClass = .close
    case "m": atomClass = .rel
    default: atomClass = .ord
    }
    return [.symbol(MathOperator(text: text, atomClass: atomClass, role: .sized(size)))]
  }

  /// Parses `\not` and the relation it negates.
  private mutating func parseNegation(token: TeXToken) -> MathNode {
    guard let argument = parseArgument(for: token, name: "\\not") else { return .group([]) }
    guard case .symbol(var op) = argument else { return argument }
    op.text = Self.negations[op.text] ?? op.text + "\u{338}"
    return .symbol(op)
  }

  /// Parses `\substack{a \\ b}`: centered rows, for stacked limits.
  private mutating func parseSubstack(token: TeXToken) -> MathNode {
    skipSpaces()
    guard let open = peek(), open.kind == .beginGroup else {
      report(TeXMessage.missingArgument("\\substack"), at: token)
      return .group([])
    }
    index += 1
    guard descend(at: open) else { return .group([]) }
    defer { depth -= 1 }
    var rows: [[[MathNode]]] = [[[]]]
    while true {
      let (list, stop) = parseList()
      rows[rows.count - 1][0].append(contentsOf: list)
      switch stop {
      case .rowBreak:
        consumeRowBreak()
        rows.append([[]])
      case .endGroup:
        index += 1
        if rows.count > 1, rows[rows.count - 1][0].isEmpty { rows.removeLast() }
        return .table(
          MathTable(rows: rows, layout: .gathered, displayStyle: false, open: nil, close: nil))
      case .end, .endEnvironment, .dollar:
        if !aborted { report(TeXMessage.missingCloseBrace, at: open) }
        return .table(
          MathTable(rows: rows, layout: .gathered, displayStyle: false, open: nil, close: nil))
      default:
        reportStray(stop)
      }
    }
  }
}

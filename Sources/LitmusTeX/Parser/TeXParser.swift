/// Parses the tokens of one formula into a ``MathNode`` tree, collecting diagnostics.
///
/// A recursive-descent parser with an explicit depth limit: every group,
/// argument, environment and `\left…\right` pair counts one level, and past
/// the limit parsing stops with `nesting too deep`, so neither this parser nor
/// the writer can overflow the stack. Every token is looked at a bounded number
/// of times, so time is linear in the input. After an error the parser skips the
/// offending token and goes on, so one pass reports several problems.
struct TeXParser {
  /// Why a list of atoms ended; the token that ended it is not consumed.
  enum Stop: Equatable {
    case end
    case endGroup
    case alignment
    case rowBreak
    case endEnvironment
    case right
    case middle
    case bracket
    case dollar
  }

  let tokens: [TeXToken]
  let endOffset: Int
  let maximumDepth: Int
  /// The stack the parser may use, measured from its creation.
  let stack: StackBudget
  var index = 0
  var depth = 0
  var aborted = false
  var diagnostics: [TeXDiagnostic] = []
  /// The math alphabet in force (`\mathbf{…}`), or nil for the default italic.
  var font: MathFont?
  /// Whether a `]` ends the current list (inside the index of `\sqrt[…]`).
  var bracketEndsList = false
  /// Whether a `$` ends the current list (math inside `\text{…}`).
  var dollarEndsList = false
  /// How many environments enclose the current position.
  var tableDepth = 0
  /// Equation tags (`\tag{1}`), written after the formula.
  var tags: [MathNode] = []
  /// Whether the atom being parsed is a one-token argument (`\frac12`), so a
  /// digit or letter does not extend into a number or word.
  var singleToken = false
  /// The depth of the list whose rest is being read as the denominator of an infix
  /// fraction (`a \over b`), so a second infix in the same list is reported.
  var infixDepth: Int?

  /// Creates a parser for one formula.
  /// - Parameters:
  ///   - tex: The formula, without delimiters.
  ///   - maximumDepth: The deepest nesting accepted.
  ///   - stack: The stack the parser may use.
  init(tex: String, maximumDepth: Int, stack: StackBudget) {
    self.tokens = TeXLexer.tokenize(tex)
    self.endOffset = tex.utf8.count
    self.maximumDepth = max(1, maximumDepth)
    self.stack = stack
  }

  // MARK: - Entry point

  /// Parses the whole formula. Rows separated by a top-level `\\` become a gathered table.
  /// - Returns: The formula's nodes.
  mutating func parseFormula() -> [MathNode] {
    var rows: [[MathNode]] = [[]]
    while true {
      let (nodes, stop) = parseList()
      rows[rows.count - 1].append(contentsOf: nodes)
      if stop == .end || aborted { break }
      if stop == .rowBreak {
        consumeRowBreak()
        rows.append([])
      } else {
        reportStray(stop)
      }
    }
    if rows.count > 1, rows[rows.count - 1].isEmpty { rows.removeLast() }
    var formula: [MathNode]
    if rows.count == 1 {
      formula = rows[0]
    } else {
      let table = MathTable(
        rows: rows.map { [$0] }, layout: .gathered, displayStyle: true, open: nil, close: nil)
      formula = [.table(table)]
    }
    for tag in tags { formula += [.space("2em"), tag] }
    return formula
  }

  // MARK: - Lists

  /// Parses atoms until a token that ends a list, which it leaves unconsumed.
  /// - Returns: The atoms and why the list ended.
  mutating func parseList() -> ([MathNode], Stop) {
    var nodes: [MathNode] = []
    while !aborted {
      guard let token = peek() else { return (nodes, .end) }
      switch token.kind {
      case .endGroup: return (nodes, .endGroup)
      case .alignment: return (nodes, .alignment)
      case .space: index += 1
      case .character("]") where bracketEndsList: return (nodes, .bracket)
      case .character("$") where dollarEndsList: return (nodes, .dollar)
      case .command(let name):
        switch name {
        case "\\", "cr": return (nodes, .rowBreak)
        case "end": return (nodes, .endEnvironment)
        case "right": return (nodes, .right)
        case "middle": return (nodes, .middle)
        case "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle":
          index += 1
          guard descend(at: token) else { return (nodes, .end) }
          let (rest, stop) = parseList()
          depth -= 1
          nodes.append(.styled(display: name == "displaystyle", rest))
          return (nodes, stop)
        case "over", "atop", "choose", "brace", "brack":
          index += 1
          return parseInfixFraction(name, numerator: nodes, token: token)
        case "color":
          index += 1
          guard let color = parseColor(for: token, name: name) else { continue }
          guard descend(at: token) else { return (nodes, .end) }
          let (rest, stop) = parseList()
          depth -= 1
          nodes.append(.colored(color, rest))
          return (nodes, stop)
        case "rm", "bf", "it", "sf", "tt", "cal":
          index += 1
          font = MathFont.named(name == "rm" ? "mathrm" : "math" + name)
        default:
          nodes.append(contentsOf: parseAtomWithScripts())
        }
      default:
        nodes.append(contentsOf: parseAtomWithScripts())
      }
    }
    return (nodes, .end)
  }

  /// Parses the rest of a list as the denominator of `\over`, `\atop`, `\choose`,
  /// `\brace` or `\brack` (already consumed): as in TeX, the infix command splits
  /// the whole enclosing group, cell or formula.
  /// - Parameters:
  ///   - name: The command's name.
  ///   - numerator: The atoms before the command.
  ///   - token: The command's token.
  /// - Returns: The fraction and why the list ended.
  mutating func parseInfixFraction(_ name: String, numerator: [MathNode], token: TeXToken)
    -> ([MathNode], Stop)
  {
    if infixDepth == depth { report(TeXMessage.ambiguousInfix(name), at: token) }
    guard descend(at: token) else { return (numerator, .end) }
    let saved = infixDepth
    infixDepth = depth
    let (denominator, stop) = parseList()
    infixDepth = saved
    depth -= 1
    let fraction = MathNode.fraction(
      .group(numerator), .group(denominator), thickness: name == "over" ? nil : "0", display: nil)
    let fences: [String: (String, String)] = [
      "choose": ("(", ")"), "brace": ("{", "}"), "brack": ("[", "]"),
    ]
    guard let (open, close) = fences[name] else { return ([fraction], stop) }
    return ([.fenced(open: open, body: [fraction], close: close)], stop)
  }

  /// Reports a token that cannot appear where it stands, and consumes it.
  /// - Parameter stop: The kind of token found.
  mutating func reportStray(_ stop: Stop) {
    guard let token = peek() else { return }
    switch stop {
    case .end:
      return
    case .endGroup:
      report(TeXMessage.unexpectedCloseBrace, at: token)
      index += 1
    case .alignment:
      report(TeXMessage.misplacedAlignment, at: token)
      index += 1
    case .rowBreak:
      report(TeXMessage.misplacedRowBreak, at: token)
      consumeRowBreak()
    case .endEnvironment:
      index += 1
      let name = parseEnvironmentName() ?? ""
      report(TeXMessage.endWithoutBegin(name), from: token.offset, to: previousEnd)
    case .right, .middle:
      report(stop == .right ? TeXMessage.rightWithoutLeft : TeXMessage.middleWithoutLeft, at: token)
      index += 1
      _ = parseDelimiter(after: stop == .right ? "right" : "middle", command: token)
    case .bracket, .dollar:
      index += 1
    }
  }

  /// Consumes a `\\` or `\cr`, a `*` right after it, and its optional `[length]`.
  ///
  /// Only a valid TeX length in brackets (`[4pt]`, `[-1ex]`, `[ 0.5em ]`, `[2\jot]`)
  /// is taken as the argument, and the space it asks for is ignored. Anything else in
  /// brackets, like `[\nabla L]_k` or `[0, 1]`, is the next row's content: amsmath
  /// reads it that way when a space or newline separates it from the `\\`, and
  /// rendering it is friendlier than swallowing it.
  mutating func consumeRowBreak() {
    index += 1
    if case .character("*")? = peek()?.kind { index += 1 }
    let afterBreak = index
    skipSpaces()
    guard case .character("[")? = peek()?.kind else {
      index = afterBreak
      return
    }
    var scan = index + 1
    while scan < tokens.count, scan - index < 32 {
      switch tokens[scan].kind {
      case .character("]"):
        if TeXLength.parse(tokens[(index + 1)..<scan]) != nil {
          index = scan + 1
        } else {
          index = afterBreak
        }
        return
      case .character, .space, .command:
        scan += 1
      default:
        index = afterBreak
        return
      }
    }
    index = afterBreak
  }

  // MARK: - Atoms

  /// Parses one atom and any scripts and primes attached to it.
  /// - Returns: The atom (usually one node; none for commands that produce nothing).
  mutating func parseAtomWithScripts() -> [MathNode] {
    guard let token = peek() else { return [] }
    var base: MathNode
    switch token.kind {
    case .superscript, .subscript, .character("'"):
      base = .group([])
    default:
      let atoms = parseAtom()
      guard let last = atoms.last else { return [] }
      if case .space = last { return atoms }
      base = last
      return Array(atoms.dropLast()) + [attachScripts(to: base)]
    }
    return [attachScripts(to: base)]
  }

  /// Attaches the scripts, primes and `\limits` that follow to a base.
  /// - Parameter base: The atom the scripts belong to.
  /// - Returns: The base, or a scripts node around it.
  mutating func attachScripts(to base: MathNode) -> MathNode {
    var base = base
    var sub: MathNode?
    var sup: MathNode?
    var primes = 0
    loop: while !aborted {
      skipSpaces()
      guard let token = peek() else { break }
      switch token.kind {
      case .character("'"):
        if sup != nil { report(TeXMessage.doubleSuperscript, at: token) }
        primes += 1
        index += 1
      case .superscript, .subscript:
        let isSuper = token.kind == .superscript
        index += 1
        let argument = parseArgument(for: token, name: isSuper ? "^" : "_")
        if isSuper {
          if sup != nil { report(TeXMessage.doubleSuperscript, at: token) }
          sup = argument ?? .group([])
        } else {
          if sub != nil { report(TeXMessage.doubleSubscript, at: token) }
          sub = argument ?? .group([])
        }
      case .command(let name) where name == "limits" || name == "nolimits":
        index += 1
        let placement: LimitsPlacement = name == "limits" ? .always : .never
        switch base {
        case .largeOperator(let text, _): base = .largeOperator(text, limits: placement)
        case .function(let text, _): base = .function(text, limits: placement)
        case .operatorName(let body, _): base = .operatorName(body, limits: placement)
        default: report(TeXMessage.misplacedLimits, at: token)
        }
      default:
        break loop
      }
    }
    if primes > 0 {
      let prime = MathNode.symbol(MathOperator(text: primeText(primes), atomClass: .ord))
      if sub == nil, sup == nil {
        // Unicode primes are drawn raised already; as a superscript Chromium shrinks
        // and lifts them again (checked in a screenshot), so a lone prime follows its base.
        return .group([base, prime])
      }
      if let existing = sup {
        sup = .group([prime, existing])
      } else {
        sup = prime
      }
    }
    if sub == nil, sup == nil { return base }
    if case .accent(_, let mark, _, _) = base, mark == "⏟" || mark == "⏞" {
      // Braces take limits, as in TeX: `\underbrace{…}_{n}^{m}` sets n under the
      // brace and m over the material.
      return .stack(base, over: sup, under: sub)
    }
    return .scripts(base: base, sub: sub, sup: sup)
  }

  private func primeText(_ count: Int) -> String {
    switch count {
    case 1: return "′"
    case 2: return "″"
    case 3: return "‴"
    default: return String(repeating: "′", count: count)
    }
  }

  /// Parses one atom without scripts: a character, a number, a group or a command.
  /// - Returns: The nodes the atom produces (none for commands like `\label`).
  mutating func parseAtom() -> [MathNode] {
    let extend = !singleToken
    singleToken = false
    guard let token = peek() else { return [] }
    switch token.kind {
    case .beginGroup:
      return [.group(parseGroup())]
    case .command(let name):
      index += 1
      return parseCommand(name, token: token)
    case .character(let scalar):
      return [parseCharacter(scalar, token: token, extend: extend)]
    case .space:
      index += 1
      return []
    case .endGroup, .alignment, .superscript, .subscript:
      reportStray(token.kind == .endGroup ? .endGroup : .alignment)
      return []
    }
  }

  /// Parses a braced group; the current token is its `{`.
  /// - Returns: The group's atoms.
  mutating func parseGroup() -> [MathNode] {
    guard let open = peek() else { return [] }
    index += 1
    guard descend(at: open) else { return [] }
    defer { depth -= 1 }
    let savedFont = font
    let savedBracket = bracketEndsList
    let savedDollar = dollarEndsList
    bracketEndsList = false
    dollarEndsList = false
    defer {
      font = savedFont
      bracketEndsList = savedBracket
      dollarEndsList = savedDollar
    }
    var nodes: [MathNode] = []
    while true {
      let (list, stop) = parseList()
      nodes.append(contentsOf: list)
      switch stop {
      case .endGroup:
        index += 1
        return nodes
      case .end, .endEnvironment:
        if !aborted { report(TeXMessage.missingCloseBrace, at: open) }
        return nodes
      default:
        reportStray(stop)
      }
    }
  }

  /// Parses the argument of a command or script: a braced group or a single atom.
  /// - Parameters:
  ///   - command: The token of the command that takes the argument.
  ///   - name: How to name the command in a diagnostic, like `\frac` or `^`.
  /// - Returns: The argument, or nil (after a diagnostic) if it is missing.
  mutating func parseArgument(for command: TeXToken, name: String) -> MathNode? {
    skipSpaces()
    guard let token = peek() else {
      report(TeXMessage.missingArgument(name), at: command)
      return nil
    }
    switch token.kind {
    case .beginGroup:
      return .group(parseGroup())
    case .endGroup, .alignment, .superscript, .subscript:
      report(TeXMessage.missingArgument(name), at: command)
      return nil
    case .command(let next) where ["\\", "cr", "end", "right", "middle"].contains(next):
      report(TeXMessage.missingArgument(name), at: command)
      return nil
    case .character("]") where bracketEndsList, .character("$") where dollarEndsList:
      report(TeXMessage.missingArgument(name), at: command)
      return nil
    default:
      guard descend(at: token) else { return nil }
      defer { depth -= 1 }
      singleToken = true
      let atoms = parseAtom()
      singleToken = false
      return atoms.count == 1 ? atoms[0] : .group(atoms)
    }
  }

  /// Parses a letter, digit or symbol character.
  /// - Parameters:
  ///   - scalar: The character.
  ///   - token: Its token (already current, not yet consumed).
  ///   - extend: Whether digits extend into a number and upright letters into a word.
  /// - Returns: The node for it.
  mutating func parseCharacter(_ scalar: Unicode.Scalar, token: TeXToken, extend: Bool) -> MathNode
  {
    index += 1
    if ("0"..."9").contains(scalar) || (scalar == "." && nextIsDigit()) {
      var text = String(scalar)
      var seenPoint = scalar == "."
      while extend, let next = peek(), case .character(let c) = next.kind {
        if ("0"..."9").contains(c) {
          text.unicodeScalars.append(c)
        } else if c == ".", !seenPoint, nextIsDigit(after: index + 1) {
          seenPoint = true
          text.unicodeScalars.append(c)
        } else {
          break
        }
        index += 1
      }
      return .number(styled(text))
    }
    if scalar.properties.isAlphabetic {
      var text = String(scalar)
      if extend, let font, font.isUpright {
        while let next = peek(), case .character(let c) = next.kind, c.properties.isAlphabetic {
          text.unicodeScalars.append(c)
          index += 1
        }
      }
      return .identifier(styled(text), upright: font == .roman)
    }
    switch scalar {
    case "+": return .symbol(MathOperator(text: "+", atomClass: .bin))
    case "-", "−": return .symbol(MathOperator(text: "−", atomClass: .bin))
    case "*": return .symbol(MathOperator(text: "∗", atomClass: .bin))
    case "=", "<", ">", ":": return .symbol(MathOperator(text: String(scalar), atomClass: .rel))
    case ",", ";": return .symbol(MathOperator(text: String(scalar), atomClass: .punct))
    case "(", "[": return .symbol(MathOperator(text: String(scalar), atomClass: .open))
    case ")", "]", "!", "?": return .symbol(MathOperator(text: String(scalar), atomClass: .close))
    case "|", "/", ".", "@", "\"":
      return .symbol(MathOperator(text: String(scalar), atomClass: .ord))
    case "~": return .space("0.3333em")
    case "#", "$", "\\":
      report(TeXMessage.unexpectedCharacter(String(scalar)), at: token)
      return .group([])
    default:
      break
    }
    if let symbol = SymbolTable.byCharacter[String(scalar)] {
      return node(for: symbol)
    }
    return .symbol(MathOperator(text: String(scalar), atomClass: .ord))
  }

  /// Maps a run of letters or digits into the current math alphabet.
  /// - Parameter text: Letters or digits as written.
  /// - Returns: The styled text.
  func styled(_ text: String) -> String {
    guard let font, font != .roman else { return text }
    var result = ""
    for scalar in text.unicodeScalars { result.unicodeScalars.append(font.map(scalar)) }
    return result
  }

  /// The node a symbol command or character stands for, in the current font.
  /// - Parameter symbol: The symbol.
  /// - Returns: Its node.
  func node(for symbol: MathSymbol) -> MathNode {
    switch symbol {
    case .identifier(let text, let upright):
      if let font {
        if font == .roman { return .identifier(text, upright: true) }
        let mapped = styled(text)
        if mapped != text { return .identifier(mapped, upright: false) }
      }
      return .identifier(text, upright: upright)
    case .symbol(let text, let atomClass):
      return .symbol(MathOperator(text: text, atomClass: atomClass))
    case .largeOperator(let text, let limits):
      return .largeOperator(text, limits: limits)
    case .function(let text, let limits):
      return .function(text, limits: limits)
    case .space(let width):
      return .space(width)
    }
  }

  // MARK: - Tokens and diagnostics

  /// The current token, skipping nothing.
  func peek() -> TeXToken? {
    index < tokens.count ? tokens[index] : nil
  }

  /// The byte offset just past the last consumed token.
  var previousEnd: Int {
    guard index > 0, index - 1 < tokens.count else { return endOffset }
    return tokens[index - 1].offset + tokens[index - 1].length
  }

  mutating func skipSpaces() {
    while index < tokens.count, tokens[index].kind == .space { index += 1 }
  }

  private func nextIsDigit(after position: Int? = nil) -> Bool {
    let position = position ?? index
    guard position < tokens.count, case .character(let c) = tokens[position].kind else {
      return false
    }
    return ("0"..."9").contains(c)
  }

  /// Enters one nesting level; past the limit, reports `nesting too deep` and aborts.
  /// - Parameter token: Where the new level starts.
  /// - Returns: Whether parsing may go on (the caller must decrement `depth` if so).
  mutating func descend(at token: TeXToken) -> Bool {
    if aborted { return false }
    if depth >= maximumDepth || stack.isExhausted {
      report(TeXMessage.nestingTooDeep, at: token)
      aborted = true
      return false
    }
    depth += 1
    return true
  }

  mutating func report(_ message: String, at token: TeXToken) {
    report(message, from: token.offset, to: token.offset + token.length)
  }

  mutating func report(_ message: String, from start: Int, to end: Int) {
    guard diagnostics.count < 100 else { return }
    diagnostics.append(TeXDiagnostic(message: message, offset: start, length: max(0, end - start)))
  }
}

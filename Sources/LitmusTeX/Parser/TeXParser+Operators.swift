extension TeXParser {
  /// Parses `\operatorname{…}`, `\operatorname*{…}` or `\operatornamewithlimits{…}`
  /// (the command already consumed).
  ///
  /// A plain-text argument (`softmax`, `arg\,max`) is one upright `<mi>`; any other
  /// argument (`D_{KL}`, `\hat{y}`) is rendered as math with upright letters, its
  /// scripts and accents kept, and both get a function name's spacing.
  /// - Parameters:
  ///   - name: The command's name.
  ///   - token: The command's token.
  /// - Returns: The function name, or nothing after a diagnostic.
  mutating func parseOperatorName(_ name: String, token: TeXToken) -> [MathNode] {
    var limits: LimitsPlacement = name == "operatorname" ? .never : .display
    if name == "operatorname", case .character("*")? = peek()?.kind {
      index += 1
      limits = .display
    }
    let saved = font
    font = .roman
    let argument = parseArgument(for: token, name: "\\" + name)
    font = saved
    guard let argument else { return [] }
    if let text = Self.plainText(of: argument) { return [.function(text, limits: limits)] }
    return [.operatorName(argument, limits: limits)]
  }

  /// Parses `\mathop{…}`: its argument, in the current font, as a large operator that
  /// takes limits in display style.
  /// - Parameter token: The command's token.
  /// - Returns: The operator, or nothing after a diagnostic.
  mutating func parseMathOp(token: TeXToken) -> [MathNode] {
    guard let argument = parseArgument(for: token, name: "\\mathop") else { return [] }
    switch Self.unwrapped(argument) {
    case .largeOperator(let text, _): return [.largeOperator(text, limits: .display)]
    case .function(let text, _): return [.function(text, limits: .display)]
    default: return [.operatorName(argument, limits: .display)]
    }
  }

  /// Parses `\mathbin{…}`, `\mathrel{…}` and the other class commands: a single
  /// operator takes the class; other material gets the class's spaces around it.
  /// - Parameters:
  ///   - name: The command's name.
  ///   - token: The command's token.
  /// - Returns: The classed material, or nothing after a diagnostic.
  mutating func parseClassed(_ name: String, token: TeXToken) -> [MathNode] {
    guard let argument = parseArgument(for: token, name: "\\" + name) else { return [] }
    let atomClass: AtomClass
    switch name {
    case "mathbin": atomClass = .bin
    case "mathrel": atomClass = .rel
    case "mathopen": atomClass = .open
    case "mathclose": atomClass = .close
    case "mathpunct": atomClass = .punct
    case "mathinner": atomClass = .inner
    default: atomClass = .ord
    }
    let inner = Self.unwrapped(argument)
    if let operatorNode = Self.reclassed(inner, as: atomClass) { return [operatorNode] }
    if MathMLWriter.atomClass(of: inner) == atomClass { return [inner] }
    if [.bin, .rel, .punct].contains(atomClass) { return [.classed(atomClass, argument)] }
    return [argument]
  }

  /// Parses `\pmod{n}` (`(mod n)`), `\mod{n}` (`mod n`) or `\pod{n}` (`(n)`), with
  /// amsmath's spacing: 18mu before in display style, 8mu in text.
  /// - Parameters:
  ///   - name: The command's name.
  ///   - token: The command's token.
  /// - Returns: The nodes, or nothing after a diagnostic.
  mutating func parseModulo(_ name: String, token: TeXToken) -> [MathNode] {
    guard let argument = parseArgument(for: token, name: "\\" + name) else { return [] }
    var nodes: [MathNode] = [.styleSpace(display: "1em", text: "0.4444em")]
    let word: [MathNode] = [.identifier("mod", upright: true), .space("0.3333em")]
    switch name {
    case "pmod":
      nodes += [.symbol(MathOperator(text: "(", atomClass: .open))] + word
      nodes += [argument, .symbol(MathOperator(text: ")", atomClass: .close))]
    case "mod":
      nodes += word + [argument]
    default:
      nodes += [.symbol(MathOperator(text: "(", atomClass: .open))]
      nodes += [argument, .symbol(MathOperator(text: ")", atomClass: .close))]
    }
    return nodes
  }

  /// The plain text of an operator name's argument: letters, digits and symbols
  /// concatenated, spaces as thin spaces.
  /// - Parameter node: The parsed argument.
  /// - Returns: Its text, or nil if the argument holds anything but plain text
  ///   (scripts, accents, fractions), which must then be rendered as math.
  static func plainText(of node: MathNode) -> String? {
    switch node {
    case .identifier(let text, _), .number(let text), .text(let text):
      return text
    case .symbol(let op):
      guard op.role == .symbol else { return nil }
      return op.text == "−" ? "-" : op.text == "∗" ? "*" : op.text
    case .space:
      return "\u{2009}"
    case .group(let nodes):
      var text = ""
      for node in nodes {
        guard let part = plainText(of: node) else { return nil }
        text += part
      }
      return text
    default:
      return nil
    }
  }

  /// An operator, or an operator with material over, under or beside it
  /// (`\stackrel{?}{=}`), given another class; nil for anything else.
  static func reclassed(_ node: MathNode, as atomClass: AtomClass) -> MathNode? {
    switch node {
    case .symbol(var op) where op.role == .symbol:
      op.atomClass = atomClass
      return .symbol(op)
    case .stack(let base, let over, let under):
      return reclassed(unwrapped(base), as: atomClass).map { .stack($0, over: over, under: under) }
    case .scripts(let base, let sub, let sup):
      return reclassed(unwrapped(base), as: atomClass).map {
        .scripts(base: $0, sub: sub, sup: sup)
      }
    default:
      return nil
    }
  }

  /// A group's only node, or the node itself.
  static func unwrapped(_ node: MathNode) -> MathNode {
    if case .group(let nodes) = node, nodes.count == 1 { return unwrapped(nodes[0]) }
    return node
  }
}

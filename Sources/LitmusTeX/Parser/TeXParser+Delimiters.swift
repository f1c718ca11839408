extension TeXParser {
  /// Characters that may follow `\left`, `\right`, `\middle` and `\big`.
  static let delimiterCharacters: [Unicode.Scalar: String] = [
    "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", "<": "⟨", ">": "⟩",
    "‖": "‖", "⟨": "⟨", "⟩": "⟩",
  ]

  /// Commands that may follow `\left`, `\right`, `\middle` and `\big`.
  static let delimiterCommands: [String: String] = [
    "{": "{", "}": "}", "|": "‖", "lbrace": "{", "rbrace": "}", "langle": "⟨", "rangle": "⟩",
    "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "vert": "|", "Vert": "‖",
    "lvert": "|", "rvert": "|", "lVert": "‖", "rVert": "‖", "backslash": "\\", "uparrow": "↑",
    "downarrow": "↓", "updownarrow": "↕", "Uparrow": "⇑", "Downarrow": "⇓", "lbrack": "[",
    "rbrack": "]", "lgroup": "⟮", "rgroup": "⟯", "mid": "∣",
    "llbracket": "⟦", "rrbracket": "⟧",
  ]

  /// Parses the delimiter after `\left`, `\right`, `\middle` or a `\big` command.
  /// - Parameters:
  ///   - name: The command's name, for diagnostics.
  ///   - command: The command's token.
  /// - Returns: nil after a diagnostic; `.some(nil)` for the empty delimiter `.`;
  ///   otherwise the delimiter's character.
  mutating func parseDelimiter(after name: String, command: TeXToken) -> String?? {
    skipSpaces()
    guard let token = peek() else {
      report(TeXMessage.missingDelimiter(name), at: command)
      return nil
    }
    switch token.kind {
    case .character("."):
      index += 1
      return .some(nil)
    case .character(let scalar):
      if let text = Self.delimiterCharacters[scalar] {
        index += 1
        return text
      }
    case .command(let next):
      if let text = Self.delimiterCommands[next] {
        index += 1
        return text
      }
    default:
      break
    }
    report(TeXMessage.invalidDelimiter(name), from: command.offset, to: token.offset + token.length)
    return nil
  }

  /// Parses `\left` (already consumed), its body, and the matching `\right`.
  /// - Parameter token: The `\left` token.
  /// - Returns: The fenced group.
  mutating func parseLeft(token: TeXToken) -> MathNode {
    let open = parseDelimiter(after: "left", command: token) ?? nil
    guard descend(at: token) else { return .group([]) }
    let savedBracket = bracketEndsList
    bracketEndsList = false
    defer {
      depth -= 1
      bracketEndsList = savedBracket
    }
    var body: [MathNode] = []
    while true {
      let (list, stop) = parseList()
      body.append(contentsOf: list)
      switch stop {
      case .right:
        let right = tokens[index]
        index += 1
        let close = parseDelimiter(after: "right", command: right) ?? nil
        return .fenced(open: open, body: body, close: close)
      case .middle:
        let middle = tokens[index]
        index += 1
        if let text = parseDelimiter(after: "middle", command: middle) ?? nil {
          body.append(.symbol(MathOperator(text: text, atomClass: .rel, role: .middleFence)))
        }
      case .bracket:
        reportStray(stop)
      default:
        if !aborted { report(TeXMessage.leftWithoutRight, at: token) }
        return .fenced(open: open, body: body, close: nil)
      }
    }
  }
}

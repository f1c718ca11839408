extension TeXParser {
  /// How each supported environment is laid out.
  static let environments: [String: MathTable] = {
    func table(
      _ layout: MathTable.Layout, display: Bool = false, open: String? = nil, close: String? = nil,
      small: Bool = false
    ) -> MathTable {
      MathTable(
        rows: [], layout: layout, displayStyle: display, small: small, open: open, close: close)
    }
    return [
      "matrix": table(.matrix),
      "pmatrix": table(.matrix, open: "(", close: ")"),
      "bmatrix": table(.matrix, open: "[", close: "]"),
      "Bmatrix": table(.matrix, open: "{", close: "}"),
      "vmatrix": table(.matrix, open: "|", close: "|"),
      "Vmatrix": table(.matrix, open: "‖", close: "‖"),
      "smallmatrix": table(.matrix, small: true),
      "cases": table(.cases, open: "{"),
      "dcases": table(.cases, display: true, open: "{"),
      "rcases": table(.cases, close: "}"),
      "align": table(.aligned, display: true),
      "align*": table(.aligned, display: true),
      "aligned": table(.aligned, display: true),
      "split": table(.aligned, display: true),
      "alignat": table(.aligned, display: true),
      "alignat*": table(.aligned, display: true),
      "alignedat": table(.aligned, display: true),
      "eqnarray": table(.aligned, display: true),
      "eqnarray*": table(.aligned, display: true),
      "gather": table(.gathered, display: true),
      "gather*": table(.gathered, display: true),
      "gathered": table(.gathered, display: true),
      "multline": table(.gathered, display: true),
      "multline*": table(.gathered, display: true),
      "equation": table(.gathered, display: true),
      "equation*": table(.gathered, display: true),
      "array": table(.array(alignments: [], rules: [])),
      "darray": table(.array(alignments: [], rules: []), display: true),
    ]
  }()

  /// Reads `{name}` after `\begin` or `\end`.
  /// - Returns: The name, or nil if there is no braced name (nothing consumed then).
  mutating func parseEnvironmentName() -> String? {
    let start = index
    skipSpaces()
    guard case .beginGroup? = peek()?.kind else {
      index = start
      return nil
    }
    var name = ""
    var scan = index + 1
    while scan < tokens.count {
      switch tokens[scan].kind {
      case .character(let c) where TeXLexer.isASCIILetter(c) || c == "*":
        name.unicodeScalars.append(c)
      case .space:
        break
      case .endGroup:
        index = scan + 1
        return name.isEmpty ? nil : name
      default:
        index = start
        return nil
      }
      scan += 1
    }
    index = start
    return nil
  }

  /// Parses `\begin{name}` (the `\begin` already consumed) through its `\end{name}`.
  /// - Parameter token: The `\begin` token.
  /// - Returns: The environment's table, or nothing after a fatal diagnostic.
  mutating func parseEnvironment(token: TeXToken) -> [MathNode] {
    guard let name = parseEnvironmentName() else {
      report(TeXMessage.missingEnvironmentName, at: token)
      return []
    }
    var table: MathTable
    if let known = Self.environments[name] {
      table = known
    } else {
      report(TeXMessage.unknownEnvironment(name), from: token.offset, to: previousEnd)
      table = MathTable(rows: [], layout: .matrix, displayStyle: false, open: nil, close: nil)
    }
    if name.hasPrefix("alignat") || name == "alignedat" {
      _ = parseArgument(for: token, name: "\\begin{\(name)}")
    }
    if case .array = table.layout {
      table.layout = parseColumnSpecification(token: token, name: name)
    }
    guard descend(at: token) else { return [] }
    tableDepth += 1
    let savedBracket = bracketEndsList
    bracketEndsList = false
    defer {
      depth -= 1
      tableDepth -= 1
      bracketEndsList = savedBracket
    }
    var rows: [[[MathNode]]] = [[[]]]
    consumeRules(into: &table, row: 0)
    while true {
      let (list, stop) = parseList()
      rows[rows.count - 1][rows[rows.count - 1].count - 1].append(contentsOf: list)
      switch stop {
      case .alignment:
        index += 1
        rows[rows.count - 1].append([])
      case .rowBreak:
        consumeRowBreak()
        rows.append([[]])
        consumeRules(into: &table, row: rows.count - 1)
      case .endEnvironment:
        let end = tokens[index]
        index += 1
        let endName = parseEnvironmentName()
        if endName != name {
          report(
            TeXMessage.mismatchedEnd(endName ?? "", name), from: end.offset, to: previousEnd)
        }
        finish(&rows)
        table.rows = rows
        return [.table(table)]
      case .end, .dollar:
        if !aborted { report(TeXMessage.missingEnd(name), at: token) }
        finish(&rows)
        table.rows = rows
        return [.table(table)]
      default:
        reportStray(stop)
      }
    }
  }

  /// Consumes the `\hline`s that start a row and records a rule above it.
  private mutating func consumeRules(into table: inout MathTable, row: Int) {
    while true {
      skipSpaces()
      guard case .command(let name)? = peek()?.kind, name == "hline" || name == "hdashline"
      else { return }
      index += 1
      table.rulesAbove.insert(row)
    }
  }

  /// Drops the empty row a trailing `\\` leaves, as LaTeX does.
  private func finish(_ rows: inout [[[MathNode]]]) {
    if rows.count > 1, let last = rows.last, last.count == 1, last[0].isEmpty {
      rows.removeLast()
    }
  }

  /// Parses an `array` column specification like `{c|cl}`.
  private mutating func parseColumnSpecification(token: TeXToken, name: String)
    -> MathTable.Layout
  {
    skipSpaces()
    var alignments: [String] = []
    var rules: [Bool] = []
    var pendingRule = false
    guard case .beginGroup? = peek()?.kind else {
      report(TeXMessage.missingArgument("\\begin{\(name)}"), at: token)
      return .array(alignments: [], rules: [])
    }
    index += 1
    while let next = peek() {
      index += 1
      switch next.kind {
      case .endGroup:
        return .array(alignments: alignments, rules: rules)
      case .character("|"):
        pendingRule = true
      case .character(let c) where c == "l" || c == "c" || c == "r":
        alignments.append(c == "l" ? "left" : c == "r" ? "right" : "center")
        rules.append(pendingRule)
        pendingRule = false
      case .space:
        continue
      default:
        report(TeXMessage.missingArgument("\\begin{\(name)}"), at: next)
      }
    }
    report(TeXMessage.missingCloseBrace, at: token)
    return .array(alignments: alignments, rules: rules)
  }
}

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
      "matrix*": table(.matrix),
      "pmatrix*": table(.matrix, open: "(", close: ")"),
      "bmatrix*": table(.matrix, open: "[", close: "]"),
      "Bmatrix*": table(.matrix, open: "{", close: "}"),
      "vmatrix*": table(.matrix, open: "|", close: "|"),
      "Vmatrix*": table(.matrix, open: "‖", close: "‖"),
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
    var matrixAlignment: String?
    if name.hasSuffix("matrix*") { matrixAlignment = parseMatrixAlignment(environment: name) }
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
        if let matrixAlignment { align(&table, matrixAlignment) }
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

  /// Reads the optional `[l]`, `[c]` or `[r]` after `\begin{bmatrix*}` and friends
  /// (mathtools). A bracket holding anything but letters is left alone: it is the
  /// first cell's content, like `[0, 1]`.
  /// - Parameter environment: The environment's name.
  /// - Returns: `left`, `center` or `right`.
  private mutating func parseMatrixAlignment(environment: String) -> String {
    let start = index
    skipSpaces()
    guard let open = peek(), case .character("[") = open.kind else {
      index = start
      return "center"
    }
    var scan = index + 1
    var letters = ""
    while scan < tokens.count, case .character(let c) = tokens[scan].kind,
      TeXLexer.isASCIILetter(c)
    {
      letters.unicodeScalars.append(c)
      scan += 1
    }
    guard scan < tokens.count, case .character("]") = tokens[scan].kind, !letters.isEmpty else {
      index = start
      return "center"
    }
    index = scan + 1
    switch letters {
    case "l": return "left"
    case "r": return "right"
    case "c": return "center"
    default:
      report(
        TeXMessage.invalidMatrixAlignment(letters, environment), from: open.offset, to: previousEnd)
      return "center"
    }
  }

  /// Gives every column of a starred matrix the alignment it asked for.
  private func align(_ table: inout MathTable, _ alignment: String) {
    guard alignment != "center" else { return }
    let columns = table.rows.map(\.count).max() ?? 0
    table.layout = .array(
      alignments: Array(repeating: alignment, count: columns),
      rules: Array(repeating: false, count: columns))
  }
}

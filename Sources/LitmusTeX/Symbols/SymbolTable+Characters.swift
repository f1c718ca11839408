extension SymbolTable {
  /// Symbols by the character they produce, so `≤` typed directly means `\le`.
  ///
  /// Built from ``commands`` in name order, so a character shared by several
  /// commands (`|` from `\vert`, `\lvert`) resolves the same way in every run.
  static let byCharacter: [String: MathSymbol] = {
    var table: [String: MathSymbol] = [:]
    for name in commands.keys.sorted() {
      guard let symbol = commands[name] else { continue }
      switch symbol {
      case .identifier(let text, _), .symbol(let text, _), .largeOperator(let text, _):
        if table[text] == nil { table[text] = symbol }
      case .function, .space:
        continue
      }
    }
    return table
  }()
}

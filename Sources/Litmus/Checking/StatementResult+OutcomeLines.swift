import LitmusEval

extension StatementResult {
  /// For each block line (0-based) on which a statement ends, the index in `results` of
  /// the statement that owns the outcome comments under that line: the last one to end
  /// there. In `let a = v; a.sum()` followed by `// => 3`, the comment states the value
  /// of `a.sum()`, the statement it sits under, not of the `let` before it.
  /// - Parameter results: A block's statement results, in source order.
  static func outcomeOwners(_ results: [StatementResult]) -> [Int: Int] {
    var owners: [Int: Int] = [:]
    for (index, result) in results.enumerated() {
      let line = result.end.line - 1
      if let previous = owners[line], results[previous].start > result.start { continue }
      owners[line] = index
    }
    return owners
  }
}

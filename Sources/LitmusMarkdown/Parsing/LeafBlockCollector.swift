/// Collects the line ranges of code and HTML blocks (where math is never looked for).
struct LeafBlockCollector: CommonMarkVisitor {
  /// 1-based first and last lines of each code or HTML block, in document order.
  private(set) var lineRanges: [(Int, Int)] = []

  mutating func enter(_ node: RawNode) {
    if node.kind == .codeBlock || node.kind == .htmlBlock {
      lineRanges.append((node.startLine, max(node.startLine, node.endLine)))
    }
  }

  mutating func exit() {}
}

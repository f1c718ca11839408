/// One cmark node copied into Swift values (children are delivered as separate events).
struct RawNode: Sendable {
  enum Kind: Sendable {
    case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph
    case heading, thematicBreak
    case text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong
    case link, image
  }

  var kind: Kind
  var literal = ""
  var url = ""
  var title = ""
  var info = ""
  var onEnter = ""
  var onExit = ""
  var headingLevel = 0
  var list = ListInfo(ordered: false, start: 1, tight: false, delimiter: .none)
  /// cmark's 1-based start line and byte column, in the transformed text.
  var startLine = 1
  var startColumn = 1
  /// cmark's 1-based end line and byte column (inclusive), in the transformed text.
  var endLine = 1
  var endColumn = 1
}

/// Receives the nodes of a cmark tree in document order.
protocol CommonMarkVisitor {
  /// Called when a node is entered; leaf nodes are exited right after.
  mutating func enter(_ node: RawNode)
  /// Called when the most recently entered, not yet exited node is left.
  mutating func exit()
}

import CCmark

/// The only place that talks to libcmark.
///
/// It parses a byte buffer, walks the tree once with cmark's iterator (ENTER/EXIT events),
/// copies every node into a ``RawNode``, and frees the iterator and the tree before
/// returning. No C pointer leaves this file.
enum CommonMarkConverter {
  /// Parses `bytes` as CommonMark and reports every node to `visitor` in document order.
  /// - Parameters:
  ///   - bytes: The text to parse (any bytes; cmark replaces NUL with U+FFFD).
  ///   - contents: Whether to copy literals, URLs and other strings (false: only kinds and
  ///     positions, for a quick structural pass).
  ///   - elementLimit: The most nodes the tree may have. A larger tree is not walked.
  ///   - visitor: Receives enter and exit events.
  /// - Returns: For a tree with more than `elementLimit` nodes, cmark's line and column of
  ///   the first node past the limit (nothing was reported to `visitor`); otherwise nil.
  @discardableResult
  static func walk<Visitor: CommonMarkVisitor>(
    _ bytes: [UInt8], contents: Bool = true, elementLimit: Int = .max,
    into visitor: inout Visitor
  ) -> (line: Int, column: Int)? {
    // A trailing NUL keeps the buffer non-empty, so it always has a base address.
    let terminated = bytes + [0]
    let root: OpaquePointer? = terminated.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        guard let base = chars.baseAddress else { return nil }
        return cmark_parse_document(base, bytes.count, CMARK_OPT_DEFAULT)
      }
    }
    guard let root else { return nil }
    defer { cmark_node_free(root) }
    if elementLimit < .max, let past = node(after: elementLimit, in: root) {
      return (Int(cmark_node_get_start_line(past)), Int(cmark_node_get_start_column(past)))
    }
    guard let iterator = cmark_iter_new(root) else { return nil }
    defer { cmark_iter_free(iterator) }
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      if event == CMARK_EVENT_ENTER {
        let raw = copy(node, contents: contents)
        visitor.enter(raw)
        if isLeaf(raw.kind) { visitor.exit() }
      } else if event == CMARK_EVENT_EXIT {
        visitor.exit()
      }
    }
    return nil
  }

  /// The node entered after the first `limit` nodes (in document order), if the tree has
  /// more than `limit`. Counting walks cmark's tree in C, without copying anything.
  private static func node(after limit: Int, in root: OpaquePointer) -> OpaquePointer? {
    guard let iterator = cmark_iter_new(root) else { return nil }
    defer { cmark_iter_free(iterator) }
    var count = 0
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE { return nil }
      guard event == CMARK_EVENT_ENTER else { continue }
      count += 1
      if count > limit { return cmark_iter_get_node(iterator) }
    }
  }

  private static func isLeaf(_ kind: RawNode.Kind) -> Bool {
    switch kind {
    case .text, .softBreak, .lineBreak, .code, .htmlInline, .codeBlock, .htmlBlock,
      .thematicBreak:
      return true
    default:
      return false
    }
  }

  private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    guard let pointer else { return "" }
    return String(cString: pointer)
  }

  private static func copy(_ node: OpaquePointer, contents: Bool) -> RawNode {
    let type = cmark_node_get_type(node)
    var raw = RawNode(kind: kind(of: type))
    raw.startLine = Int(cmark_node_get_start_line(node))
    raw.startColumn = Int(cmark_node_get_start_column(node))
    raw.endLine = Int(cmark_node_get_end_line(node))
    raw.endColumn = Int(cmark_node_get_end_column(node))
    guard contents else { return raw }
    switch raw.kind {
    case .text, .code, .htmlInline, .htmlBlock:
      raw.literal = string(cmark_node_get_literal(node))
    case .codeBlock:
      raw.literal = string(cmark_node_get_literal(node))
      raw.info = string(cmark_node_get_fence_info(node))
    case .heading:
      raw.headingLevel = Int(cmark_node_get_heading_level(node))
    case .list:
      let delimiter = cmark_node_get_list_delim(node)
      raw.list = ListInfo(
        ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
        start: Int(cmark_node_get_list_start(node)),
        tight: cmark_node_get_list_tight(node) != 0,
        delimiter: delimiter == CMARK_PERIOD_DELIM
          ? .period : delimiter == CMARK_PAREN_DELIM ? .parenthesis : .none)
    case .link, .image:
      raw.url = string(cmark_node_get_url(node))
      raw.title = string(cmark_node_get_title(node))
    case .customBlock, .customInline:
      raw.onEnter = string(cmark_node_get_on_enter(node))
      raw.onExit = string(cmark_node_get_on_exit(node))
    default:
      break
    }
    return raw
  }

  private static func kind(of type: cmark_node_type) -> RawNode.Kind {
    switch type {
    case CMARK_NODE_DOCUMENT: return .document
    case CMARK_NODE_BLOCK_QUOTE: return .blockQuote
    case CMARK_NODE_LIST: return .list
    case CMARK_NODE_ITEM: return .item
    case CMARK_NODE_CODE_BLOCK: return .codeBlock
    case CMARK_NODE_HTML_BLOCK: return .htmlBlock
    case CMARK_NODE_CUSTOM_BLOCK: return .customBlock
    case CMARK_NODE_PARAGRAPH: return .paragraph
    case CMARK_NODE_HEADING: return .heading
    case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
    case CMARK_NODE_TEXT: return .text
    case CMARK_NODE_SOFTBREAK: return .softBreak
    case CMARK_NODE_LINEBREAK: return .lineBreak
    case CMARK_NODE_CODE: return .code
    case CMARK_NODE_HTML_INLINE: return .htmlInline
    case CMARK_NODE_CUSTOM_INLINE: return .customInline
    case CMARK_NODE_EMPH: return .emphasis
    case CMARK_NODE_STRONG: return .strong
    case CMARK_NODE_LINK: return .link
    case CMARK_NODE_IMAGE: return .image
    default: return .customInline
    }
  }
}

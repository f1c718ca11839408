/// Builds the immutable ``Block`` and ``Inline`` tree from cmark's events, with positions in
/// the original file, math put back, and example blocks and inline value spans located.
///
/// It keeps an explicit stack, so deeply nested input does not recurse. Containers nested
/// deeper than ``maximumDepth`` are flattened into their nearest kept ancestor (with one
/// diagnostic), so the Swift tree never gets deep enough for its recursive deallocation to
/// overflow a thread's stack.
struct TreeBuilder: CommonMarkVisitor {
  /// The deepest nesting of containers kept as written (2,000 nested list items need 4,001).
  static let maximumDepth = 5_000

  private let source: SourceText
  private let text: TransformedText
  private(set) var diagnostics: [MarkdownDiagnostic] = []
  private(set) var items: [EvaluationItem] = []
  private(set) var blocks: [Block] = []

  private struct Frame {
    var raw: RawNode
    var position: SourcePosition
    var blocks: [Block] = []
    var inlines: [Inline] = []
    /// Whether this container is dropped and its content handed to its parent.
    var flattened = false
  }

  private var reportedFlattening = false
  /// cmark's start line and column of the paragraph or heading being built.
  private var paragraphStart = (line: 0, column: 0)

  private var stack: [Frame] = []
  private var spanLocator: CodeSpanLocator?

  init(source: SourceText, text: TransformedText) {
    self.source = source
    self.text = text
  }

  private func position(line: Int, column: Int) -> SourcePosition? {
    guard line > 0 else { return nil }
    return source.position(
      ofOffset: text.originalOffset(text.offset(line: line, column: max(column, 1))))
  }

  private func filePosition(ofTransformed offset: Int) -> SourcePosition {
    source.position(ofOffset: text.originalOffset(offset))
  }

  mutating func enter(_ raw: RawNode) {
    let fallback = stack.last?.position ?? source.position(ofOffset: source.bomLength)
    let start: SourcePosition
    if let offset = inlineOffset(raw) {
      start = filePosition(ofTransformed: offset)
    } else {
      start = position(line: raw.startLine, column: raw.startColumn) ?? fallback
    }
    if raw.kind == .paragraph || raw.kind == .heading {
      paragraphStart = (raw.startLine, raw.startColumn)
      let lower = text.offset(line: raw.startLine, column: raw.startColumn)
      let upper = max(lower, text.lines.contentEnd(ofLine: raw.endLine - 1, in: text.bytes))
      spanLocator = CodeSpanLocator(bytes: text.bytes, range: lower..<upper)
    }
    var frame = Frame(raw: raw, position: start)
    if stack.count >= Self.maximumDepth && Self.isFlattenable(raw.kind) {
      frame.flattened = true
      if !reportedFlattening {
        reportedFlattening = true
        diagnostics.append(
          MarkdownDiagnostic(
            message: "nesting deeper than \(Self.maximumDepth) levels is flattened", position: start
          ))
      }
    }
    stack.append(frame)
  }

  /// The transformed offset of an inline node, checked against the text.
  ///
  /// cmark's inline columns are off on lazy continuation lines (it adds the indentation of
  /// the paragraph's first line); there, when the bytes at cmark's column are not the
  /// node's own, they are looked for at most that indentation to the left. Nil for blocks and for nodes without a
  /// position (breaks), which fall back to cmark's position or their parent's.
  private func inlineOffset(_ raw: RawNode) -> Int? {
    let expected: [UInt8]
    switch raw.kind {
    case .text, .htmlInline: expected = Array(raw.literal.utf8.prefix(8))
    case .emphasis, .strong: expected = []
    case .link: expected = [UInt8(ascii: "[")]
    case .image: expected = [UInt8(ascii: "!"), UInt8(ascii: "[")]
    default: return nil
    }
    guard raw.startLine > 0 else { return nil }
    let candidate = text.offset(line: raw.startLine, column: raw.startColumn)
    let line = raw.startLine - 1
    let lineStart = text.lines.start(ofLine: line)
    let lineEnd = text.lines.contentEnd(ofLine: line, in: text.bytes)
    func matches(_ offset: Int) -> Bool {
      guard offset + max(expected.count, 1) <= lineEnd else { return false }
      if expected.isEmpty {
        return text.bytes[offset] == UInt8(ascii: "*") || text.bytes[offset] == UInt8(ascii: "_")
      }
      return text.bytes[offset..<(offset + expected.count)].elementsEqual(expected)
    }
    guard raw.startLine != paragraphStart.line, candidate >= lineStart, !matches(candidate) else {
      return candidate
    }
    // A lazy continuation line: cmark adds the paragraph's first-line indentation, which
    // this line does not have, so the node is at most that far to the left.
    var offset = max(lineStart, candidate - max(paragraphStart.column - 1, 0))
    while offset < min(candidate, lineEnd) {
      if matches(offset) { return offset }
      offset += 1
    }
    return candidate
  }

  private static func isFlattenable(_ kind: RawNode.Kind) -> Bool {
    switch kind {
    case .blockQuote, .list, .item, .customBlock, .emphasis, .strong, .link, .image, .customInline:
      return true
    default:
      return false
    }
  }

  mutating func exit() {
    guard let frame = stack.popLast() else { return }
    let raw = frame.raw
    if frame.flattened, !stack.isEmpty {
      stack[stack.count - 1].blocks += frame.blocks
      stack[stack.count - 1].inlines += frame.inlines
      return
    }
    switch raw.kind {
    case .document:
      blocks = frame.blocks
    case .blockQuote:
      append(Block(kind: .blockQuote, position: frame.position, children: frame.blocks))
    case .list:
      append(Block(kind: .list(raw.list), position: frame.position, children: frame.blocks))
    case .item:
      append(Block(kind: .item, position: frame.position, children: frame.blocks))
    case .codeBlock:
      if ExampleInfo.isExample(raw.info) && !isUnclosedExample(raw, position: frame.position) {
        let example = exampleBlock(raw, position: frame.position)
        items.append(.example(example))
        append(Block(kind: .example(example), position: frame.position))
      } else {
        let kind = BlockKind.codeBlock(
          info: text.restoringMath(raw.info, source: source),
          literal: text.restoringMath(raw.literal, source: source))
        append(Block(kind: kind, position: frame.position))
      }
    case .htmlBlock:
      let html = text.restoringMath(raw.literal, source: source)
      append(Block(kind: .htmlBlock(html), position: frame.position))
    case .customBlock:
      append(
        Block(
          kind: .customBlock(onEnter: raw.onEnter, onExit: raw.onExit), position: frame.position,
          children: frame.blocks))
    case .paragraph:
      append(Block(kind: .paragraph, position: frame.position, inlines: frame.inlines))
      spanLocator = nil
    case .heading:
      append(
        Block(
          kind: .heading(level: raw.headingLevel), position: frame.position,
          inlines: frame.inlines))
      spanLocator = nil
    case .thematicBreak:
      append(Block(kind: .thematicBreak, position: frame.position))
    case .text:
      appendText(raw.literal, position: frame.position)
    case .softBreak:
      append(Inline(kind: .softBreak, position: frame.position))
    case .lineBreak:
      append(Inline(kind: .lineBreak, position: frame.position))
    case .code:
      append(codeSpan(raw, position: frame.position))
    case .htmlInline:
      spanLocator?.skip(html: Array(raw.literal.utf8))
      append(
        Inline(
          kind: .html(text.restoringMath(raw.literal, source: source)), position: frame.position))
    case .customInline:
      append(
        Inline(
          kind: .customInline(onEnter: raw.onEnter, onExit: raw.onExit), position: frame.position,
          children: frame.inlines))
    case .emphasis:
      append(Inline(kind: .emphasis, position: frame.position, children: frame.inlines))
    case .strong:
      append(Inline(kind: .strong, position: frame.position, children: frame.inlines))
    case .link:
      spanLocator?.skip(linkTitle: Array(raw.title.utf8))
      let kind = InlineKind.link(
        url: text.restoringMath(raw.url, source: source),
        title: text.restoringMath(raw.title, source: source))
      append(Inline(kind: kind, position: frame.position, children: frame.inlines))
    case .image:
      spanLocator?.skip(linkTitle: Array(raw.title.utf8))
      let kind = InlineKind.image(
        url: text.restoringMath(raw.url, source: source),
        title: text.restoringMath(raw.title, source: source))
      append(Inline(kind: kind, position: frame.position, children: frame.inlines))
    }
  }

  private mutating func append(_ block: Block) {
    if stack.isEmpty {
      blocks.append(block)
    } else {
      stack[stack.count - 1].blocks.append(block)
    }
  }

  private mutating func append(_ inline: Inline) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].inlines.append(inline)
  }

  /// A text node, split at math placeholders.
  private mutating func appendText(_ literal: String, position: SourcePosition) {
    var next = position
    for piece in text.pieces(of: literal) {
      switch piece {
      case .text(let value):
        append(Inline(kind: .text(value), position: next))
      case .math(let index):
        let placeholder = text.placeholders[index]
        append(Inline(kind: .math(placeholder.math), position: placeholder.math.position))
        next = source.position(ofOffset: placeholder.originalRange.upperBound)
      }
    }
  }

  /// A code span: an inline value span when it has one of the two forms, else code.
  private mutating func codeSpan(_ raw: RawNode, position: SourcePosition) -> Inline {
    let literal = Array(raw.literal.utf8)
    let origins = spanLocator?.locate(literal: literal)
    func place(_ index: Int) -> SourcePosition {
      guard let origins, index < origins.count else { return position }
      return filePosition(ofTransformed: origins[index])
    }
    let start = origins.map { _ in place(0) } ?? position
    guard let match = InlineValueRecognizer.match(literal) else {
      return Inline(kind: .code(text.restoringMath(raw.literal, source: source)), position: start)
    }
    func string(_ range: Range<Int>) -> String {
      text.restoringMath(String(decoding: literal[range], as: UTF8.self), source: source)
    }
    let fileOrigins = origins?.map { text.originalOffset($0) }
    /// Where each byte of `literal[range]` is in the file; nil when the span was not found.
    func map(_ range: Range<Int>) -> SourceMap? {
      guard let fileOrigins else { return nil }
      var pieces: [(textOffset: Int, fileOffset: Int)] = []
      for index in range
      where index == range.lowerBound || fileOrigins[index] != fileOrigins[index - 1] + 1 {
        pieces.append((index - range.lowerBound, fileOrigins[index]))
      }
      return SourceMap(source: source, pieces: pieces, length: range.count)
    }
    let expression = string(match.expression)
    let expressionPosition = place(match.expression.lowerBound)
    var span = InlineValueSpan(
      id: items.count, expression: expression, expressionPosition: expressionPosition,
      stated: match.stated.map(string), statedPosition: match.stated.map { place($0.lowerBound) },
      expressionMap: map(match.expression)
        ?? SourceMap(contiguous: expression, at: expressionPosition),
      statedMap: match.stated.flatMap(map))
    // A span not found byte by byte has no reliable stated bytes to rewrite.
    if fileOrigins == nil { span.statedMap = nil }
    items.append(.inlineValue(span))
    return Inline(kind: .inlineValue(span), position: start)
  }

  /// Whether an example block has no closing fence, so that it runs to the end of its
  /// container (often the document): then it is reported at its opening fence and shown
  /// as a plain code block, not evaluated, so that the prose it swallowed does not give a
  /// cascade of Swift syntax errors.
  private mutating func isUnclosedExample(_ raw: RawNode, position: SourcePosition) -> Bool {
    let fenceLine = raw.startLine - 1
    guard
      let fence = FenceClosure.openingFence(
        in: text, line: fenceLine, from: text.offset(line: raw.startLine, column: raw.startColumn))
    else { return false }
    let contentLines = raw.literal.utf8.count { $0 == 0x0A }
    guard
      !FenceClosure.isClosed(
        raw, fence: fence, contentLines: contentLines, container: stack.last?.raw, text: text)
    else { return false }
    diagnostics.append(
      MarkdownDiagnostic(
        message: "example block is never closed: add a closing \(fence.text) fence",
        position: position))
    return true
  }

  /// An example block with its lines located in the file and its outcomes attached.
  private mutating func exampleBlock(_ raw: RawNode, position: SourcePosition) -> ExampleBlock {
    let (attributes, problems) = ExampleInfo.attributes(raw.info)
    let fenceLine = raw.startLine - 1
    let infoBytes = Array(raw.info.utf8)
    let fenceStart = text.lines.start(ofLine: fenceLine)
    let fenceEnd = text.lines.contentEnd(ofLine: fenceLine, in: text.bytes)
    let infoStart = find(infoBytes, in: fenceStart..<fenceEnd)
    for (message, offset) in problems {
      let place = infoStart.map { filePosition(ofTransformed: $0 + offset) } ?? position
      diagnostics.append(MarkdownDiagnostic(message: message, position: place))
    }
    let lines = codeLines(raw.literal, firstLine: fenceLine + 1)
    let (outcomes, outcomeProblems) = OutcomeScanner.scan(lines)
    diagnostics += outcomeProblems
    return ExampleBlock(
      id: items.count, attributes: attributes, lines: lines, outcomes: outcomes,
      position: position, info: raw.info)
  }

  /// The first offset of `needle` in `range` of the text.
  private func find(_ needle: [UInt8], in range: Range<Int>) -> Int? {
    guard !needle.isEmpty, range.count >= needle.count else { return nil }
    var index = range.lowerBound
    while index + needle.count <= range.upperBound {
      if text.bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }

  /// The content lines of a fenced code block whose first content line is `firstLine`
  /// (0-based, in the transformed text), each with the file position of its first byte.
  private func codeLines(_ literal: String, firstLine: Int) -> [CodeLine] {
    var texts = literal.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if texts.last == "" { texts.removeLast() }
    var result: [CodeLine] = []
    result.reserveCapacity(texts.count)
    for (index, line) in texts.enumerated() {
      let number = firstLine + index
      let start = text.lines.start(ofLine: number)
      let end = text.lines.contentEnd(ofLine: number, in: text.bytes)
      let bytes = Array(line.utf8)
      var mapped = end
      var unmapped = 0
      if bytes.count <= end - start && text.bytes[(end - bytes.count)..<end].elementsEqual(bytes) {
        mapped = end - bytes.count
      } else {
        let lead = bytes.prefix { $0 == 0x20 }.count
        let rest = bytes[lead...]
        if rest.count <= end - start && text.bytes[(end - rest.count)..<end].elementsEqual(rest) {
          mapped = end - rest.count
          unmapped = lead
        } else {
          mapped = start
        }
      }
      result.append(
        CodeLine(
          text: line, position: filePosition(ofTransformed: mapped), unmappedPrefix: unmapped))
    }
    return result
  }
}

/// Writes a ``MathNode`` tree as MathML Core.
///
/// Spacing follows TeX where MathML's operator dictionary would differ: a binary
/// operator with nothing to its left is unary (`lspace`/`rspace` 0), function
/// names get TeX's thin spaces explicitly, delimiters not marked by `\left` do not
/// stretch. Large operators and `\max`-like functions put their scripts under and
/// over only in display style, which the writer tracks as TeX does (fractions and
/// scripts leave it). Recursion depth is bounded by the parser's nesting limit.
struct MathMLWriter {
  /// The MathML written so far.
  private(set) var output = ""
  /// The stack the writer may use; when it runs out, writing stops.
  let stack: StackBudget
  /// Whether writing stopped because the stack budget ran out (the output is then
  /// incomplete and must not be used).
  private(set) var exhausted = false

  /// Creates a writer.
  /// - Parameter stack: The stack the writer may use.
  init(stack: StackBudget) {
    self.stack = stack
  }

  /// A thin space, TeX's `\,`, written around function names.
  static let thinSpace = "<mspace width=\"0.1667em\"></mspace>"

  // MARK: - Rows

  /// Writes the atoms of a row as siblings, in linear time.
  /// - Parameters:
  ///   - nodes: The atoms.
  ///   - display: Whether the row is in display style.
  ///   - leading: The class of what precedes the row (nil at the start of a list).
  mutating func writeRow(_ nodes: [MathNode], display: Bool, leading: AtomClass? = nil) {
    let classes = nodes.map(Self.atomClass(of:))
    // The class of the next atom (spaces skipped) after each position.
    var nextClass = [AtomClass?](repeating: nil, count: nodes.count)
    var nextIsFenced = [Bool](repeating: false, count: nodes.count)
    var following: AtomClass?
    var followingFenced = false
    for position in nodes.indices.reversed() {
      nextClass[position] = following
      nextIsFenced[position] = followingFenced
      if let current = classes[position] {
        following = current
        followingFenced = Self.opensWithDelimiter(nodes[position])
      }
    }
    var previous: AtomClass? = leading
    for position in nodes.indices {
      guard var current = classes[position] else {
        write(nodes[position], display: display)
        continue
      }
      if current == .bin {
        let unaryBefore = previous.map { [.bin, .op, .rel, .open, .punct].contains($0) } ?? true
        let unaryAfter = nextClass[position].map { [.rel, .close, .punct].contains($0) } ?? true
        if unaryBefore || unaryAfter { current = .ord }
      }
      let context = Context(
        effectiveClass: current, previous: previous, next: nextClass[position],
        nextIsDelimiter: nextIsFenced[position], isFirst: position == 0)
      write(nodes[position], display: display, context: context)
      previous = current
    }
  }

  /// What a node's neighbours in its row are, for spacing decisions.
  struct Context {
    /// The class TeX's spacing rules give the node in its row; nil outside a row
    /// (an argument), where an operator keeps the class it was written with.
    var effectiveClass: AtomClass?
    var previous: AtomClass?
    var next: AtomClass?
    var nextIsDelimiter = false
    var isFirst = false
  }

  /// Writes a node that stands alone as an argument: a group becomes one `<mrow>`
  /// (or its only element), anything else is written as is.
  /// - Parameters:
  ///   - node: The argument.
  ///   - display: Whether it is in display style.
  ///   - keepOperator: Whether a group holding one operator is unwrapped so the
  ///     operator stays an operator (the base of `\stackrel`); otherwise such a
  ///     group stays an `<mrow>`, an ordinary atom as in TeX.
  mutating func writeArgument(_ node: MathNode, display: Bool, keepOperator: Bool = false) {
    if case .group(let nodes) = node {
      if nodes.count == 1, !Self.writesSeveralElements(nodes[0]) {
        var isOperator = false
        if case .symbol = nodes[0] { isOperator = true }
        if keepOperator || !isOperator {
          writeArgument(nodes[0], display: display)
          return
        }
      }
      output += "<mrow>"
      writeRow(nodes, display: display)
      output += "</mrow>"
      return
    }
    if Self.writesSeveralElements(node) {
      output += "<mrow>"
      write(node, display: display)
      output += "</mrow>"
    } else {
      write(node, display: display)
    }
  }

  // MARK: - Nodes

  /// Writes one node.
  /// - Parameters:
  ///   - node: The node.
  ///   - display: Whether it is in display style.
  ///   - context: Its neighbours in the row.
  mutating func write(_ node: MathNode, display: Bool, context: Context = Context()) {
    if exhausted || stack.isExhausted {
      exhausted = true
      return
    }
    switch node {
    case .identifier(let text, let upright):
      if upright, Self.isAutoItalic(text) {
        output += "<mi mathvariant=\"normal\">\(XMLEscaping.escape(text))</mi>"
      } else {
        output += "<mi>\(XMLEscaping.escape(text))</mi>"
      }
    case .number(let text):
      output += "<mn>\(XMLEscaping.escape(text))</mn>"
    case .symbol(let op):
      writeOperator(op, context: context)
    case .text(let text):
      output += "<mtext>\(XMLEscaping.escape(text))</mtext>"
    case .space(let width):
      output += "<mspace width=\"\(width)\"></mspace>"
    case .group:
      writeArgument(node, display: display)
    case .fraction(let numerator, let denominator, let thickness, let forced):
      output += thickness.map { "<mfrac linethickness=\"\($0)\">" } ?? "<mfrac>"
      for part in [numerator, denominator] {
        if let forced {
          output += "<mstyle displaystyle=\"\(forced)\">"
          writeArgument(part, display: forced)
          output += "</mstyle>"
        } else {
          writeArgument(part, display: false)
        }
      }
      output += "</mfrac>"
    case .root(let radicand, let rootIndex):
      if let rootIndex {
        output += "<mroot>"
        writeArgument(radicand, display: false)
        writeArgument(rootIndex, display: false)
        output += "</mroot>"
      } else {
        output += "<msqrt>"
        if case .group(let nodes) = radicand {
          writeRow(nodes, display: display)
        } else {
          write(radicand, display: display)
        }
        output += "</msqrt>"
      }
    case .scripts(let base, let sub, let sup):
      writeScripts(base: base, sub: sub, sup: sup, display: display, context: context)
    case .largeOperator(let text, _):
      output += "<mo movablelimits=\"false\">\(XMLEscaping.escape(text))</mo>"
    case .function, .operatorName:
      writeFunction(node, display: display, context: context)
    case .accent(let base, let mark, let stretchy, let below):
      let isBrace = mark == "⏞" || mark == "⏟"
      let element = below ? "munder" : "mover"
      let flag = isBrace ? "" : below ? " accentunder=\"true\"" : " accent=\"true\""
      output += "<\(element)\(flag)>"
      writeArgument(base, display: display)
      output += "<mo stretchy=\"\(stretchy)\">\(XMLEscaping.escape(mark))</mo></\(element)>"
    case .ruled(let base, let below):
      let side = below ? "bottom" : "top"
      output += "<mrow style=\"border-\(side):0.065em solid;padding-\(side):0.1em\">"
      if case .group(let nodes) = base {
        writeRow(nodes, display: display)
      } else {
        write(base, display: display)
      }
      output += "</mrow>"
    case .boxed(let base):
      output += "<mrow style=\"border:0.065em solid;padding:0.2em\">"
      if case .group(let nodes) = base {
        writeRow(nodes, display: display)
      } else {
        write(base, display: display)
      }
      output += "</mrow>"
    case .stack(let base, let over, let under):
      let element = over != nil && under != nil ? "munderover" : over != nil ? "mover" : "munder"
      output += "<\(element)>"
      writeArgument(base, display: display, keepOperator: true)
      if let under { writeArgument(under, display: false) }
      if let over { writeArgument(over, display: false) }
      output += "</\(element)>"
    case .fenced(let open, let body, let close):
      output += "<mrow>"
      if let open {
        output +=
          "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">\(XMLEscaping.escape(open))</mo>"
      }
      writeRow(body, display: display, leading: .open)
      if let close {
        output +=
          "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\">\(XMLEscaping.escape(close))</mo>"
      }
      output += "</mrow>"
    case .table(let table):
      writeTable(table)
    case .styled(let style, let nodes):
      output += "<mstyle displaystyle=\"\(style)\">"
      writeRow(nodes, display: style)
      output += "</mstyle>"
    case .phantom(let inner):
      output += "<mphantom>"
      writeArgument(inner, display: display)
      output += "</mphantom>"
    case .classed(let atomClass, let inner):
      writeClassed(inner, atomClass: context.effectiveClass ?? atomClass, display: display)
    case .colored(let color, let nodes):
      output += "<mrow mathcolor=\"\(XMLEscaping.escape(color))\">"
      if nodes.count == 1 {
        write(nodes[0], display: display, context: context)
      } else {
        writeRow(nodes, display: display, leading: context.previous)
      }
      output += "</mrow>"
    case .padded(let inner, let width, let height, let depth):
      let attributes = [("width", width), ("height", height), ("depth", depth)]
        .compactMap { name, value in value.map { " \(name)=\"\($0)\"" } }.joined()
      output += "<mpadded\(attributes)>"
      writeContent(inner, display: display)
      output += "</mpadded>"
    case .struck(let inner, let up, let down):
      // MathML Core has no <menclose>: the strikes are CSS gradients behind the content.
      let strikes = [up ? "to top right" : nil, down ? "to bottom right" : nil].compactMap {
        $0.map(Self.strike)
      }
      output += "<mrow style=\"background:\(strikes.joined(separator: ","))\">"
      writeContent(inner, display: display)
      output += "</mrow>"
    case .styleSpace(let displayWidth, let textWidth):
      output += "<mspace width=\"\(display ? displayWidth : textWidth)\"></mspace>"
    }
  }

  /// A diagonal line across a box, as a CSS gradient in the text colour.
  private static func strike(_ direction: String) -> String {
    "linear-gradient(\(direction),transparent calc(50% - 0.04em),currentColor calc(50% - 0.04em),"
      + "currentColor calc(50% + 0.04em),transparent calc(50% + 0.04em))"
  }

  /// Writes a node's content as the children of an element that already acts as a row
  /// (`<msqrt>`, `<mpadded>`): a group's atoms go in directly.
  private mutating func writeContent(_ node: MathNode, display: Bool) {
    if case .group(let nodes) = node {
      writeRow(nodes, display: display)
    } else {
      write(node, display: display)
    }
  }

  /// Writes material given a class by `\mathbin` or `\mathrel`, with the spaces TeX
  /// puts around that class (none where the class was demoted, as a unary `\mathbin`).
  private mutating func writeClassed(_ inner: MathNode, atomClass: AtomClass, display: Bool) {
    let left: String?
    let right: String?
    switch atomClass {
    case .bin: (left, right) = ("0.2222em", "0.2222em")
    case .rel: (left, right) = ("0.2778em", "0.2778em")
    case .punct: (left, right) = (nil, "0.1667em")
    default: (left, right) = (nil, nil)
    }
    output += "<mrow>"
    if let left { output += "<mspace width=\"\(left)\"></mspace>" }
    writeArgument(inner, display: display)
    if let right { output += "<mspace width=\"\(right)\"></mspace>" }
    output += "</mrow>"
  }

  /// Writes an operator with the attributes its TeX class needs.
  private mutating func writeOperator(_ op: MathOperator, context: Context) {
    var attributes: [String] = []
    switch op.role {
    case .leftFence:
      attributes = ["fence=\"true\"", "form=\"prefix\"", "stretchy=\"true\""]
    case .rightFence:
      attributes = ["fence=\"true\"", "form=\"postfix\"", "stretchy=\"true\""]
    case .middleFence:
      attributes = [
        "fence=\"true\"", "stretchy=\"true\"", "lspace=\"0.05em\"", "rspace=\"0.05em\"",
      ]
    case .sized(let size):
      attributes = ["stretchy=\"true\"", "minsize=\"\(size)\"", "maxsize=\"\(size)\""]
      if op.atomClass == .ord { attributes += ["lspace=\"0em\"", "rspace=\"0em\""] }
    case .stretchy:
      attributes = ["stretchy=\"true\""]
    case .symbol:
      switch context.effectiveClass ?? op.atomClass {
      case .ord:
        attributes = ["lspace=\"0em\"", "rspace=\"0em\""]
      case .bin:
        if context.isFirst { attributes = ["form=\"infix\""] }
      case .punct:
        // MathML's dictionary spaces `:` like a relation; TeX's `\colon` is punctuation.
        if op.text != ",", op.text != ";" {
          attributes = ["lspace=\"0em\"", "rspace=\"0.1667em\""]
        }
      case .open, .close:
        if op.text == "|" || op.text == "‖" { attributes = ["lspace=\"0em\"", "rspace=\"0em\""] }
      default:
        break
      }
      if op.isStretchableDelimiter { attributes.append("stretchy=\"false\"") }
    }
    let prefix = attributes.isEmpty ? "" : " " + attributes.joined(separator: " ")
    output += "<mo\(prefix)>\(XMLEscaping.escape(op.text))</mo>"
  }

  /// Writes a base with scripts: under and over for operators with limits in
  /// display style, beside otherwise.
  private mutating func writeScripts(
    base: MathNode, sub: MathNode?, sup: MathNode?, display: Bool, context: Context
  ) {
    var limits = false
    switch base {
    case .largeOperator(_, let placement), .function(_, let placement),
      .operatorName(_, let placement):
      limits = placement == .always || (placement == .display && display)
    default:
      break
    }
    let element: String
    switch (sub != nil, sup != nil) {
    case (true, true): element = limits ? "munderover" : "msubsup"
    case (true, false): element = limits ? "munder" : "msub"
    default: element = limits ? "mover" : "msup"
    }
    let isFunction = Self.isFunctionName(base)
    if isFunction, Self.wantsLeadingSpace(context) { output += Self.thinSpace }
    output += "<\(element)>"
    switch base {
    case .function(let name, _): output += functionIdentifier(name)
    case .operatorName(let body, _): writeArgument(body, display: display)
    default: writeArgument(base, display: display)
    }
    if let sub { writeArgument(sub, display: false) }
    if let sup { writeArgument(sup, display: false) }
    output += "</\(element)>"
    if isFunction { writeFunctionTail(context) }
  }

  /// Writes a function name, the invisible function application, and TeX's thin spaces.
  private mutating func writeFunction(_ node: MathNode, display: Bool, context: Context) {
    if Self.wantsLeadingSpace(context) { output += Self.thinSpace }
    switch node {
    case .function(let name, _): output += functionIdentifier(name)
    case .operatorName(let body, _): writeArgument(body, display: display)
    default: return
    }
    writeFunctionTail(context)
  }

  /// Whether a node is a function name (`\log`, `\operatorname{…}`), written with
  /// the function application and thin spaces.
  private static func isFunctionName(_ node: MathNode) -> Bool {
    switch node {
    case .function, .operatorName: return true
    default: return false
    }
  }

  private func functionIdentifier(_ name: String) -> String {
    let variant = Self.isAutoItalic(name) ? " mathvariant=\"normal\"" : ""
    return "<mi\(variant)>\(XMLEscaping.escape(name))</mi>"
  }

  private mutating func writeFunctionTail(_ context: Context) {
    output += "<mo>&#x2061;</mo>"
    if let next = context.next, [.ord, .op, .inner].contains(next), !context.nextIsDelimiter {
      output += Self.thinSpace
    }
  }

  private static func wantsLeadingSpace(_ context: Context) -> Bool {
    guard let previous = context.previous else { return false }
    return [.ord, .close, .inner].contains(previous)
  }

  // MARK: - Tables

  /// Writes an environment as `<mtable>`, emulating column alignment with styles
  /// (MathML Core has no `columnalign`).
  private mutating func writeTable(_ table: MathTable) {
    let delimited = table.open != nil || table.close != nil
    if delimited { output += "<mrow>" }
    if let open = table.open {
      output +=
        "<mo fence=\"true\" form=\"prefix\" stretchy=\"true\">\(XMLEscaping.escape(open))</mo>"
    }
    if table.small { output += "<mstyle scriptlevel=\"1\">" }
    output += table.displayStyle ? "<mtable displaystyle=\"true\">" : "<mtable>"
    for (rowIndex, row) in table.rows.enumerated() {
      output += "<mtr>"
      var rules: [String] = []
      if table.rulesAbove.contains(rowIndex) { rules.append("border-top:0.06em solid") }
      if rowIndex == table.rows.count - 1, table.rulesAbove.contains(table.rows.count) {
        rules.append("border-bottom:0.06em solid")
      }
      for (column, cell) in row.enumerated() {
        let style = ([Self.cellStyle(table.layout, column: column)] + rules)
          .filter { !$0.isEmpty }.joined(separator: ";")
        output += style.isEmpty ? "<mtd>" : "<mtd style=\"\(style)\">"
        var leading: AtomClass?
        if case .aligned = table.layout, column % 2 == 1 { leading = .ord }
        writeRow(cell, display: table.displayStyle, leading: leading)
        output += "</mtd>"
      }
      output += "</mtr>"
    }
    output += "</mtable>"
    if table.small { output += "</mstyle>" }
    if let close = table.close {
      output +=
        "<mo fence=\"true\" form=\"postfix\" stretchy=\"true\">\(XMLEscaping.escape(close))</mo>"
    }
    if delimited { output += "</mrow>" }
  }

  /// Aligns a cell's content. Chromium (156) ignores `text-align:right` in `<mtd>`
  /// but honours `-webkit-right`, checked in a screenshot; the plain value comes
  /// first for browsers that do not know the prefixed one.
  private static func textAlign(_ side: String) -> String {
    "text-align:\(side);text-align:-webkit-\(side)"
  }

  private static func cellStyle(_ layout: MathTable.Layout, column: Int) -> String {
    switch layout {
    case .matrix, .gathered:
      return ""
    case .cases:
      return column == 0 ? textAlign("left") : textAlign("left") + ";padding-left:1em"
    case .aligned:
      if column % 2 == 1 { return textAlign("left") + ";padding-left:0em" }
      return column == 0
        ? textAlign("right") + ";padding-right:0em"
        : textAlign("right") + ";padding-right:0em;padding-left:2em"
    case .array(let alignments, let rules):
      var parts: [String] = []
      if column < alignments.count, alignments[column] != "center" {
        parts.append(textAlign(alignments[column]))
      }
      if column < rules.count, rules[column] { parts.append("border-left:0.06em solid") }
      if column == alignments.count - 1, rules.count > alignments.count, rules[alignments.count] {
        parts.append("border-right:0.06em solid")
      }
      return parts.joined(separator: ";")
    }
  }

  // MARK: - Classes

  /// The TeX class of a node, or nil for spaces, which TeX's spacing ignores.
  /// - Parameter node: A node.
  /// - Returns: Its class.
  static func atomClass(of node: MathNode) -> AtomClass? {
    switch node {
    case .space:
      return nil
    case .symbol(let op):
      switch op.role {
      case .leftFence: return .open
      case .rightFence: return .close
      case .middleFence: return .rel
      default: return op.atomClass
      }
    case .largeOperator, .function, .operatorName:
      return .op
    case .styleSpace:
      return nil
    case .classed(let atomClass, _):
      return atomClass
    case .colored(_, let nodes):
      if nodes.isEmpty { return nil }
      return nodes.count == 1 ? atomClass(of: nodes[0]) : .ord
    case .padded(let inner, _, _, _):
      return atomClass(of: inner)
    case .scripts(let base, _, _), .stack(let base, _, _):
      return atomClass(of: base)
    case .fenced:
      return .inner
    case .table(let table):
      return table.open != nil || table.close != nil ? .inner : .ord
    default:
      return .ord
    }
  }

  /// Whether a node starts with a delimiter, after which a function name takes no space.
  private static func opensWithDelimiter(_ node: MathNode) -> Bool {
    switch node {
    case .fenced: return true
    case .symbol(let op): return op.atomClass == .open
    case .scripts(let base, _, _): return opensWithDelimiter(base)
    default: return false
    }
  }

  /// Whether writing a node produces more than one sibling element.
  private static func writesSeveralElements(_ node: MathNode) -> Bool {
    switch node {
    case .function, .operatorName: return true
    case .scripts(let base, _, _): return isFunctionName(base)
    case .colored(_, let nodes): return nodes.count == 1 && writesSeveralElements(nodes[0])
    default: return false
    }
  }

  /// Whether MathML would italicize this text in a plain `<mi>` (one Latin or Greek
  /// letter), so upright text needs `mathvariant="normal"`.
  static func isAutoItalic(_ text: String) -> Bool {
    let scalars = text.unicodeScalars
    guard scalars.count == 1, let scalar = scalars.first else { return false }
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A, 0x391...0x3A9, 0x3B1...0x3C9, 0x3D1, 0x3D5, 0x3D6, 0x3F0,
      0x3F1, 0x3F5, 0x2202, 0x2207, 0x131, 0x237:
      return true
    default:
      return false
    }
  }
}

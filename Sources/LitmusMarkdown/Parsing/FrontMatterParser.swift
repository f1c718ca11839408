import Yams

/// Reads the YAML front matter at the very top of a note.
///
/// A problem in the front matter never stops the note from being read: it is reported,
/// the key in question is ignored (its default applies), and the body is parsed as usual.
struct FrontMatterParser {
  let source: SourceText
  /// The problems found, in the order they were found.
  private(set) var problems: [MarkdownDiagnostic] = []

  init(source: SourceText) {
    self.source = source
  }

  /// The front matter starting at `start` (after any BOM) and the offset where the body
  /// starts; problems are collected in ``problems``.
  ///
  /// Pandoc's rule decides what is front matter: a `---` line at the very top, a closing
  /// `---` or `...` line, and between them a YAML mapping. Anything else there is ordinary
  /// Markdown (`---` thematic breaks, setext headings), as CommonMark renders it, except
  /// text that looks like `key: value` lines, whose YAML problem is reported (the block
  /// is then skipped, with every key at its default). A `---` with no closing line is
  /// ordinary Markdown too; when the line right after it looks like `key: value`, the
  /// author most likely forgot the closing line, and that is reported.
  mutating func parse(at start: Int) -> (frontMatter: FrontMatter, bodyStart: Int) {
    let bytes = source.bytes
    let firstLine = source.lines.lineIndex(ofOffset: start)
    guard isDelimiter(line: firstLine, allowDots: false) else { return (FrontMatter(), start) }
    var line = firstLine + 1
    while line < source.lines.lineCount {
      if source.lines.start(ofLine: line) >= bytes.count { break }
      if isDelimiter(line: line, allowDots: true) {
        let yamlStart = source.lines.start(ofLine: firstLine + 1)
        let yamlEnd = source.lines.start(ofLine: line)
        let body =
          line + 1 < source.lines.lineCount ? source.lines.start(ofLine: line + 1) : bytes.count
        let yaml = String(decoding: bytes[yamlStart..<yamlEnd], as: UTF8.self)
        guard let frontMatter = frontMatter(yaml, firstLine: firstLine + 1) else {
          return (FrontMatter(), start)
        }
        return (frontMatter, body)
      }
      line += 1
    }
    let next = firstLine + 1
    if next < source.lines.lineCount {
      let nextLine = bytes[
        source.lines.start(ofLine: next)..<source.lines.contentEnd(ofLine: next, in: bytes)]
      if looksLikeKeyValueLines(String(decoding: nextLine, as: UTF8.self)) {
        report("front matter is not closed: end it with a line `---`", at: start)
      }
    }
    return (FrontMatter(), start)
  }

  /// Whether text between `---` lines was meant as front matter: some line starts with
  /// `word:`.
  private func looksLikeKeyValueLines(_ yaml: String) -> Bool {
    yaml.split(separator: "\n").contains { line in
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      guard let colon = trimmed.firstIndex(of: ":"), colon != trimmed.startIndex else {
        return false
      }
      return trimmed[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }
  }

  private func isDelimiter(line: Int, allowDots: Bool) -> Bool {
    let start = max(source.lines.start(ofLine: line), line == 0 ? source.bomLength : 0)
    let end = source.lines.contentEnd(ofLine: line, in: source.bytes)
    var text = Array(source.bytes[start..<max(start, end)])
    while text.last == 0x20 || text.last == 0x09 { text.removeLast() }
    return text == Array("---".utf8) || (allowDots && text == Array("...".utf8))
  }

  private mutating func report(_ message: String, at offset: Int) {
    problems.append(
      MarkdownDiagnostic(message: message, position: source.position(ofOffset: offset)))
  }

  /// The file offset of a libYAML mark (1-based line within the YAML, column in scalars).
  private func offset(of mark: Mark?, firstLine: Int) -> Int {
    guard let mark else { return source.lines.start(ofLine: firstLine) }
    let line = firstLine + max(mark.line - 1, 0)
    var offset = source.lines.start(ofLine: line)
    let end = source.lines.contentEnd(ofLine: line, in: source.bytes)
    var scalars = max(mark.column - 1, 0)
    while scalars > 0 && offset < end {
      offset += 1
      while offset < end && source.bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      scalars -= 1
    }
    return offset
  }

  /// The front matter in `yaml`, or nil when the text is not meant as front matter.
  ///
  /// A YAML error (a duplicate key included: libYAML gives no mapping then) skips the
  /// whole block; a bad key or value skips only that key.
  private mutating func frontMatter(_ yaml: String, firstLine: Int) -> FrontMatter? {
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let yamlError as YamlError {
      guard looksLikeKeyValueLines(yaml) else { return nil }
      describe(yamlError, firstLine: firstLine)
      return FrontMatter()
    } catch {
      guard looksLikeKeyValueLines(yaml) else { return nil }
      report("bad yaml in front matter", at: source.lines.start(ofLine: firstLine))
      return FrontMatter()
    }
    guard let node else { return nil }
    guard case .mapping(let mapping) = node else {
      guard looksLikeKeyValueLines(yaml) else { return nil }
      report(
        "front matter must be `key: value` lines", at: offset(of: node.mark, firstLine: firstLine))
      return FrontMatter()
    }
    var result = FrontMatter()
    var seen: Set<String> = []
    for (key, value) in mapping {
      let keyOffset = offset(of: key.mark, firstLine: firstLine)
      let valueOffset = offset(of: value.mark, firstLine: firstLine)
      guard let name = key.scalar?.string else {
        report("front matter keys must be plain words", at: keyOffset)
        continue
      }
      guard FrontMatter.allowedKeys.contains(name) else {
        let allowed = FrontMatter.allowedKeys.joined(separator: ", ")
        report("unknown front matter key `\(name)` (allowed: \(allowed))", at: keyOffset)
        continue
      }
      guard seen.insert(name).inserted else {
        report("duplicate front matter key `\(name)`: keep one", at: keyOffset)
        continue
      }
      let text = value.scalar?.string
      switch name {
      case "title":
        guard let text else {
          report("`title` must be text", at: valueOffset)
          continue
        }
        let trimmed = text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }
        result.title = trimmed.isEmpty ? nil : String(trimmed.reversed())
      case "precision":
        guard let text, let precision = Int(text), (1...17).contains(precision) else {
          report("`precision` must be an integer from 1 to 17", at: valueOffset)
          continue
        }
        result.precision = precision
      case "tolerance":
        guard let text, let tolerance = Double(text), tolerance.isFinite, tolerance >= 0 else {
          report("`tolerance` must be a non-negative number such as 1e-9", at: valueOffset)
          continue
        }
        result.tolerance = tolerance
      default:
        guard let text, let order = Int(text) else {
          report("`order` must be an integer", at: valueOffset)
          continue
        }
        result.order = order
      }
    }
    return result
  }

  private mutating func describe(_ yamlError: YamlError, firstLine: Int) {
    switch yamlError {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      report("bad yaml in front matter: \(problem)", at: offset(of: mark, firstLine: firstLine))
    case .duplicatedKeysInMapping(let duplicates, let context):
      report(
        "duplicate front matter key `\(duplicates.joined(separator: "`, `"))`: keep one",
        at: offset(of: context.mark, firstLine: firstLine))
    default:
      report("bad yaml in front matter", at: source.lines.start(ofLine: firstLine))
    }
  }
}

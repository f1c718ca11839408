import Testing

@testable import LitmusMarkdown

@Suite struct NoteParserTests {
  private func parse(_ bytes: [UInt8], options: ParseOptions = .init()) throws -> Note {
    try NoteParser.parse(bytes: bytes, path: "note.md", options: options)
  }

  private func parse(_ text: String) throws -> Note {
    try parse(Array(text.utf8))
  }

  private func parseError(_ bytes: [UInt8], options: ParseOptions = .init()) -> MarkdownError? {
    do {
      _ = try NoteParser.parse(bytes: bytes, path: "note.md", options: options)
      return nil
    } catch {
      return error
    }
  }

  private func examples(_ note: Note) -> [ExampleBlock] {
    note.items.compactMap { if case .example(let block) = $0 { block } else { nil } }
  }

  private func inlineValues(_ note: Note) -> [InlineValueSpan] {
    note.items.compactMap { if case .inlineValue(let span) = $0 { span } else { nil } }
  }

  // MARK: Input safety

  @Test func invalidUTF8IsAnErrorNamingTheByteOffset() throws {
    let error = try #require(parseError([0x61, 0x0A, 0x62, 0xFF, 0x63]))
    #expect(error.message == "invalid utf-8 at byte 3: save the file as utf-8")
    #expect(error.position == SourcePosition(line: 2, column: 2, offset: 3))
    #expect(
      error.description == "note.md:2:2: error: invalid utf-8 at byte 3: save the file as utf-8")
  }

  @Test func aNULByteIsAnErrorNamingTheByteOffset() throws {
    // Found by the markdown fuzzer: cmark turns NUL into U+FFFD (three bytes), so an
    // outcome after it ended past the end of the file.
    var bytes = Array("```swift example\nlet x = 1\nx\n// => [1,\n//  ".utf8)
    bytes += [0, 0, 0] + Array("2]\n```\n".utf8)
    let error = try #require(parseError(bytes))
    #expect(error.message == "a NUL byte at byte 43: a note is text; remove it")
    #expect(error.position == SourcePosition(line: 5, column: 5, offset: 43))
    #expect(error.isNotText)
    #expect(try #require(parseError([0x61, 0xFF])).isNotText)
    // A front-matter problem is not a thrown error at all (the note is still read).
    #expect(parseError(Array("---\ncolour: red\n---\n".utf8)) == nil)
  }

  @Test func aNoteLongerThanTheLimitIsRefusedAtItsFirstByteOverIt() throws {
    let options = ParseOptions(maximumBytes: 10)
    let error = try #require(parseError(Array("# title\nabcdef\n".utf8), options: options))
    #expect(
      error.description
        == "note.md:2:3: error: the note is longer than the limit of 10 bytes from here: "
        + "split it into several notes")
    #expect(!error.isNotText)
    #expect(parseError(Array("# title\nab".utf8), options: options) == nil)
    // Only the first limit + 1 bytes are looked at (a reader may stop there): an invalid
    // byte after them is not reached.
    #expect(
      try #require(parseError(Array("0123456789a".utf8) + [0xFF], options: options)).message
        .hasPrefix("the note is longer"))
  }

  @Test func aNoteDenseWithMarkupIsRefusedBeforeCmarkParsesIt() throws {
    let options = ParseOptions(maximumMarkup: 5)
    // Line ends, `[`, `]`, and a run of `*` counted once: the sixth is the `[` on line 3.
    let error = try #require(parseError(Array("a\n**b** c\n[d] e\n".utf8), options: options))
    #expect(error.position == SourcePosition(line: 3, column: 1, offset: 10))
    #expect(error.message.hasPrefix("more than 5 line ends and markup characters"))
    // A lone `\r` ends a line for cmark, and is counted; a CRLF pair counts once.
    #expect(parseError(Array("a\r\r\r\r\r\ra".utf8), options: options)?.position.offset == 6)
    #expect(parseError(Array("a\r\n\r\n\r\n\r\n\r\na".utf8), options: options) == nil)
    // Markup characters inside words and sentences are not list markers.
    #expect(parseError(Array("a-b+c > d 3. e\n".utf8), options: options) == nil)
  }

  @Test func aNoteWithTooManyElementsIsRefusedAtTheFirstElementPastTheLimit() throws {
    // document, 3 × (heading, text): the heading of line 3 is element 6.
    let options = ParseOptions(maximumElements: 5)
    let error = try #require(parseError(Array("# a\n# b\n# c\n".utf8), options: options))
    #expect(error.position == SourcePosition(line: 3, column: 1, offset: 8))
    #expect(error.message.hasPrefix("more than 5 Markdown elements in one note"))
    #expect(parseError(Array("# a\n# b\n".utf8), options: options) == nil)
    // Math spans are counted before cmark sees their placeholders.
    let math = try #require(
      parseError(Array("$a$ $b$ $c$ $d$ $e$ $f$\n".utf8), options: options))
    #expect(math.position == SourcePosition(line: 1, column: 21, offset: 20))
  }

  @Test func truncatedSequenceAndOverlongAreInvalid() {
    #expect(parseError([0x61, 0xE2, 0x82])?.position.offset == 1)
    #expect(parseError([0xC0, 0xAF])?.position.offset == 0)
    #expect(parseError([0xED, 0xA0, 0x80])?.position.offset == 0)
  }

  @Test func byteOrderMarkIsSkippedButCountedInOffsets() throws {
    let note = try parse([0xEF, 0xBB, 0xBF] + Array("# Title\n".utf8))
    #expect(note.title == "Title")
    #expect(note.blocks.first?.position == SourcePosition(line: 1, column: 1, offset: 3))
  }

  @Test func emptyInputIsAnEmptyNote() throws {
    let note = try parse([])
    #expect(note.blocks.isEmpty && note.items.isEmpty && note.title == nil)
  }

  // MARK: Front matter

  @Test func frontMatterKeysAreRead() throws {
    let note = try parse(
      "---\ntitle: Softmax and its overflow\nprecision: 4\ntolerance: 1e-9\norder: 2\n---\n# Other\n"
    )
    #expect(
      note.frontMatter
        == FrontMatter(title: "Softmax and its overflow", precision: 4, tolerance: 1e-9, order: 2))
    #expect(note.title == "Softmax and its overflow")
    #expect(note.blocks.first?.position.line == 7)
  }

  @Test func titleDefaultsToFirstLevelOneHeading() throws {
    #expect(try parse("## Sub\n\n# The *real* `title`\n\n# Second\n").title == "The real title")
  }

  @Test func anEmptyHeadingGivesNoTitle() throws {
    #expect(try parse("# \n\nText\n").title == nil)
    #expect(try parse("#\n\n# Real one\n").title == "Real one")
    #expect(try parse("# `  ` \n").title == nil)
  }

  @Test func anInlineValueInTheTitleShowsItsExpressionWithoutTheMarker() throws {
    #expect(try parse("# Inline `= 1 + 1` heading\n").title == "Inline 1 + 1 heading")
    #expect(try parse("# Checked `1 + 1 => 2` heading\n").title == "Checked 2 heading")
    #expect(
      try parse("# Inline `= 1 + 1` heading\n").title(showing: { _ in "2" })
        == "Inline 2 heading")
  }

  @Test func unknownFrontMatterKeyIsAPositionedDiagnosticAndTheRestIsRead() throws {
    let source = MarkedSource(
      "---\ntitle: A\n1️⃣colour: red\nprecision: 3\n---\n```swift example\n1 + 1\n// => 3\n```\n")
    let note = try parse(source.bytes)
    #expect(
      note.diagnostics.map(\.message) == [
        "unknown front matter key `colour` (allowed: title, precision, tolerance, order)"
      ])
    expect(note.diagnostics.first?.position, at: 1, in: source)
    #expect(note.frontMatter == FrontMatter(title: "A", precision: 3))
    #expect(examples(note).count == 1)
    #expect(note.blocks.first?.position.line == 6)
  }

  @Test func badYAMLIsAPositionedDiagnosticAndTheBlockIsSkipped() throws {
    let note = try parse("---\ntitle: [a\nprecision: 3\n---\n# Body\n")
    #expect(note.diagnostics.count == 1)
    #expect(note.diagnostics.first?.message.hasPrefix("bad yaml in front matter") == true)
    #expect((note.diagnostics.first?.position.line ?? 0) >= 2)
    #expect(note.frontMatter == FrontMatter())
    #expect(note.title == "Body")
    #expect(HTMLRenderer().render(note) == "<h1>Body</h1>\n")
  }

  @Test func duplicateKeyIsADiagnosticAndTheBlockIsSkipped() throws {
    let note = try parse("---\ntitle: A\ntitle: B\n---\n# Body\n")
    #expect(note.diagnostics.map(\.message) == ["duplicate front matter key `title`: keep one"])
    #expect(note.title == "Body")
  }

  @Test func precisionOutOfRangeIsADiagnosticAndTheDefaultApplies() throws {
    let source = MarkedSource("---\nprecision: 1️⃣18\ntolerance: 0.5\n---\nText\n")
    let note = try parse(source.bytes)
    #expect(note.diagnostics.map(\.message) == ["`precision` must be an integer from 1 to 17"])
    expect(note.diagnostics.first?.position, at: 1, in: source)
    #expect(note.frontMatter == FrontMatter(tolerance: 0.5))
  }

  @Test func everyBadValueIsReported() throws {
    let note = try parse("---\nprecision: four\ntolerance: -1\norder: x\ntitle: [1]\n---\n")
    #expect(
      note.diagnostics.map { "\($0.position.line): \($0.message)" } == [
        "2: `precision` must be an integer from 1 to 17",
        "3: `tolerance` must be a non-negative number such as 1e-9",
        "4: `order` must be an integer",
        "5: `title` must be text",
      ])
    #expect(note.frontMatter == FrontMatter())
  }

  @Test func unclosedFrontMatterIsOrdinaryMarkdownWithADiagnostic() throws {
    let note = try parse("---\ntitle: a\n\n# Heading\n")
    #expect(note.frontMatter == FrontMatter())
    #expect(note.title == "Heading")
    #expect(
      note.diagnostics.map(\.description) == [
        "1:1: front matter is not closed: end it with a line `---`"
      ])
    #expect(HTMLRenderer().render(note) == "<hr />\n<p>title: a</p>\n<h1>Heading</h1>\n")
  }

  @Test func aThematicBreakAtTheTopFollowedByABlankLineIsNotFrontMatter() throws {
    let note = try parse("---\n\nNote: this is prose.\n")
    #expect(note.diagnostics.isEmpty)
    #expect(HTMLRenderer().render(note) == "<hr />\n<p>Note: this is prose.</p>\n")
  }

  @Test func blankTitleCountsAsNoTitle() throws {
    #expect(try parse("---\ntitle: \"   \"\n---\n# Heading\n").title == "Heading")
    #expect(try parse("---\ntitle: \"  Padded \"\n---\n").title == "Padded")
  }

  @Test func dashesAroundTextThatIsNotAMappingAreMarkdown() throws {
    // Pandoc's rule: front matter is a YAML mapping; CommonMark examples 96 and 98 stay intact.
    let setext = try parse("---\nFoo\n---\nBar\n---\nBaz\n")
    #expect(setext.frontMatter == FrontMatter())
    #expect(HTMLRenderer().render(setext) == "<hr />\n<h2>Foo</h2>\n<h2>Bar</h2>\n<p>Baz</p>\n")
    #expect(HTMLRenderer().render(try parse("---\n---\n")) == "<hr />\n<hr />\n")
    #expect(HTMLRenderer().render(try parse("---\nJust text\n")) == "<hr />\n<p>Just text</p>\n")
  }

  @Test func frontMatterWithCRLFAndBOM() throws {
    let note = try parse([0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: T\r\n---\r\nText\r\n".utf8))
    #expect(note.frontMatter.title == "T")
    #expect(note.blocks.first?.position == SourcePosition(line: 4, column: 1, offset: 23))
  }

  // MARK: Example blocks

  static let example = """
    # Softmax

    ```swift example hidden session=a tolerance=1e-6
    1️⃣let v: Vector = [1, 2]
    v.sum()
    // => 2️⃣3
    // warning: 3️⃣overflow
    // just a comment
    softmax(v)
    // => 4️⃣[0.2689,
    //    5️⃣0.7311]
    ```

    ```swift
    plain()
    ```
    """

  private func checkExample(_ source: MarkedSource) throws {
    let note = try parse(source.bytes)
    let block = try #require(examples(note).first)
    #expect(examples(note).count == 1)
    #expect(block.id == 0)
    #expect(block.attributes == ExampleAttributes(hidden: true, session: "a", tolerance: 1e-6))
    #expect(block.lines.count == 8)
    #expect(block.source.hasPrefix("let v: Vector = [1, 2]\nv.sum()\n// => 3\n"))
    expect(block.lines[0].position, at: 1, in: source)
    #expect(block.position.line == 3 && block.position.column == 1)
    #expect(block.outcomes.count == 3)
    let value = block.outcomes[0]
    #expect(value.kind == .value && value.text == "3" && value.statementLine == 1)
    expect(value.position, at: 2, in: source)
    let warning = block.outcomes[1]
    #expect(warning.kind == .warning && warning.text == "overflow" && warning.statementLine == 1)
    expect(warning.position, at: 3, in: source)
    let vector = block.outcomes[2]
    #expect(vector.text == "[0.2689,\n0.7311]" && vector.statementLine == 5)
    expect(vector.pieces.first?.position, at: 4, in: source)
    expect(vector.pieces.last?.position, at: 5, in: source)
    #expect(vector.fileOffset(ofTextByte: 9) == source.offsets[5])
    #expect(vector.fileOffset(ofTextByte: 8) == nil)
    #expect(note.diagnostics.isEmpty)
    let code = note.blocks.compactMap {
      if case .codeBlock(let info, _) = $0.kind { info } else { nil }
    }
    #expect(code == ["swift"])
  }

  @Test func exampleBlockLinesOutcomesAndPositions() throws {
    try checkExample(MarkedSource(Self.example))
  }

  @Test func exampleBlockPositionsWithCRLF() throws {
    try checkExample(MarkedSource(Self.example).crlf)
  }

  @Test func exampleInsideBlockQuoteAndListMapsLinesPastPrefixes() throws {
    let source = MarkedSource(
      "> ```swift example\n> 1️⃣x\n> ```\n\n- item\n\n  ```swift example\n  2️⃣y\n  // => 3️⃣1\n  ```\n")
    let blocks = examples(try parse(source.bytes))
    #expect(blocks.count == 2)
    expect(blocks.first?.lines.first?.position, at: 1, in: source)
    expect(blocks.last?.lines.first?.position, at: 2, in: source)
    expect(blocks.last?.outcomes.first?.position, at: 3, in: source)
  }

  @Test func unclosedExampleIsReportedAtItsFenceAndNotEvaluated() throws {
    let source = MarkedSource("# T\n\n1️⃣```swift example\nv.sum()\n// => 7\n\n## Next section\n")
    let note = try parse(source.bytes)
    #expect(
      note.diagnostics.map(\.message) == [
        "example block is never closed: add a closing ``` fence"
      ])
    expect(note.diagnostics.first?.position, at: 1, in: source)
    #expect(note.items.isEmpty)
    let code = note.blocks.compactMap {
      if case .codeBlock(let info, let literal) = $0.kind { "\(info)|\(literal)" } else { nil }
    }
    #expect(code == ["swift example|v.sum()\n// => 7\n\n## Next section\n"])
  }

  @Test(arguments: [
    "```swift example\n1\n```",  // closed at the end of the file, no newline
    "```swift example\n```\n",  // empty
    "   ```swift example\n1\n   ```\r\n",  // indented, CRLF
    "~~~swift example\n1\n~~~~ \t\n",  // longer closing fence, trailing space and tab
    "> ```swift example\n> 1\n> ```\n\nafter\n",  // in a block quote
    "- item\n\n  ```swift example\n  1\n  ```\n- next\n",  // in a list item
    "> - ```swift example\n>   1\n>   ```\n",  // in a list item in a block quote
  ])
  func closedExampleIsNotReported(text: String) throws {
    let note = try parse(text)
    #expect(note.diagnostics.isEmpty)
    #expect(examples(note).count == 1)
  }

  @Test(arguments: [
    "```swift example\n1\n",  // runs to the end of the file
    "```swift example\n1",  // no newline at the end
    "```swift example",  // only the opening fence
    "````swift example\n1\n```\n",  // closing fence shorter than the opening one
    "```swift example\n1\n~~~\n",  // another fence character
    "```swift example\n1\n    ```\n",  // indented four spaces: content
    "```swift example\n1\n``` x\n",  // text after the fence: content
    "> ```swift example\n> 1\n\n```\n",  // ended by its block quote; the ``` is outside
    "- item\n\n  ```swift example\n  1\n- next\n",  // ended by its list item
  ])
  func unclosedExampleIsReported(text: String) throws {
    let note = try parse(text)
    #expect(note.diagnostics.count == 1)
    #expect(
      note.diagnostics.first?.message.hasPrefix("example block is never closed: add a closing")
        == true)
    #expect(examples(note).isEmpty)
  }

  @Test func unclosedMessageNamesTheOpeningFence() throws {
    let note = try parse("~~~~swift example\n1\n")
    #expect(
      note.diagnostics.map(\.message) == ["example block is never closed: add a closing ~~~~ fence"]
    )
  }

  @Test func outcomeWithoutStatementIsADiagnostic() throws {
    let source = MarkedSource("```swift example\nx\n\n1️⃣// => 1\n```\n")
    let note = try parse(source.bytes)
    #expect(examples(note).first?.outcomes.isEmpty == true)
    #expect(
      note.diagnostics.map(\.message) == [
        "outcome comment with no statement before it: put it right after the statement"
      ])
    #expect(note.diagnostics.first?.position.line == 4)
  }

  @Test func unknownAttributeAndBadToleranceAreDiagnostics() throws {
    let source = MarkedSource("```swift example 1️⃣fast 2️⃣tolerance=abc\nx\n```\n")
    let note = try parse(source.bytes)
    #expect(note.diagnostics.count == 2)
    expect(note.diagnostics.first?.position, at: 1, in: source)
    expect(note.diagnostics.last?.position, at: 2, in: source)
    #expect(note.diagnostics.first?.message.hasPrefix("unknown example attribute `fast`") == true)
  }

  @Test func unclosedStatedVectorIsLeftToTheStatedValueParser() throws {
    // The checker reports it once, when it reads the value; the parser does not add a second.
    let note = try parse("```swift example\nv\n// => [1, 2\nnext\n```\n")
    #expect(note.diagnostics.isEmpty)
    #expect(examples(note).first?.outcomes.map(\.text) == ["[1, 2"])
  }

  @Test func emptyStatedValueDoesNotSwallowTheNextComment() throws {
    let block = try #require(
      examples(try parse("```swift example\ns\n// =>\n// [1]\n```\n")).first)
    #expect(block.outcomes.map(\.text) == [""])
    #expect(block.outcomes.map(\.pieces.count) == [1])
  }

  @Test func bracketsInsideQuotedStringsDoNotContinue() throws {
    let block = try #require(
      examples(try parse("```swift example\ns\n// => \"[\"\n// plain\n```\n")).first)
    #expect(block.outcomes.map(\.text) == ["\"[\""])
  }

  // MARK: Inline values

  @Test func inlineValueSpansAreLocated() throws {
    let source = MarkedSource(
      "Sum `= 1️⃣v.sum()` and `2️⃣softmax(v)[0] => 3️⃣0.2689` but `a => ` and `plain`.\n")
    let note = try parse(source.bytes)
    let spans = inlineValues(note)
    #expect(spans.count == 2)
    #expect(spans.map(\.expression) == ["v.sum()", "softmax(v)[0]"])
    #expect(spans.map(\.stated) == [nil, "0.2689"])
    #expect(spans.map(\.id) == [0, 1])
    expect(spans.first?.expressionPosition, at: 1, in: source)
    expect(spans.last?.expressionPosition, at: 2, in: source)
    expect(spans.last?.statedPosition, at: 3, in: source)
  }

  @Test func lastArrowSplitsTheInlineValue() throws {
    let span = try #require(inlineValues(try parse("`f { $0 => 1 } => 2`")).first)
    #expect(span.expression == "f { $0 => 1 }" && span.stated == "2")
  }

  @Test func inlineValueOnSecondLineOfCRLFListItem() throws {
    let source = MarkedSource("- a\n  b `= 1️⃣x + 1`\n").crlf
    expect(inlineValues(try parse(source.bytes)).first?.expressionPosition, at: 1, in: source)
  }

  @Test func itemsAreInDocumentOrderWithSequentialIds() throws {
    let note = try parse("`= a`\n\n```swift example\nb\n```\n\n`= c`\n")
    #expect(note.items.map(\.id) == [0, 1, 2])
    #expect(note.items.map(\.position.line) == [1, 3, 7])
  }

  // MARK: Positions of blocks

  @Test func blockPositionsWithTabsAndCRLF() throws {
    let source = MarkedSource("1️⃣# H\r\n\r\n-\t2️⃣para\r\n\r\n> 3️⃣quote\r\n")
    let note = try parse(source.bytes)
    expect(note.blocks[0].position, at: 1, in: source)
    let item = try #require(note.blocks[1].children.first)
    expect(item.children.first?.position, at: 2, in: source)
    expect(note.blocks[2].children.first?.position, at: 3, in: source)
  }

  @Test func codeSpanPositionIsItsContent() throws {
    let source = MarkedSource("> a *b* `` 1️⃣c` `` d\n")
    let paragraph = try #require(note(source).blocks.first?.children.first)
    let code = paragraph.inlines.first { if case .code = $0.kind { true } else { false } }
    expect(code?.position, at: 1, in: source)
  }

  private func note(_ source: MarkedSource) throws -> Note { try parse(source.bytes) }

  @Test func inlinePositionsOnLazyContinuationLines() throws {
    let source = MarkedSource("> 1️⃣a\n> b 2️⃣*c* d\n  3️⃣e 4️⃣**f** 5️⃣[g](h)\n")
    let paragraph = try #require(note(source).blocks.first?.children.first)
    let positions = paragraph.inlines.filter {
      if case .softBreak = $0.kind { false } else { true }
    }.map(\.position)
    #expect(positions.count == 8)
    expect(positions[0], at: 1, in: source)
    expect(positions[2], at: 2, in: source)
    expect(positions[4], at: 3, in: source)
    expect(positions[5], at: 4, in: source)
    expect(positions[7], at: 5, in: source)
  }

  // MARK: Robustness

  private func blockDepth(_ blocks: [Block]) -> Int {
    var deepest = 0
    var pending = blocks.map { ($0, 1) }
    while let (block, depth) = pending.popLast() {
      deepest = max(deepest, depth)
      pending += block.children.map { ($0, depth + 1) }
    }
    return deepest
  }

  @Test func twoThousandNestedListsKeepEveryLevel() throws {
    let note = try parse(String(repeating: "- ", count: 2_000) + "x\n")
    #expect(blockDepth(note.blocks) == 4_001)
    #expect(note.diagnostics.isEmpty)
  }

  @Test func nestingBeyondTheLimitIsFlattenedWithOneDiagnostic() throws {
    let note = try parse(String(repeating: ">", count: 6_000) + " x\n")
    #expect(blockDepth(note.blocks) == TreeBuilder.maximumDepth)
    #expect(note.diagnostics.map(\.message) == ["nesting deeper than 5000 levels is flattened"])
    #expect(note.diagnostics.first?.position.column == 5_000)
  }

  /// Inputs that are slow for a naive scanner: a 10 MB line of prose with math and code
  /// spans; 1 MB of unterminated openers (`\(`, `$$`, backticks, `<!--`) on one line;
  /// 100,000 nested brackets; 2,000 nested lists; 100,000 nested block quotes;
  /// 50,000 nested emphases; 300,000 lone dollars.
  static let hugeInputs: [(String, String)] = [
    (
      "10 MB line",
      String(
        repeating: "The softmax of the logits is stable once the max is subtracted, see "
          + "$z_i - \\max_j z_j$ and `= s`; the cross-entropy of one-hot targets picks the "
          + "log-probability of the true class, and its gradient is simply s - y. ",
        count: 50_000)
    ),
    ("unterminated openers", String(repeating: "\\( $$ ` <!-- ", count: 80_000)),
    (
      "nested brackets",
      String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    ),
    ("nested lists", String(repeating: "- ", count: 2_000) + "x\n"),
    ("nested quotes", String(repeating: ">", count: 100_000) + " x\n"),
    (
      "nested emphasis",
      String(repeating: "*", count: 50_000) + "x" + String(repeating: "*", count: 50_000)
    ),
    ("dollars", String(repeating: "$a ", count: 300_000)),
  ]

  @Test(.timeLimit(.minutes(3)), arguments: 0..<7)
  func hugeInputsParseAndRenderQuickly(index: Int) throws {
    let (name, text) = Self.hugeInputs[index]
    let clock = ContinuousClock()
    let start = clock.now
    let note = try parse(text)
    let parsed = clock.now
    _ = HTMLRenderer().render(note)
    let rendered = clock.now
    print("\(name): parse \(parsed - start), render \(rendered - parsed)")
    // Generous: debug build on a shared machine; a release build takes about a tenth.
    #expect(rendered - start < .seconds(90), "\(name)")
  }
}

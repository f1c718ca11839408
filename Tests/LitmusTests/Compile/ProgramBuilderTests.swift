import LitmusEval
import LitmusMarkdown
import LitmusMath
import Testing

@testable import Litmus

@Suite struct ProgramBuilderTests {
  /// Builds the program of a note given as text.
  private func build(_ text: String) throws -> ProgramBuilder {
    let note = try NoteParser.parse(bytes: Array(text.utf8), path: "n.md", options: ParseOptions())
    var builder = ProgramBuilder(path: "n.md")
    let evaluator = Evaluator()
    for item in note.items {
      switch item {
      case .example(let block):
        builder.add(
          block, results: evaluator.evaluateBlock(block.source, session: block.attributes.session))
      case .inlineValue(let span):
        builder.add(span, result: evaluator.evaluateExpression(span.expression))
      }
    }
    return builder
  }

  @Test func wrapsExpressionStatementsAndCopiesDeclarations() throws {
    var builder = try build(
      """
      ```swift example
      let v: Vector = [3, 3, 4]
      softmax(v)
      ```
      """)
    let source = builder.source()
    #expect(source.contains("\nlet v: Vector = [3, 3, 4]\n"))
    #expect(source.contains("\nlet __litmus1 = softmax(v)\n"))
    #expect(source.contains("\n__litmusShow(1, __litmus1)\n"))
    #expect(source.contains("#sourceLocation(file: \"@1\", line: 1)\n"))
    #expect(builder.statements.map(\.expected) == [nil, ProbeValue(.vector(softmax([3, 3, 4])))])
  }

  @Test func mapsColumnsBackThroughTheAddedPrefix() throws {
    let builder = try build(
      """
      # T

      ```swift example
      let x = 2.0
        x * 3
      ```
      """)
    // Line 5 of the note is "  x * 3": the statement starts at column 3.
    let statement = builder.statements[1]
    #expect(statement.start.line == 5)
    #expect(statement.start.column == 3)
    // swiftc sees "let __litmus1 = x * 3": its column 21 is the `3`.
    let position = statement.position(line: 1, column: 21)
    #expect(position.line == 5)
    #expect(position.column == 7)
    // A declaration is copied as is (from its first byte).
    #expect(builder.statements[0].position(line: 1, column: 5).column == 5)
  }

  @Test func secondStatementOnALineMapsToItsOwnColumns() throws {
    let builder = try build(
      """
      ```swift example
      let a = 1.5; let b = a + 1
      ```
      """)
    #expect(builder.statements.count == 2)
    #expect(builder.statements[1].start.column == 14)
    // "let b = a + 1" copied from column 14: its column 9 is the `a`.
    #expect(builder.statements[1].position(line: 1, column: 9).column == 22)
  }

  @Test func leavesOutStatementsStatedToFailAndSaysSo() throws {
    var builder = try build(
      """
      ```swift example
      let p: Vector = [0.2, 0.8]
      crossEntropy(p, label: 7)
      // error: out of range
      p.sum()
      ```
      """)
    let source = builder.source()
    #expect(!source.contains("label: 7"))
    #expect(builder.statements.count == 2)
    #expect(builder.leftOut.count == 1)
    #expect(builder.leftOut.first?.line == 3)
    #expect(builder.leftOut.first?.severity == .warning)
    #expect(builder.leftOut.first?.message.hasPrefix("swift: not compiled") == true)
  }

  @Test func silentlyLeavesOutUnstatedFailures() throws {
    let builder = try build(
      """
      ```swift example
      let y = undefinedName
      ```
      """)
    #expect(builder.statements.isEmpty)
    #expect(builder.leftOut.isEmpty)
  }

  @Test func sessionsGetTheirOwnScopesAndInlineSpansJoinTheDefaultOne() throws {
    var builder = try build(
      """
      ```swift example
      let x = 1.0
      ```

      ```swift example session=other
      let x = 2.0
      ```

      Twice x is `= x * 2`.
      """)
    let source = builder.source()
    #expect(source.components(separatedBy: "\ndo {\n").count == 3)
    let defaultScope = try #require(source.components(separatedBy: "// session other").first)
    #expect(defaultScope.contains("let __litmus2 = x * 2"))
    #expect(builder.statements[2].start.line == 9)
    #expect(builder.statements[2].start.column == 15)
  }
}

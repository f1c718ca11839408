/// Something the evaluator runs, in document order.
public enum EvaluationItem: Sendable {
  /// A `swift example` block.
  case example(ExampleBlock)
  /// A `` `= expr` `` or `` `expr => value` `` span in prose.
  case inlineValue(InlineValueSpan)

  /// The item's id (its index in ``Note/items``).
  public var id: Int {
    switch self {
    case .example(let block): return block.id
    case .inlineValue(let span): return span.id
    }
  }

  /// Where the item starts in the file.
  public var position: SourcePosition {
    switch self {
    case .example(let block): return block.position
    case .inlineValue(let span): return span.expressionPosition
    }
  }
}

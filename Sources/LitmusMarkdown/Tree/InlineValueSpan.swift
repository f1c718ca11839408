/// A code span in prose that asks for a value: `` `= expr` `` or `` `expr => value` ``.
public struct InlineValueSpan: Sendable, Hashable {
  /// The span's id, its index in ``Note/items``.
  public var id: Int
  /// The expression to evaluate, trimmed.
  public var expression: String
  /// The first byte of the expression in the original file.
  public var expressionPosition: SourcePosition
  /// The stated value (after the last ` => `), trimmed; nil for `` `= expr` ``.
  public var stated: String?
  /// The first byte of the stated value in the original file.
  public var statedPosition: SourcePosition?

  /// Creates an inline value span.
  /// - Parameters:
  ///   - id: The item id.
  ///   - expression: The expression.
  ///   - expressionPosition: Where the expression starts.
  ///   - stated: The stated value, if any.
  ///   - statedPosition: Where the stated value starts.
  public init(
    id: Int, expression: String, expressionPosition: SourcePosition, stated: String?,
    statedPosition: SourcePosition?
  ) {
    self.id = id
    self.expression = expression
    self.expressionPosition = expressionPosition
    self.stated = stated
    self.statedPosition = statedPosition
  }
}

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
  /// Where each byte of ``expression`` is in the file (a span continued on the next line
  /// leaves out that line's container prefix and turns the line ending into a space).
  public var expressionMap: SourceMap
  /// Where each byte of ``stated`` is in the file; nil for `` `= expr` `` and when the span
  /// could not be located byte by byte (then no stated number is rewritten in place).
  public var statedMap: SourceMap?

  /// Creates an inline value span.
  /// - Parameters:
  ///   - id: The item id.
  ///   - expression: The expression.
  ///   - expressionPosition: Where the expression starts.
  ///   - stated: The stated value, if any.
  ///   - statedPosition: Where the stated value starts.
  ///   - expressionMap: Where each expression byte is; by default the expression lies as it
  ///     is from `expressionPosition`.
  ///   - statedMap: Where each stated byte is; by default the stated value lies as it is
  ///     from `statedPosition`.
  public init(
    id: Int, expression: String, expressionPosition: SourcePosition, stated: String?,
    statedPosition: SourcePosition?, expressionMap: SourceMap? = nil, statedMap: SourceMap? = nil
  ) {
    self.id = id
    self.expression = expression
    self.expressionPosition = expressionPosition
    self.stated = stated
    self.statedPosition = statedPosition
    self.expressionMap =
      expressionMap ?? SourceMap(contiguous: expression, at: expressionPosition)
    if let statedMap {
      self.statedMap = statedMap
    } else if let stated, let statedPosition {
      self.statedMap = SourceMap(contiguous: stated, at: statedPosition)
    } else {
      self.statedMap = nil
    }
  }
}

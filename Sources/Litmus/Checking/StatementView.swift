/// What the page shows under one statement of an example block: its value,
/// the verdicts on what the author stated, its error and warnings.
public struct StatementView: Sendable {
  /// The 0-based index of the statement's first line in the block.
  public let firstLine: Int
  /// The 0-based index of the statement's last line in the block.
  public let lastLine: Int
  /// The value formatted with the note's precision; `nil` for declarations
  /// and failures.
  public let value: String?
  /// The verdicts on the statement's outcome comments.
  public let verdicts: [OutcomeVerdict]
  /// The error message, if the statement failed.
  public let error: String?
  /// Whether the error was stated (and so expected).
  public let errorIsStated: Bool
  /// The floating-point warnings, with whether each was stated.
  public let warnings: [(message: String, stated: Bool)]
  /// The SVG markup of the statement's figure, when its value is one
  /// (`plot`, `bars`, `heatmap`); shown instead of the value's text.
  public let figure: String?
}

import LitmusEval
import LitmusPlot

extension NoteRun {
  /// The SVG of a statement's value when it is a figure: expression
  /// statements only, as their values are shown.
  static func figure(of result: StatementResult) -> String? {
    guard result.isExpression, case .figure(let figure) = result.value else { return nil }
    return figure.svg
  }
}

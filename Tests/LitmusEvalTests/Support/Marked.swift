import LitmusEval

/// Source text with one position marked by `1️⃣`, which is removed.
struct Marked {
  /// The source without the marker.
  let source: String
  /// The marker's location (1-based line, UTF-8 column).
  let location: SourceLocation

  init(_ text: String) {
    var line = 1
    var column = 1
    var found = SourceLocation(line: 0, column: 0)
    var stripped = ""
    for character in text {
      if character == "1️⃣" {
        found = SourceLocation(line: line, column: column)
        continue
      }
      stripped.append(character)
      if character == "\n" {
        line += 1
        column = 1
      } else {
        column += character.utf8.count
      }
    }
    source = stripped
    location = found
  }
}

/// Evaluates a block in a fresh evaluator.
func evaluate(_ source: String, limits: EvaluationLimits = .init()) -> [StatementResult] {
  Evaluator(limits: limits).evaluateBlock(source)
}

/// The value of the last statement of `source` as displayed with 6 digits,
/// or its error message.
func show(_ source: String) -> String {
  guard let last = evaluate(source).last else { return "<nothing>" }
  if let error = last.error { return "error: \(error.message)" }
  return last.value?.formatted() ?? "<no value>"
}

/// The first error of a block, if any.
func firstError(_ source: String, limits: EvaluationLimits = .init()) -> EvaluationError? {
  evaluate(source, limits: limits).lazy.compactMap(\.error).first
}

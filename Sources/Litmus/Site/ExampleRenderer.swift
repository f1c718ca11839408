import LitmusMarkdown

/// The HTML of one example block: the code, highlighted, with the outcome
/// comments taken out and each statement's result shown under it.
struct ExampleRenderer {
  let block: ExampleBlock
  let statements: [StatementView]
  /// The page's highlighting budget (``HighlightBudget``).
  let highlightBudget: HighlightBudget

  var html: String {
    let highlighted = SwiftHighlighter.highlightedLines(block.source, budget: highlightBudget)
    var outcomeLines = Set<Int>()
    for outcome in block.outcomes {
      outcomeLines.formUnion(
        outcome.commentLine..<(outcome.commentLine + max(1, outcome.pieces.count)))
    }
    var resultsAfterLine: [Int: [StatementView]] = [:]
    for statement in statements {
      resultsAfterLine[statement.lastLine, default: []].append(statement)
    }
    var output = "<div class=\"example\">\n"
    var pending: [String] = []
    func flush() {
      guard !pending.isEmpty else { return }
      output +=
        "<pre class=\"code\"><code class=\"language-swift\">" + pending.joined(separator: "\n")
        + "\n</code></pre>\n"
      pending = []
    }
    for (index, line) in highlighted.enumerated() where !outcomeLines.contains(index) {
      pending.append(line)
      for statement in resultsAfterLine[index] ?? [] {
        let rows = resultRows(statement)
        if !rows.isEmpty {
          flush()
          output += rows
        }
      }
    }
    // Trailing blank lines of a block are not worth a row of their own.
    while let last = pending.last, last.allSatisfy({ $0 == " " }) { pending.removeLast() }
    flush()
    return output + "</div>\n"
  }

  private func resultRows(_ statement: StatementView) -> String {
    var rows = ""
    for warning in statement.warnings {
      let kind = warning.stated ? "expected" : "failed"
      let mark = warning.stated ? "<span class=\"mark\" aria-label=\"expected\">✓</span>" : failMark
      rows +=
        "<div class=\"result warning \(kind)\">\(mark)<span class=\"label\">warning</span> "
        + "\(HTMLText.escape(warning.message))</div>\n"
    }
    if let error = statement.error {
      let kind = statement.errorIsStated ? "expected" : "failed"
      let mark =
        statement.errorIsStated ? "<span class=\"mark\" aria-label=\"expected\">✓</span>" : failMark
      rows +=
        "<div class=\"result error \(kind)\">\(mark)<span class=\"label\">error</span> "
        + "\(HTMLText.escape(error))</div>\n"
    }
    let values = statement.verdicts.filter { $0.kind == .value }
    let others = statement.verdicts.filter { $0.kind != .value && !$0.passed }
    for verdict in others {
      rows +=
        "<div class=\"result failed\">\(failMark)<span class=\"label\">stated \(verdict.kind.rawValue)</span> "
        + "<del>\(HTMLText.escape(verdict.stated))</del> <ins>\(HTMLText.escape(verdict.computed ?? ""))</ins></div>\n"
    }
    if let value = statement.value {
      if values.isEmpty, let figure = statement.figure {
        // The SVG is markup LitmusPlot generated, with every text escaped.
        rows += "<div class=\"result figure\">\n\(figure)</div>\n"
      } else if values.isEmpty {
        rows +=
          "<div class=\"result value\"><span class=\"arrow\" aria-hidden=\"true\">→</span>"
          + "<output>\(display(value))</output></div>\n"
      }
      for verdict in values {
        if verdict.passed {
          rows +=
            "<div class=\"result passed\" title=\"stated \(HTMLText.escape(verdict.stated))\">"
            + "<span class=\"mark\" aria-label=\"checked\">✓</span><output>\(display(value))</output></div>\n"
        } else {
          rows +=
            "<div class=\"result failed\">\(failMark)<span class=\"label\">stated</span> "
            + "<del>\(HTMLText.escape(verdict.stated))</del> <span class=\"label\">computed</span> "
            + "<ins>\(display(verdict.computed ?? value))</ins></div>\n"
        }
      }
    } else {
      for verdict in values where !verdict.passed {
        rows +=
          "<div class=\"result failed\">\(failMark)<span class=\"label\">stated</span> "
          + "<del>\(HTMLText.escape(verdict.stated))</del></div>\n"
      }
    }
    return rows
  }

  /// A matrix prints one row per line, like numpy, so wide tables stay readable.
  private func display(_ value: String) -> String {
    guard value.hasPrefix("[[") else { return HTMLText.escape(value) }
    return HTMLText.escape(value.replacing("], [", with: "],\n ["))
  }

  private var failMark: String { "<span class=\"mark\" aria-label=\"failed\">✗</span>" }
}

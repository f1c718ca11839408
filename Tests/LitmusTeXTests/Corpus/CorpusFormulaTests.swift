import Foundation
import LitmusTeX
import Testing

/// One formula extracted from the shared corpus by
/// `scripts/reference/extract_corpus_math.py`.
struct CorpusFormula: Decodable, Sendable, CustomTestStringConvertible {
  var file: String
  var line: Int
  var tex: String
  var display: Bool

  var testDescription: String { "\(file):\(line)" }

  static func load() throws -> [CorpusFormula] {
    let url = try #require(
      Bundle.module.url(
        forResource: "d2l-formulas", withExtension: "json", subdirectory: "Fixtures"))
    return try JSONDecoder().decode([CorpusFormula].self, from: Data(contentsOf: url))
  }
}

@Suite struct CorpusFormulaTests {
  @Test func fixtureHoldsEveryCorpusFormula() throws {
    let formulas = try CorpusFormula.load()
    #expect(formulas.count == 330)
    #expect(Set(formulas.map(\.file)).count == 6)
  }

  @Test func everyCorpusFormulaConvertsWithoutDiagnostics() throws {
    for formula in try CorpusFormula.load() {
      let result = MathMLConverter().convert(formula.tex, display: formula.display)
      #expect(
        result.diagnostics.isEmpty,
        "\(formula.file):\(formula.line): \(result.diagnostics.map(\.message)) in \(formula.tex)")
      #expect(result.html.hasPrefix("<math "))
    }
  }

  @Test func corpusCommandsMapToTheirSymbols() throws {
    let html = try CorpusFormula.load().map {
      MathMLConverter().convert($0.tex, display: $0.display).html
    }.joined()
    for expected in [
      "<mi>∂</mi>", "<mi>ℝ</mi>", "<mo>⊙</mo>", "<mo>∝</mo>", "<mo>≈</mo>", "<mi>⊤</mi>",
      "<mtext>prod</mtext>", "<mi>softmax</mi>", "<mo movablelimits=\"false\">∑</mo>",
      "<munder><munder>", "<mi>\u{1D4AA}</mi>", "<mi>\u{1D750}</mi>",
    ] {
      let found = html.contains(expected)
      #expect(found, "\(expected) missing from the corpus output")
    }
  }
}

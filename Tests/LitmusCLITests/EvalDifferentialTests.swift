import Foundation
import Testing

/// `litmus eval --json`, as a user or a script runs it, against numpy: the 480
/// random cases of `Tests/LitmusEvalTests/Fixtures/eval_reference.json`
/// (logits up to magnitude 700, written by `scripts/reference/eval_reference.py`),
/// all evaluated in one process, each value within a relative error of 1e-9.
@Suite struct EvalDifferentialTests {
  struct Case: Decodable {
    let function: String
    let logits: JSONValue?
    let probabilities: [Double]?
    let target: [Double]?
    let label: Int?
    let labels: [Int]?
    let expected: JSONValue
  }

  /// A number or nested arrays of numbers.
  indirect enum JSONValue: Decodable {
    case number(Double)
    case list([JSONValue])

    init(from decoder: Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let number = try? container.decode(Double.self) {
        self = .number(number)
      } else if let text = try? container.decode(String.self) {
        self = .number(text == "nan" ? .nan : text == "-inf" ? -.infinity : .infinity)
      } else {
        self = .list(try container.decode([JSONValue].self))
      }
    }

    var flat: [Double] {
      switch self {
      case .number(let x): return [x]
      case .list(let items): return items.flatMap(\.flat)
      }
    }

    var literal: String {
      switch self {
      case .number(let x): return "\(x)"
      case .list(let items): return "[" + items.map(\.literal).joined(separator: ", ") + "]"
      }
    }
  }

  private func statement(_ item: Case) -> String? {
    let logits = item.logits?.literal ?? ""
    let p = item.probabilities.map { "[" + $0.map { "\($0)" }.joined(separator: ", ") + "]" } ?? ""
    let t = item.target.map { "[" + $0.map { "\($0)" }.joined(separator: ", ") + "]" } ?? ""
    let labels = item.labels.map { "[" + $0.map(String.init).joined(separator: ", ") + "]" } ?? ""
    switch item.function {
    case "softmax": return "softmax(\(logits))"
    case "logSumExp": return "logSumExp(\(logits))"
    case "logSoftmax": return "logSoftmax(\(logits))"
    case "crossEntropyLogits": return "crossEntropy(logits: \(logits), label: \(item.label ?? 0))"
    case "softmaxCrossEntropyGradient":
      return "softmaxCrossEntropyGradient(logits: \(logits), label: \(item.label ?? 0))"
    case "softmaxJacobian": return "softmaxJacobian(\(p))"
    case "crossEntropyBatch": return "crossEntropy(logits: \(logits), labels: \(labels))"
    case "softmaxCrossEntropyGradientBatch":
      return "softmaxCrossEntropyGradient(logits: \(logits), labels: \(labels))"
    case "crossEntropyTarget": return "crossEntropy(\(p), \(t))"
    case "crossEntropyGradient": return "crossEntropyGradient(\(p), \(t))"
    default: return nil
    }
  }

  @Test func jsonLinesAgreeWithNumpy() throws {
    let url = LitmusBinary.packageRoot.appendingPathComponent(
      "Tests/LitmusEvalTests/Fixtures/eval_reference.json")
    struct File: Decodable { let cases: [Case] }
    let cases = try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
    let statements = cases.compactMap(statement)
    #expect(statements.count == cases.count && cases.count >= 480)
    let run = try LitmusBinary.run(
      ["eval", "--json", "-"], input: statements.joined(separator: "\n") + "\n")
    #expect(run.status == 0, "\(run.error.prefix(2_000))")
    let lines = run.output.split(separator: "\n")
    #expect(lines.count == cases.count)
    for (index, (item, line)) in zip(cases, lines).enumerated() {
      let computed = try JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)).flat
      let expected = item.expected.flat
      let floor =
        [
          "logSumExp", "logSoftmax", "crossEntropyLogits", "crossEntropyBatch",
          "crossEntropyTarget",
        ]
        .contains(item.function) ? 1e-12 : 1e-290
      let agrees =
        computed.count == expected.count
        && zip(computed, expected).allSatisfy { a, b in
          a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b)) + floor
        }
      #expect(agrees, "case \(index) (\(item.function)): \(line.prefix(200))")
    }
  }
}

import Foundation
import LitmusEval
import LitmusMath
import Testing

/// Differential tests: statements built from random logits (up to magnitude
/// 700) evaluated by the interpreter and compared with numpy's values from
/// `scripts/reference/eval_reference.py`.
///
/// Tolerance: relative error ≤ 1e-9, with an absolute floor for values so
/// small that relative error means nothing: 1e-290 for probabilities
/// (subnormals), and 1e-12 for log-domain values, whose cancellation error at
/// magnitude 700 is about 700 × 2⁻⁵² ≈ 1.6e-13.
@Suite struct LibraryReferenceTests {
  /// Numbers in a case: a scalar, a list or a list of rows.
  enum Numbers: Decodable {
    case scalar(Double)
    case vector([Double])
    case matrix([[Double]])

    init(from decoder: any Decoder) throws {
      let container = try decoder.singleValueContainer()
      if let x = try? container.decode(Double.self) {
        self = .scalar(x)
      } else if let v = try? container.decode([Double].self) {
        self = .vector(v)
      } else {
        self = .matrix(try container.decode([[Double]].self))
      }
    }

    var flattened: [Double] {
      switch self {
      case .scalar(let x): [x]
      case .vector(let v): v
      case .matrix(let m): m.flatMap { $0 }
      }
    }

    /// The numbers as Swift source, every double written to round-trip.
    var source: String {
      switch self {
      case .scalar(let x): x.description
      case .vector(let v): "[" + v.map(\.description).joined(separator: ", ") + "]"
      case .matrix(let m):
        "["
          + m.map { "[" + $0.map(\.description).joined(separator: ", ") + "]" }
          .joined(separator: ", ") + "]"
      }
    }
  }

  struct Case: Decodable {
    var function: String
    var logits: Numbers?
    var probabilities: Numbers?
    var target: Numbers?
    var label: Int?
    var labels: [Int]?
    var expected: Numbers
  }

  struct Reference: Decodable {
    var cases: [Case]
  }

  static let reference: Reference? = {
    guard
      let url = Bundle.module.url(
        forResource: "eval_reference", withExtension: "json", subdirectory: "Fixtures"),
      let data = try? Data(contentsOf: url)
    else { return nil }
    return try? JSONDecoder().decode(Reference.self, from: data)
  }()

  /// The example statement for a case, exactly as a note would write it.
  static func statement(_ c: Case) -> String? {
    let z = c.logits?.source ?? ""
    let p = c.probabilities?.source ?? ""
    let y = c.target?.source ?? ""
    let label = c.label.map(String.init) ?? ""
    let labels = "[" + (c.labels ?? []).map(String.init).joined(separator: ", ") + "]"
    switch c.function {
    case "softmax": return "softmax(\(z))"
    case "logSumExp": return "logSumExp(\(z))"
    case "logSoftmax": return "logSoftmax(\(z))"
    case "crossEntropyLogits": return "crossEntropy(logits: \(z), label: \(label))"
    case "softmaxCrossEntropyGradient":
      return "softmaxCrossEntropyGradient(logits: \(z), label: \(label))"
    case "softmaxJacobian": return "softmaxJacobian(\(p))"
    case "crossEntropyBatch": return "crossEntropy(logits: \(z), labels: \(labels))"
    case "softmaxCrossEntropyGradientBatch":
      return "softmaxCrossEntropyGradient(logits: \(z), labels: \(labels))"
    case "crossEntropyTarget": return "crossEntropy(\(p), \(y))"
    case "crossEntropyGradient": return "crossEntropyGradient(\(p), \(y))"
    default: return nil
    }
  }

  static let logDomain: Set<String> = [
    "logSumExp", "logSoftmax", "crossEntropyLogits", "crossEntropyBatch", "crossEntropyTarget",
  ]

  @Test func referenceFileIsPresent() throws {
    let reference = try #require(Self.reference)
    #expect(reference.cases.count >= 400)
  }

  @Test(arguments: [
    "softmax", "logSumExp", "logSoftmax", "crossEntropyLogits", "softmaxCrossEntropyGradient",
    "softmaxJacobian", "crossEntropyBatch", "softmaxCrossEntropyGradientBatch",
    "crossEntropyTarget", "crossEntropyGradient",
  ])
  func matchesNumpy(function: String) throws {
    let reference = try #require(Self.reference)
    let cases = reference.cases.filter { $0.function == function }
    #expect(!cases.isEmpty)
    let floor = Self.logDomain.contains(function) ? 1e-12 : 1e-290
    let evaluator = Evaluator()
    for c in cases {
      let source = try #require(Self.statement(c))
      let result = evaluator.evaluateExpression(source)
      #expect(result.error == nil, "\(source): \(result.error?.message ?? "")")
      let computed: [Double]
      switch result.value {
      case .double(let x): computed = [x]
      case .vector(let v): computed = v.elements
      case .matrix(let m): computed = m.elements
      default:
        Issue.record("\(source) gave \(result.value?.kindDescription ?? "nothing")")
        continue
      }
      let expected = c.expected.flattened
      #expect(computed.count == expected.count, "\(source)")
      for (a, b) in zip(computed, expected) {
        let tolerance = 1e-9 * Swift.max(abs(a), abs(b)) + floor
        #expect(abs(a - b) <= tolerance, "\(source): \(a) vs numpy \(b)")
      }
    }
  }
}

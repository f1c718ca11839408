// libFuzzer harness: the statement parser and interpreter (LitmusEval over LitmusMath).
// Built with both targets' sources, linked with swift-syntax from .build, by Fuzz/fuzz.sh.

/// The libFuzzer entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEval(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let evaluator = Evaluator(limits: EvaluationLimits(timeBudget: .seconds(2)))
  for result in evaluator.evaluateBlock(source) {
    if let value = result.value { _ = value.formatted(precision: 4) }
  }
  _ = evaluator.evaluateExpression(source)
  return 0
}

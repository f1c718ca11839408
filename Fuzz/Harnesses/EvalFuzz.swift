// libFuzzer harness: the statement parser and interpreter (LitmusEval over LitmusMath).
// Built with both targets' sources, linked with swift-syntax from .build, by Fuzz/fuzz.sh.

/// The libFuzzer entry point.
///
/// Besides traps, it reports a short input (up to 1 KiB) on which SwiftParser ran out of
/// the time budget: no input that short should take seconds to parse once
/// `NestingScan` has passed it, so such an input is a new exponential pattern. (It would
/// otherwise go unnoticed: the helper thread that parses it is given up, and the call
/// returns within the budget.)
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEval(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let evaluator = Evaluator(limits: EvaluationLimits(timeBudget: .seconds(2)))
  var results = evaluator.evaluateBlock(source)
  for result in results {
    if let value = result.value { _ = value.formatted(precision: 4) }
  }
  results.append(Evaluator(limits: evaluator.limits).evaluateExpression(source))
  if source.utf8.count <= BoundedSwiftParse.inPlaceLimit,
    results.contains(where: { $0.error?.message.contains("ran out while parsing") == true })
  {
    fatalError("SwiftParser ran out of time on a \(source.utf8.count)-byte input")
  }
  return 0
}

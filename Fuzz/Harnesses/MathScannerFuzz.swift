// libFuzzer harness: the math scanner alone (MathScanner, FoundMath, HTMLTagScanner).
// Every span must lie inside the input, in order, without overlapping.

/// The libFuzzer entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMathScanner(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  var scanner = MathScanner(bytes: bytes)
  scanner.scan(regions: [0..<bytes.count])
  var end = 0
  for span in scanner.spans {
    let range = span.range
    if range.lowerBound < end || range.upperBound > bytes.count {
      fatalError("span \(range) out of order or outside 0..<\(bytes.count)")
    }
    end = range.upperBound
  }
  for problem in scanner.problems where problem.offset < 0 || problem.offset > bytes.count {
    fatalError("problem offset \(problem.offset) outside the input")
  }
  return 0
}

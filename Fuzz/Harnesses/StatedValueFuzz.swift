// libFuzzer harness: the stated-value parser (`// => …`). Built with the Litmus judging
// sources it needs by Fuzz/fuzz.sh. Any input parses or throws a positioned error.

/// The libFuzzer entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStatedValue(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  do {
    _ = try StatedValueParser.parse(text)
  } catch {
    _ = error.description
  }
  return 0
}

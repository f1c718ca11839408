// libFuzzer harness: LaTeX → MathML. Built with the LitmusTeX sources by Fuzz/fuzz.sh.
// Any input must give a result (MathML or the error fallback) without trapping.

/// The libFuzzer entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTeX(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let tex = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let result = MathMLConverter().convert(tex, display: size % 2 == 0)
  if result.html.isEmpty { fatalError("empty html for a formula") }
  return 0
}

// libFuzzer harness: the Markdown layer (NoteParser: front matter, math, cmark, examples)
// and the HTML renderer. Built with the LitmusMarkdown sources by Fuzz/fuzz.sh.

/// The libFuzzer entry point.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdown(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  do {
    let note = try NoteParser.parse(bytes: bytes, path: "fuzz.md")
    _ = HTMLRenderer().render(note)
    for item in note.items {
      if case .example(let block) = item {
        for outcome in block.outcomes where outcome.fileRange.upperBound > bytes.count {
          fatalError("outcome range \(outcome.fileRange) outside the input")
        }
      }
    }
  } catch {
    if error.position.offset < 0 || error.position.offset > bytes.count {
      fatalError("error offset \(error.position.offset) outside the input")
    }
  }
  return 0
}

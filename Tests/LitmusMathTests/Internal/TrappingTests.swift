import LitmusMath
import Testing

/// The plain API traps with the `Checked` error's message, like the standard library's
/// subscripts. Each case runs in a child process (an exit test).
@Test func outOfRangeSubscriptTrapsWithTheMessage() async throws {
  let result = try await #require(
    processExitsWith: .failure, observing: [\.standardErrorContent]
  ) {
    let v: Vector = [1, 2, 3]
    _ = v[5]
  }
  let standardError = String(decoding: result.standardErrorContent, as: UTF8.self)
  #expect(standardError.contains("index 5 is out of range for 3 elements"))
}

@Test func mismatchedAdditionTrapsWithTheMessage() async throws {
  let result = try await #require(
    processExitsWith: .failure, observing: [\.standardErrorContent]
  ) {
    let a: Vector = [1, 2, 3]
    let b: Vector = [1, 2, 3, 4]
    _ = a + b
  }
  let standardError = String(decoding: result.standardErrorContent, as: UTF8.self)
  #expect(standardError.contains("shape mismatch: 3 vs 4"))
}

@Test func raggedLiteralTraps() async {
  await #expect(processExitsWith: .failure) {
    let m: Matrix = [[1, 2], [3]]
    _ = m.rows
  }
}

@Test func maxOfEmptyVectorTraps() async {
  await #expect(processExitsWith: .failure) {
    _ = Vector([]).max()
  }
}

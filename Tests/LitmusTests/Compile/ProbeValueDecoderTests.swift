import Testing

@testable import Litmus

@Suite struct ProbeValueDecoderTests {
  // Bit patterns by hand: 1.0 = 0x3ff0000000000000, 0.5 = 0x3fe0000000000000,
  // 0.3 = 0x3fd3333333333333, -0.0 = 0x8000000000000000.
  @Test func decodesScalars() {
    #expect(ProbeValueDecoder.decode("int -3") == .int(-3))
    #expect(ProbeValueDecoder.decode("double 3fd3333333333333") == .double(0x3fd3_3333_3333_3333))
    #expect(ProbeValueDecoder.decode("bool true") == .bool(true))
    #expect(ProbeValueDecoder.decode("string 68c3a9") == .string("hé"))
    #expect(ProbeValueDecoder.decode("string -") == .string(""))
  }

  @Test func decodesVectorsAndMatricesElementWise() {
    #expect(
      ProbeValueDecoder.decode("vector 2 3ff0000000000000 8000000000000000")
        == .vector([0x3ff0_0000_0000_0000, 0x8000_0000_0000_0000]))
    #expect(
      ProbeValueDecoder.decode("matrix 1 2 3ff0000000000000 3fe0000000000000")
        == .matrix(rows: 1, columns: 2, elements: [0x3ff0_0000_0000_0000, 0x3fe0_0000_0000_0000]))
    #expect(ProbeValueDecoder.decode("ints 3 0 2 -1") == .intArray([0, 2, -1]))
    #expect(ProbeValueDecoder.decode("irange 0 3") == .intRange(lower: 0, upper: 3))
    #expect(ProbeValueDecoder.decode("strings 2 61 -") == .stringArray(["a", ""]))
  }

  @Test func decodesNetworksAsTheirFourParameters() {
    let text = "network matrix 1 1 3ff0000000000000 vector 1 0 matrix 1 1 0 vector 0"
    #expect(
      ProbeValueDecoder.decode(text[...])
        == .parameters(
          type: "TwoLayerNetwork",
          [
            .matrix(rows: 1, columns: 1, elements: [0x3ff0_0000_0000_0000]), .vector([0]),
            .matrix(rows: 1, columns: 1, elements: [0]), .vector([]),
          ]))
  }

  @Test func rejectsMalformedText() {
    #expect(ProbeValueDecoder.decode("vector 3 0 0") == nil)
    #expect(ProbeValueDecoder.decode("matrix 9999999999 9999999999") == nil)
    #expect(ProbeValueDecoder.decode("double xyz") == nil)
    #expect(ProbeValueDecoder.decode("int 1 2") == nil)
    #expect(ProbeValueDecoder.decode("string abc") == nil)
    #expect(ProbeValueDecoder.decode("") == nil)
  }
}

import Foundation
import Testing

@testable import LitmusEval

@Suite struct CNumberFormatTests {
  /// The C library through `String(format:)`, the reference the fast path must equal.
  private func reference(_ value: Double, _ conversion: String, _ precision: Int) -> String {
    String(format: "%.\(precision)\(conversion)", value)
  }

  static let values: [Double] = [
    0, -0.0, 1, -1, 0.1, 0.125, 0.375, 2.5, 1e-7, 1.5e-7, 123_456_789, 1e22, 1e300,
    -2.0 / 3, .pi, .greatestFiniteMagnitude, .leastNormalMagnitude,
    .leastNonzeroMagnitude, 0.244_728_471_054_797_6, 9.999_999_999_999_999e-5,
  ]

  @Test(arguments: values)
  func matchesTheCLibrary(_ value: Double) {
    for precision in [0, 1, 2, 4, 6, 9, 17, 30] {
      #expect(
        CNumberFormat.format(value, .general, precision: precision)
          == reference(value, "g", precision))
      #expect(
        CNumberFormat.format(value, .fixed, precision: precision)
          == reference(value, "f", precision))
      #expect(
        CNumberFormat.format(value, .exponent, precision: precision)
          == reference(value, "e", precision))
    }
  }

  @Test func expandsExactlyAtTheLargestPrecisions() {
    // The smallest subnormal has 1,074 decimals; all of them are printed.
    let text = CNumberFormat.format(.leastNonzeroMagnitude, .fixed, precision: 1_100)
    #expect(text == reference(.leastNonzeroMagnitude, "f", 1_100))
    #expect(text.count == 1_102)
    #expect(text.hasSuffix("5" + String(repeating: "0", count: 26)))
    let largest = CNumberFormat.format(.greatestFiniteMagnitude, .fixed, precision: 1_200)
    #expect(largest == reference(.greatestFiniteMagnitude, "f", 1_200))
  }

  @Test func clampsPrecisionAndNamesNonFiniteValues() {
    #expect(CNumberFormat.format(1.5, .fixed, precision: -3) == "2")
    #expect(CNumberFormat.format(0.1, .fixed, precision: 5_000).count == 1_202)
    #expect(CNumberFormat.format(.nan, .general, precision: 6) == "nan")
    #expect(CNumberFormat.format(-.nan, .fixed, precision: 6) == "nan")
    #expect(CNumberFormat.format(.infinity, .exponent, precision: 6) == "inf")
    #expect(CNumberFormat.format(-.infinity, .general, precision: 6) == "-inf")
  }

  @Test func exactTiesRoundToEven() {
    #expect(CNumberFormat.format(0.125, .fixed, precision: 2) == "0.12")
    #expect(CNumberFormat.format(0.375, .fixed, precision: 2) == "0.38")
    #expect(CNumberFormat.format(2.5, .fixed, precision: 0) == "2")
  }
}

/// A number as an author wrote it in a stated value, with the digits that
/// decide how precisely it is checked.
///
/// `0.2119` has four decimals, so a computed value matches it when it rounds
/// to `0.2119` at four decimals. `4.5e-05` counts its mantissa digits: it
/// stands for 45 units of 10⁻⁶.
public struct StatedNumber: Hashable, Sendable {
  /// The text exactly as written, e.g. `-4.60864` or `4.5e-05`.
  public let text: String
  /// The value of the text as a Double (`nan` and `±inf` included).
  public let value: Double
  /// The written digits as an integer count of quanta, sign included
  /// (`-4.60864` is `-460864`); `nil` for `nan` and `±inf`.
  public let units: String?
  /// The decimal exponent of one quantum: `-5` for `-4.60864`, `-6` for
  /// `4.5e-05`, `0` for `3`; `nil` for `nan` and `±inf`.
  public let quantumExponent: Int?
  /// Whether the author used scientific notation.
  public let isScientific: Bool
  /// The UTF-8 byte range of `text` within the stated text it came from.
  public let range: Range<Int>

  /// Whether the number was written without a fraction or exponent (`3`, `-2`).
  public var isInteger: Bool { !isScientific && quantumExponent == 0 }
}

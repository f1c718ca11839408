/// A decimal number held exactly, as a sign, digits and a power of ten: what a
/// tolerance is compared in, so that `1.1 − 1.0` is exactly `0.1`.
///
/// Every finite double is such a number (its exact expansion has at most 767
/// significant digits), and so is every number an author writes. The value is
/// `digits × 10^exponent`, negated when `isNegative`; the digits have no leading
/// or trailing zeros, and zero has none at all.
struct ExactDecimal: Hashable, Sendable {
  /// Whether the number is below zero (never for zero).
  private(set) var isNegative: Bool
  /// The significant digits, most significant first, as values 0…9.
  private(set) var digits: [UInt8]
  /// The power of ten of the last digit.
  private(set) var exponent: Int

  /// Zero.
  static let zero = ExactDecimal(isNegative: false, digits: [], exponent: 0)

  private init(isNegative: Bool, digits: [UInt8], exponent: Int) {
    var first = 0
    while first < digits.count, digits[first] == 0 { first += 1 }
    var last = digits.count
    while last > first, digits[last - 1] == 0 { last -= 1 }
    self.digits = Array(digits[first..<last])
    self.exponent = self.digits.isEmpty ? 0 : exponent + (digits.count - last)
    self.isNegative = isNegative && !self.digits.isEmpty
  }

  /// Reads decimal text: an optional sign, digits with an optional point, and an
  /// optional exponent (`-4.60864`, `4.5e-05`, `1.7976931348623157e+308`).
  /// - Parameter text: The text.
  /// - Returns: The number, or `nil` for other text (`nan`, `inf`, `1_000`).
  init?(_ text: String) {
    var bytes = Substring(text).utf8[...]
    var negative = false
    if let sign = bytes.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
      negative = sign == UInt8(ascii: "-")
      bytes = bytes.dropFirst()
    }
    var digits: [UInt8] = []
    var fractionCount = 0
    var seenPoint = false
    while let byte = bytes.first, byte != UInt8(ascii: "e"), byte != UInt8(ascii: "E") {
      bytes = bytes.dropFirst()
      if byte == UInt8(ascii: "."), !seenPoint {
        seenPoint = true
      } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
        digits.append(byte - UInt8(ascii: "0"))
        if seenPoint { fractionCount += 1 }
      } else {
        return nil
      }
    }
    guard !digits.isEmpty else { return nil }
    var exponent = 0
    if !bytes.isEmpty {
      guard let written = Int(String(decoding: bytes.dropFirst(), as: UTF8.self)),
        abs(written) < 1_000_000
      else { return nil }
      exponent = written
    }
    self.init(isNegative: negative, digits: digits, exponent: exponent - fractionCount)
  }

  /// The exact value of a finite double (`0.1` is
  /// `0.1000000000000000055511151231257827…`).
  /// - Parameter value: A finite double.
  init(exactly value: Double) {
    guard value.isFinite, value != 0 else {
      self = .zero
      return
    }
    // The lowest set bit is worth 2^lowest, and 2^-n has exactly n decimals: `%f`
    // with that many is the whole expansion, and no longer (`%f` is exact).
    let lowest = Int(value.exponent) - value.significandWidth
    self =
      ExactDecimal(DecimalRounding.printf(.fixed, max(0, -lowest), value)) ?? .zero
  }

  /// The shortest decimal that reads back as the double (`0.1` for 0.1,
  /// `0.30000000000000004` for 0.1 + 0.2).
  /// - Parameter value: A finite double.
  init(shortest value: Double) {
    self = ExactDecimal(value.description) ?? .zero
  }

  /// An integer.
  /// - Parameter value: The integer.
  init(_ value: Int) {
    self = ExactDecimal(String(value)) ?? .zero
  }

  /// Whether the number is zero.
  var isZero: Bool { digits.isEmpty }

  /// The power of ten of the first digit (`2` for 123, `-3` for 0.001); for
  /// zero, `Int.min`.
  var leadingExponent: Int { digits.isEmpty ? Int.min : exponent + digits.count - 1 }

  /// The number without its sign.
  var magnitude: ExactDecimal {
    ExactDecimal(isNegative: false, digits: digits, exponent: exponent)
  }

  /// The number with `digit` (1…9) as its only digit, at power of ten `exponent`, with a sign.
  /// - Parameters:
  ///   - negative: Whether it is negative.
  ///   - digit: The digit.
  ///   - exponent: Its power of ten.
  /// - Returns: `±digit × 10^exponent`.
  static func single(negative: Bool, digit: UInt8, exponent: Int) -> ExactDecimal {
    ExactDecimal(isNegative: negative, digits: [digit], exponent: exponent)
  }

  /// Compares the absolute values: −1, 0 or 1.
  /// - Parameters:
  ///   - lhs: A number.
  ///   - rhs: Another.
  /// - Returns: The sign of `|lhs| − |rhs|`.
  static func compareMagnitudes(_ lhs: ExactDecimal, _ rhs: ExactDecimal) -> Int {
    if lhs.isZero || rhs.isZero { return (lhs.isZero ? 0 : 1) - (rhs.isZero ? 0 : 1) }
    if lhs.leadingExponent != rhs.leadingExponent {
      return lhs.leadingExponent < rhs.leadingExponent ? -1 : 1
    }
    // Same leading power: compare digit by digit (missing digits are zeros).
    for index in 0..<max(lhs.digits.count, rhs.digits.count) {
      let left = index < lhs.digits.count ? lhs.digits[index] : 0
      let right = index < rhs.digits.count ? rhs.digits[index] : 0
      if left != right { return left < right ? -1 : 1 }
    }
    return 0
  }

  /// The exact difference.
  /// - Parameters:
  ///   - lhs: The minuend.
  ///   - rhs: The subtrahend.
  /// - Returns: `lhs − rhs`, exactly (as many digits as the operands' span of powers).
  static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
    if rhs.isZero { return lhs }
    if lhs.isZero {
      return ExactDecimal(isNegative: !rhs.isNegative, digits: rhs.digits, exponent: rhs.exponent)
    }
    let low = min(lhs.exponent, rhs.exponent)
    let left = lhs.aligned(to: low)
    let right = rhs.aligned(to: low)
    if lhs.isNegative != rhs.isNegative {
      // a − (−b) = a + b; −a − b = −(a + b).
      return ExactDecimal(isNegative: lhs.isNegative, digits: add(left, right), exponent: low)
    }
    // Same sign: the larger magnitude minus the smaller, signed.
    if compareMagnitudes(lhs, rhs) >= 0 {
      return ExactDecimal(isNegative: lhs.isNegative, digits: subtract(left, right), exponent: low)
    }
    return ExactDecimal(isNegative: !lhs.isNegative, digits: subtract(right, left), exponent: low)
  }

  /// The digits, least significant first, with zeros appended down to power `low`.
  private func aligned(to low: Int) -> [UInt8] {
    Array(repeating: 0, count: exponent - low) + digits.reversed()
  }

  /// The sum of two digit strings, least significant first; returns most significant first.
  private static func add(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(max(left.count, right.count) + 1)
    var carry: UInt8 = 0
    for index in 0..<max(left.count, right.count) {
      let sum =
        (index < left.count ? left[index] : 0) + (index < right.count ? right[index] : 0) + carry
      result.append(sum % 10)
      carry = sum / 10
    }
    if carry > 0 { result.append(carry) }
    return result.reversed()
  }

  /// `left − right` for `left ≥ right`, least significant first; returns most
  /// significant first.
  private static func subtract(_ left: [UInt8], _ right: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(left.count)
    var borrow: Int = 0
    for index in 0..<left.count {
      var difference = Int(left[index]) - Int(index < right.count ? right[index] : 0) - borrow
      borrow = difference < 0 ? 1 : 0
      if difference < 0 { difference += 10 }
      result.append(UInt8(difference))
    }
    return result.reversed()
  }
}

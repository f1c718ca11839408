/// Decides whether a computed value matches a stated one, by the rule in
/// NOTE-FORMAT ("Numbers match as written").
///
/// - A stated number matches when the computed value, correctly rounded at
///   the author's last written digit, equals it; scientific notation counts
///   its mantissa digits. A value exactly halfway between two written
///   values matches both.
/// - With a tolerance, a number matches when it is within that absolute
///   distance instead, measured exactly between the written decimal and the
///   computed double (and compared with the tolerance as written), or when it
///   reads as exactly the computed double.
/// - `nan` matches only NaN, `inf` only +∞, `-inf` only −∞, whatever the
///   tolerance; a finite written number (`2e308` included) never matches NaN
///   or ±∞.
/// - Integers (counts, indices), Bools and strings compare exactly.
/// - Shapes must agree exactly.
public struct Judge: Sendable {
  /// The absolute tolerance that replaces the as-written rule, if any.
  public var tolerance: Double?

  /// Creates a judge.
  /// - Parameter tolerance: An absolute tolerance, or `nil` for the
  ///   as-written rule.
  public init(tolerance: Double? = nil) {
    self.tolerance = tolerance
  }

  /// Judges one stated value against the computed one.
  /// - Parameters:
  ///   - stated: What the author wrote.
  ///   - computed: What the example computed.
  /// - Returns: The verdict; on failure, a message and the differing elements.
  public func judge(_ stated: StatedValue, against computed: ComputedValue) -> Judgement {
    var differences: [Judgement.Difference] = []
    var elementCount = 0
    switch compare(
      stated, computed, indices: [], differences: &differences, elementCount: &elementCount)
    {
    case .shape?: return .fail(Self.shapeMismatch(stated, computed))
    case .other(let message)?: return .fail(message)
    case nil: break
    }
    guard !differences.isEmpty else { return .pass }
    if case .list = stated {
      let noun = elementCount == 1 ? "element" : "elements"
      return .fail(
        "stated value differs at \(differences.count) of \(elementCount) \(noun)",
        differences: differences)
    }
    let difference = differences[0]
    var message = "stated \(difference.stated), computed \(difference.computed)"
    if difference.computedInFull != difference.computed {
      message += " (\(difference.computedInFull))"
    }
    return .fail(message, differences: differences)
  }

  /// Whether a computed Double matches a stated number.
  /// - Parameters:
  ///   - stated: The number as written.
  ///   - computed: The computed value.
  /// - Returns: `true` when it matches by the as-written rule or the tolerance.
  public func matches(_ stated: StatedNumber, _ computed: Double) -> Bool {
    guard let quantum = stated.quantumExponent, let units = stated.units else {
      // `nan`, `inf` or `-inf` as written.
      return stated.value.isNaN ? computed.isNaN : stated.value == computed
    }
    // A finite written number, however large, is never NaN or ±∞.
    guard computed.isFinite else { return false }
    if let tolerance {
      return Self.isWithin(tolerance, stated, units: units, quantum: quantum, computed)
    }
    if DecimalRounding.units(of: computed, quantumExponent: quantum) == units { return true }
    if let (low, high) = DecimalRounding.tie(of: computed, quantumExponent: quantum) {
      return units == low || units == high
    }
    return false
  }

  /// Whether |computed − stated| ≤ tolerance, exactly: the stated number is the
  /// decimal written, the computed one the double's exact value, the tolerance the
  /// shortest decimal that reads as it (as written, for up to 15 digits). A stated
  /// number that reads as exactly the computed double matches too, so `tolerance=0`
  /// asks for the double's shortest digits (`0.30000000000000004`).
  private static func isWithin(
    _ tolerance: Double, _ stated: StatedNumber, units: String, quantum: Int, _ computed: Double
  ) -> Bool {
    let approximate = stated.value
    if approximate == computed { return true }
    // Far from the boundary, doubles decide: the stated number's rounding, the
    // subtraction's and the tolerance's are each at most half an ulp.
    if approximate.isFinite {
      let distance = abs(computed - approximate)
      let slack = 4 * (approximate.ulp + distance.ulp + tolerance.ulp)
      if distance.isFinite, distance < tolerance - slack { return true }
      if distance.isFinite, distance > tolerance + slack { return false }
    }
    guard var written = ExactDecimal("\(units)e\(quantum)") else { return false }
    // Beyond 10⁴⁰⁰ a number is farther than any finite tolerance from any double.
    if written.leadingExponent > 400 { return false }
    // Below 10⁻¹¹⁰⁰ only its sign can matter (doubles and the tolerance are
    // multiples of 10⁻¹⁰⁷⁴), so it is replaced by a number of that sign, to bound
    // the digits.
    if !written.isZero, written.leadingExponent < -1_100 {
      written = .single(negative: written.isNegative, digit: 1, exponent: -1_101)
    }
    let distance = ExactDecimal(exactly: computed) - written
    return ExactDecimal.compareMagnitudes(distance, ExactDecimal(shortest: tolerance)) <= 0
  }

  /// Whether a number written as `text` would match the computed value.
  private func wouldMatch(_ text: String, _ computed: Double) -> Bool {
    guard case .number(let number)? = try? StatedValueParser.parse(text) else { return false }
    return matches(number, computed)
  }

  /// What keeps two values from being compared element by element.
  private enum Problem {
    /// Their shapes differ (described as wholes by ``Judge/shapeMismatch(_:_:)``).
    case shape
    /// Anything else, with its message.
    case other(String)
  }

  /// The message for values of different shapes, each described as a whole.
  private static func shapeMismatch(_ stated: StatedValue, _ computed: ComputedValue) -> String {
    let statedShape = stated.shape
    if case .ragged = statedShape {
      return
        "shape mismatch: the stated value has \(statedShape.description); computed "
        + computed.shapeDescription
    }
    return
      "shape mismatch: stated \(statedShape.description), computed \(computed.shapeDescription)"
  }

  /// Walks both values together; returns what keeps them from matching element by
  /// element, or collects the differing elements.
  private func compare(
    _ stated: StatedValue, _ computed: ComputedValue, indices: [Int],
    differences: inout [Judgement.Difference], elementCount: inout Int
  ) -> Problem? {
    switch (stated, computed) {
    case (.list(let statedItems), .list(let computedItems)):
      guard statedItems.count == computedItems.count else { return .shape }
      for (offset, pair) in zip(statedItems, computedItems).enumerated() {
        if let problem = compare(
          pair.0, pair.1, indices: indices + [offset], differences: &differences,
          elementCount: &elementCount)
        {
          return problem
        }
      }
      return nil
    case (.number(let number), .double(let value)):
      elementCount += 1
      if !matches(number, value) {
        var shown = DecimalRounding.format(value, like: number)
        var inFull = DecimalRounding.format(value, significantDigits: 8)
        if !wouldMatch(shown, value) {
          // Under a tolerance finer than the written digits, the value at those
          // digits may fail (and read like the stated one): show, and fix to,
          // the digits that read as the double itself.
          shown = DecimalRounding.shortest(value, like: number)
          inFull = shown
        }
        differences.append(
          .init(
            indices: indices, stated: number.text, computed: shown, computedInFull: inFull,
            replacement: .init(range: number.range, text: shown)))
      }
      return nil
    case (.number(let number), .int(let value)):
      elementCount += 1
      let written = number.units.flatMap { ExactDecimal("\($0)e\(number.quantumExponent ?? 0)") }
      if written != ExactDecimal(value) {
        differences.append(
          .init(
            indices: indices, stated: number.text, computed: String(value),
            computedInFull: String(value),
            replacement: .init(range: number.range, text: String(value))))
      }
      return nil
    case (.bool(let statedBool), .bool(let value)):
      elementCount += 1
      if statedBool != value {
        differences.append(
          .init(
            indices: indices, stated: String(statedBool), computed: String(value),
            computedInFull: String(value), replacement: nil))
      }
      return nil
    case (.string(let statedString), .string(let value)):
      elementCount += 1
      if statedString != value {
        differences.append(
          .init(
            indices: indices, stated: quoted(statedString), computed: quoted(value),
            computedInFull: quoted(value), replacement: nil))
      }
      return nil
    case (_, .opaque(let kind)):
      return .other("computed \(kind), which has no stated form")
    case (.list, _), (_, .list):
      return .shape
    default:
      return .other(
        "kind mismatch: stated \(stated.shapeDescription), computed \(computed.shapeDescription)")
    }
  }

  private func quoted(_ text: String) -> String {
    var result = "\""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default: result.append(character)
      }
    }
    return result + "\""
  }
}

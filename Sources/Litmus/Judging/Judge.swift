/// Decides whether a computed value matches a stated one, by the rule in
/// NOTE-FORMAT ("Numbers match as written").
///
/// - A stated number matches when the computed value, correctly rounded at
///   the author's last written digit, equals it; scientific notation counts
///   its mantissa digits. A value exactly halfway between two written
///   values matches both.
/// - With a tolerance, a number matches when it is within that absolute
///   distance instead.
/// - `nan` matches only NaN, `inf` only +∞, `-inf` only −∞, whatever the
///   tolerance.
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
    if let shapeProblem = compare(
      stated, computed, indices: [], differences: &differences, elementCount: &elementCount)
    {
      return .fail(shapeProblem)
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
    if stated.value.isNaN { return computed.isNaN }
    if stated.value.isInfinite || computed.isNaN || computed.isInfinite {
      return stated.value == computed
    }
    if let tolerance {
      return abs(stated.value - computed) <= tolerance
    }
    guard let quantum = stated.quantumExponent, let units = stated.units else { return false }
    if DecimalRounding.units(of: computed, quantumExponent: quantum) == units { return true }
    if let (low, high) = DecimalRounding.tie(of: computed, quantumExponent: quantum) {
      return units == low || units == high
    }
    return false
  }

  /// Walks both values together; returns a shape problem, or collects the
  /// differing elements.
  private func compare(
    _ stated: StatedValue, _ computed: ComputedValue, indices: [Int],
    differences: inout [Judgement.Difference], elementCount: inout Int
  ) -> String? {
    switch (stated, computed) {
    case (.list(let statedItems), .list(let computedItems)):
      guard statedItems.count == computedItems.count else {
        return
          "shape mismatch: stated \(stated.shapeDescription), computed \(computed.shapeDescription)"
      }
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
        let rounded = DecimalRounding.format(value, like: number)
        differences.append(
          .init(
            indices: indices, stated: number.text, computed: rounded,
            computedInFull: DecimalRounding.format(value, significantDigits: 8),
            replacement: .init(range: number.range, text: rounded)))
      }
      return nil
    case (.number(let number), .int(let value)):
      elementCount += 1
      if number.value != Double(value) {
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
      return "computed \(kind), which has no stated form"
    default:
      if case .list = stated {
        return
          "shape mismatch: stated \(stated.shapeDescription), computed \(computed.shapeDescription)"
      }
      if case .list = computed {
        return
          "shape mismatch: stated \(stated.shapeDescription), computed \(computed.shapeDescription)"
      }
      return
        "kind mismatch: stated \(stated.shapeDescription), computed \(computed.shapeDescription)"
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

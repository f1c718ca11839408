import LitmusEval

/// How notes are checked.
public struct CheckOptions: Sendable {
  /// Whether an unknown TeX command fails the check (it is a warning otherwise).
  public var strict: Bool
  /// Whether `$…$` and friends are recognised as math.
  public var math: Bool
  /// The interpreter's limits per note.
  public var limits: EvaluationLimits

  /// Creates options; the defaults are what `litmus check` uses.
  /// - Parameters:
  ///   - strict: Unknown TeX commands fail.
  ///   - math: Recognise math.
  ///   - limits: Interpreter limits.
  public init(strict: Bool = false, math: Bool = true, limits: EvaluationLimits = .init()) {
    self.strict = strict
    self.math = math
    self.limits = limits
  }
}

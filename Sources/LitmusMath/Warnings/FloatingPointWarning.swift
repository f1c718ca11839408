/// A floating-point problem an operation ran into, like numpy's `RuntimeWarning`:
/// "overflow in exp", "invalid value in log", "division by zero in divide".
public struct FloatingPointWarning: Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A finite computation produced ±∞ (e.g. `exp(1000)`, `1e308 * 10`).
    case overflow
    /// A computation on finite operands produced NaN (e.g. `log(-1)`, `0 / 0`).
    case invalid
    /// An exact zero produced ±∞ (e.g. `1 / 0`, `log(0)`).
    case divisionByZero
  }

  /// What went wrong.
  public var kind: Kind
  /// The primitive operation that raised it, named like numpy's ufuncs: `exp`, `log`, `add`,
  /// `subtract`, `multiply`, `divide`, `sum`, `dot`, `matmul`; stable composite functions
  /// (`softmax`, `logSoftmax`, `logSumExp`, `crossEntropy`) report under their own name.
  public var operation: String

  /// Creates a warning.
  /// - Parameter kind: what went wrong.
  /// - Parameter operation: the operation that raised it.
  public init(kind: Kind, operation: String) {
    self.kind = kind
    self.operation = operation
  }

  /// The message, numpy's wording without "encountered": "overflow in exp".
  public var description: String {
    switch kind {
    case .overflow: return "overflow in \(operation)"
    case .invalid: return "invalid value in \(operation)"
    case .divisionByZero: return "division by zero in \(operation)"
    }
  }

  /// Every way a note may name this warning: ``description`` and numpy's own message
  /// ("divide by zero encountered in log"), so that a stated `// warning:` may quote
  /// either one, or any part of either.
  public var spellings: [String] {
    switch kind {
    case .overflow: return [description, "overflow encountered in \(operation)"]
    case .invalid: return [description, "invalid value encountered in \(operation)"]
    case .divisionByZero:
      return [
        description, "divide by zero encountered in \(operation)", "divide by zero in \(operation)",
      ]
    }
  }
}

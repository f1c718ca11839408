/// An operator symbol (`<mo>`) with the TeX class and delimiter role it was written with.
struct MathOperator: Sendable, Equatable {
  /// How an operator takes part in a delimiter pair.
  enum Role: Sendable, Equatable {
    /// An ordinary operator symbol.
    case symbol
    /// A `\left` delimiter: stretches, prefix form.
    case leftFence
    /// A `\right` delimiter: stretches, postfix form.
    case rightFence
    /// A `\middle` delimiter: stretches, relation-like spacing.
    case middleFence
    /// A `\big`-style delimiter of a fixed size (`minsize` = `maxsize`).
    case sized(String)
    /// An arrow stretched to the width of labels over and under it (`\xrightarrow`).
    case stretchy
  }

  /// The operator's text, for example `+`, `≤`, `(`.
  var text: String
  /// The TeX class it was written with, which decides its spacing.
  var atomClass: AtomClass
  /// Its delimiter role.
  var role: Role = .symbol

  /// Whether the operator is a delimiter that MathML would stretch inside a tall row
  /// unless told not to (TeX never stretches a delimiter not marked by `\left`).
  var isStretchableDelimiter: Bool {
    [
      "(", ")", "[", "]", "{", "}", "|", "‖", "⟨", "⟩", "⌊", "⌋", "⌈", "⌉", "/", "∣", "∥", "⟦", "⟧",
    ]
    .contains(text)
  }
}

/// TeX's classes of math atoms, which decide the spacing between neighbours.
enum AtomClass: Sendable, Equatable {
  /// An ordinary symbol: a letter, digit, group or fraction.
  case ord
  /// A large operator or a function name: `\sum`, `\log`.
  case op
  /// A binary operator: `+`, `\times`.
  case bin
  /// A relation: `=`, `\le`, `\in`.
  case rel
  /// An opening delimiter: `(`.
  case open
  /// A closing delimiter: `)`.
  case close
  /// Punctuation: `,`, `;`.
  case punct
  /// A `\left…\right` group or an ellipsis.
  case inner
}

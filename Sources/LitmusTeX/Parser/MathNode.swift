/// The parsed form of a formula: a tree that mirrors the MathML to be written.
indirect enum MathNode: Sendable, Equatable {
  /// An identifier (`<mi>`); `upright` asks for `mathvariant="normal"` on one character.
  case identifier(String, upright: Bool)
  /// A number (`<mn>`).
  case number(String)
  /// An operator (`<mo>`).
  case symbol(MathOperator)
  /// Text (`<mtext>`), with spaces already made non-breaking where needed.
  case text(String)
  /// A horizontal space (`<mspace>`) of a width in em, like `0.1667em`.
  case space(String)
  /// A braced group (`<mrow>`), an ordinary atom in TeX.
  case group([MathNode])
  /// A fraction; `thickness` is `0` for `\binom`; `display` forces display style
  /// (`\dfrac`, `true`) or text style (`\tfrac`, `false`) in its parts.
  case fraction(MathNode, MathNode, thickness: String?, display: Bool?)
  /// A square root or, with an index, an n-th root.
  case root(MathNode, index: MathNode?)
  /// Sub- and superscripts on a base.
  case scripts(base: MathNode, sub: MathNode?, sup: MathNode?)
  /// A large operator like `\sum` (`<mo>`), with where its scripts go.
  case largeOperator(String, limits: LimitsPlacement)
  /// A function name like `\log` or `\operatorname{softmax}` (`<mi>`), with where its
  /// scripts go.
  case function(String, limits: LimitsPlacement)
  /// An accent over or under a base; `stretchy` for wide accents and braces.
  case accent(MathNode, mark: String, stretchy: Bool, below: Bool)
  /// A rule over (`\overline`) or under (`\underline`) a base, drawn as a CSS border
  /// so it spans the base whatever math font the reader has.
  case ruled(MathNode, below: Bool)
  /// A base in a frame (`\boxed`), drawn as a CSS border.
  case boxed(MathNode)
  /// A base with material set over and/or under it (`\stackrel`, `\overset`, braces).
  case stack(MathNode, over: MathNode?, under: MathNode?)
  /// A `\left…\right` group: delimiters (nil for `.`) around a body.
  case fenced(open: String?, body: [MathNode], close: String?)
  /// An environment's table.
  case table(MathTable)
  /// A run set in display (`true`) or text (`false`) style.
  case styled(display: Bool, [MathNode])
  /// Invisible material that keeps its size (`\phantom`).
  case phantom(MathNode)
  /// An operator name whose argument is not plain text (`\operatorname{D_{KL}}`,
  /// `\mathop{…}`): the argument rendered as math, spaced like a function name.
  case operatorName(MathNode, limits: LimitsPlacement)
  /// Material given a TeX class by `\mathbin` or `\mathrel` that is not a single
  /// operator, so the class's spaces are written around it.
  case classed(AtomClass, MathNode)
  /// Material in a colour (`\color`, `\textcolor`), a validated name or `#hex`.
  case colored(String, [MathNode])
  /// Material whose width, height or depth counts as zero (`\rlap`, `\smash`): each
  /// non-nil value is an `<mpadded>` attribute.
  case padded(MathNode, width: String?, height: String?, depth: String?)
  /// Material struck through (`\cancel`: `up`, `\bcancel`: `down`, `\xcancel`: both).
  case struck(MathNode, up: Bool, down: Bool)
  /// A space whose width depends on the style (`\pmod`'s 18mu in display, 8mu in text).
  case styleSpace(display: String, text: String)
}

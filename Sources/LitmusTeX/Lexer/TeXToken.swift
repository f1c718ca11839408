/// One lexical unit of a TeX formula, with its byte range in the source.
struct TeXToken: Sendable, Equatable {
  /// What a token is.
  enum Kind: Sendable, Equatable {
    /// A control sequence, named without its backslash: `frac`, `,`, `\`; empty for a lone `\`.
    case command(String)
    /// Any other character: a letter, digit or symbol.
    case character(Unicode.Scalar)
    /// A run of whitespace (kept because text mode needs it).
    case space
    /// `{`
    case beginGroup
    /// `}`
    case endGroup
    /// `^`
    case superscript
    /// `_`
    case `subscript`
    /// `&`
    case alignment
  }

  /// What the token is.
  var kind: Kind
  /// The 0-based UTF-8 byte offset of the token's first byte.
  var offset: Int
  /// The token's length in UTF-8 bytes.
  var length: Int
}

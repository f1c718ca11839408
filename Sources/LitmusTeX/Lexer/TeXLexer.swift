/// Splits a TeX formula into tokens in one linear pass.
///
/// Follows TeX's reading rules where they matter for math: a control word is
/// a backslash and ASCII letters and swallows the spaces after it, a control
/// symbol is a backslash and one other character, `%` starts a comment that runs
/// to the end of the line, and a run of whitespace is one space token.
enum TeXLexer {
  /// Tokenizes a formula.
  /// - Parameter tex: The formula, without its `$` delimiters.
  /// - Returns: The tokens in source order, with UTF-8 byte offsets.
  static func tokenize(_ tex: String) -> [TeXToken] {
    let scalars = Array(tex.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = 0
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)

    var tokens: [TeXToken] = []
    tokens.reserveCapacity(scalars.count)
    var index = 0
    func emit(_ kind: TeXToken.Kind, from start: Int, to end: Int) {
      tokens.append(
        TeXToken(kind: kind, offset: offsets[start], length: offsets[end] - offsets[start]))
    }
    while index < scalars.count {
      let scalar = scalars[index]
      let start = index
      switch scalar {
      case "\\":
        index += 1
        if index == scalars.count {
          emit(.command(""), from: start, to: index)
        } else if isASCIILetter(scalars[index]) {
          var name = ""
          while index < scalars.count, isASCIILetter(scalars[index]) {
            name.unicodeScalars.append(scalars[index])
            index += 1
          }
          emit(.command(name), from: start, to: index)
          while index < scalars.count, isWhitespace(scalars[index]) { index += 1 }
        } else if isWhitespace(scalars[index]) {
          index += 1
          emit(.command(" "), from: start, to: index)
        } else {
          index += 1
          emit(.command(String(scalars[index - 1])), from: start, to: index)
        }
      case "%":
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
      case "{":
        index += 1
        emit(.beginGroup, from: start, to: index)
      case "}":
        index += 1
        emit(.endGroup, from: start, to: index)
      case "^":
        index += 1
        emit(.superscript, from: start, to: index)
      case "_":
        index += 1
        emit(.subscript, from: start, to: index)
      case "&":
        index += 1
        emit(.alignment, from: start, to: index)
      default:
        if isWhitespace(scalar) {
          while index < scalars.count, isWhitespace(scalars[index]) { index += 1 }
          emit(.space, from: start, to: index)
        } else {
          index += 1
          emit(.character(scalar), from: start, to: index)
        }
      }
    }
    return tokens
  }

  /// Whether a scalar is an ASCII letter, the only letters in a control word.
  static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
  }

  /// Whether a scalar is TeX whitespace: space, tab, newline or carriage return.
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
  }
}

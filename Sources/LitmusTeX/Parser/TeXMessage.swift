/// Every diagnostic message the converter emits, in one place.
///
/// Messages are short and lowercase and name the TeX they are about.
enum TeXMessage {
  static func unknownCommand(_ name: String) -> String { "unknown command \\\(name)" }
  static func unknownEnvironment(_ name: String) -> String { "unknown environment \(name)" }
  static let missingCloseBrace = "unbalanced braces: missing }"
  static let unexpectedCloseBrace = "unbalanced braces: unexpected }"
  static let rightWithoutLeft = "\\right without \\left"
  static let middleWithoutLeft = "\\middle without \\left"
  static let leftWithoutRight = "\\left without \\right"
  static func missingArgument(_ command: String) -> String { "missing argument for \(command)" }
  static func missingDelimiter(_ command: String) -> String {
    "missing delimiter after \\\(command)"
  }
  static func invalidDelimiter(_ command: String) -> String {
    "invalid delimiter after \\\(command)"
  }
  static let doubleSuperscript = "double superscript"
  static let doubleSubscript = "double subscript"
  static let misplacedAlignment = "misplaced & outside an environment"
  static let misplacedRowBreak = "misplaced \\\\ inside braces"
  static let nestingTooDeep = "nesting too deep"
  static func tooLong(_ length: Int, limit: Int) -> String {
    "formula is too long: \(length) bytes exceeds the limit of \(limit); split it"
  }
  static func missingEnd(_ name: String) -> String { "missing \\end{\(name)}" }
  static func mismatchedEnd(_ end: String, _ begin: String) -> String {
    "\\end{\(end)} does not match \\begin{\(begin)}"
  }
  static func endWithoutBegin(_ name: String) -> String { "\\end{\(name)} without \\begin" }
  static let missingEnvironmentName = "missing environment name after \\begin"
  static let incompleteCommand = "incomplete command \\ at end of formula"
  static func unexpectedCharacter(_ character: String) -> String {
    "unexpected \(character) in math"
  }
  static func misplacedRule(_ name: String) -> String {
    "\\\(name) must start a row of an environment"
  }
  static let misplacedLimits = "\\limits must follow an operator"
  static let missingBracket = "missing ] for \\sqrt"
  static func missingBracketFor(_ command: String) -> String { "missing ] for \(command)" }
  static func invalidArgument(_ command: String) -> String {
    "invalid argument for \(command): write plain characters in braces"
  }
  static func invalidColor(_ color: String) -> String {
    "invalid colour '\(color)': use a name like red or a hex colour like #d62728"
  }
  static func invalidColorModel(_ model: String) -> String {
    "unsupported colour model [\(model)]: use [HTML], a name like red or #d62728"
  }
  static func invalidLength(_ command: String) -> String {
    "invalid length for \(command): write a number and a unit, like 1em or 4pt, "
      + "at most \(Int(TeXLength.maximumDrawnEm))em either way"
  }
  static func ambiguousInfix(_ command: String) -> String {
    "ambiguous \\\(command): this group already has an infix fraction; add braces"
  }
  static func invalidMatrixAlignment(_ alignment: String, _ environment: String) -> String {
    "invalid column alignment [\(alignment)] for \\begin{\(environment)}: use [l], [c] or [r]"
  }
  static func unsupportedColumn(_ column: String) -> String {
    "unsupported column type \(column) in array specification: use l, c, r, p{…} or |"
  }
  static func missingColumnArgument(_ column: String) -> String {
    "missing {…} after \(column) in array specification"
  }
  static let invalidColumnRepeat =
    "invalid *{count}{columns} in array specification: the count must be 1 to 100"
  static let columnSpecificationTooLong = "array specification has too many columns"
  static let unclosedMathInText = "missing $ to close math in text"
  static func unexpectedInText(_ character: String) -> String { "unexpected \(character) in text" }
}

/// An environment's grid of cells and how to lay it out.
struct MathTable: Sendable, Equatable {
  /// How the columns of a table are aligned and spaced.
  enum Layout: Sendable, Equatable {
    /// Centered columns (`matrix` and its delimited variants).
    case matrix
    /// Left-aligned columns (`cases`).
    case cases
    /// Alternating right- and left-aligned columns glued at `&` (`align`, `aligned`, `split`).
    case aligned
    /// One centered column of display rows (`gather`, `gathered`, a bare `\\`).
    case gathered
    /// Column alignments from an `array` specification; `true` in `rules` draws a
    /// vertical line before that column, and an extra `true` at the end one after
    /// the last column.
    case array(alignments: [String], rules: [Bool])
  }

  /// The rows, each a list of cells, each cell a list of nodes.
  var rows: [[[MathNode]]]
  /// The column layout.
  var layout: Layout
  /// Whether cells are set in display style (`align`, `gathered`, `dcases`).
  var displayStyle: Bool
  /// Whether the table is set one script level smaller (`smallmatrix`).
  var small: Bool = false
  /// Rows with a horizontal rule (`\hline`) above them; the row count itself
  /// stands for a rule below the last row.
  var rulesAbove: Set<Int> = []
  /// The delimiter before the table (`(` for `pmatrix`), if any.
  var open: String?
  /// The delimiter after the table (`)` for `pmatrix`), if any.
  var close: String?
}

/// What compiling one note's examples as Swift showed.
public struct CompiledNote: Sendable, Hashable {
  /// The note's path as given.
  public let path: String
  /// Compile errors, disagreements and traps (`error`), and statements left
  /// out because they are stated to fail (`warning`), in source order.
  public let diagnostics: [Diagnostic]
  /// How many statements the program holds (declarations included).
  public let compiledStatements: Int
  /// How many expression values Swift and the interpreter agreed on, to the last bit.
  public let agreedValues: Int
  /// The generated `main.swift` (empty when the note has no statement to compile).
  public let program: String

  /// Creates a result.
  /// - Parameters:
  ///   - path: The note's path.
  ///   - diagnostics: The diagnostics.
  ///   - compiledStatements: The number of statements in the program.
  ///   - agreedValues: The number of values that agreed.
  ///   - program: The generated program.
  public init(
    path: String, diagnostics: [Diagnostic], compiledStatements: Int, agreedValues: Int,
    program: String
  ) {
    self.path = path
    self.diagnostics = diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    self.compiledStatements = compiledStatements
    self.agreedValues = agreedValues
    self.program = program
  }
}

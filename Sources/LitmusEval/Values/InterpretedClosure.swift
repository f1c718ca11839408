import SwiftSyntax

/// A closure written in an example, with the environment it captured.
///
/// Decision: the closure captures the values of the names it can see when it
/// is created (a snapshot), not the variables themselves. Examples only pass
/// closures straight to functions such as `numericalGradient(at:of:)`, where
/// the two are indistinguishable.
public struct InterpretedClosure: Sendable {
  /// The parameter names (`["z"]`; `["$0"]` for a closure that uses `$0`).
  public var parameters: [String]
  /// The closure's statements.
  let body: CodeBlockItemListSyntax
  /// The names the closure can see, captured when it was created.
  let captured: Environment
  /// The source the closure was written in, to position its errors.
  let context: SourceContext
}

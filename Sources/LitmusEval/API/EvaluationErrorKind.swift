/// What went wrong in a statement, for tools that react differently per kind.
public enum EvaluationErrorKind: String, Sendable, Hashable, CaseIterable {
  /// The text is not valid Swift (a `SwiftParserDiagnostics` message).
  case syntax
  /// A name that is neither in the environment nor in the vocabulary.
  case unknownName
  /// Argument labels that match no overload of the called function.
  case labels
  /// A value of the wrong kind (Swift's type errors).
  case type
  /// The library rejected the arguments (shape mismatch, label out of range, …).
  case math
  /// The statement uses a name whose defining statement failed.
  case dependency
  /// A resource limit was exceeded (elements, time, nesting, work).
  case limit
  /// Valid Swift that examples do not support (loops, functions, imports, …).
  case unsupported
  /// Assignment to a constant or to something that cannot be assigned.
  case assignment
  /// An operation that would trap in Swift (integer overflow, bad conversion).
  case runtime
}

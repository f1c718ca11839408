/// What a name in an environment stands for.
struct Binding: Sendable {
  /// The bound value; `nil` when the statement that binds it failed.
  var value: Value?
  /// Whether the name was declared with `var`.
  var isMutable: Bool
  /// The note line of the failed statement that poisoned the name.
  var failedAtLine: Int?
  /// The name's type while it is poisoned, when known: the annotation of a failed
  /// declaration, or the type of a variable whose assignment failed.
  var type: ValueType?
}

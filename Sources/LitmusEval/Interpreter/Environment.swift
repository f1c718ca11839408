/// The names an example can see: one per note (in document order) and one per
/// named session.
struct Environment: Sendable {
  /// The bindings by name.
  var bindings: [String: Binding] = [:]

  /// The binding of `name`, if any.
  subscript(name: String) -> Binding? {
    get { bindings[name] }
    set { bindings[name] = newValue }
  }

  /// Binds `name` to a value.
  mutating func bind(_ name: String, to value: Value, mutable: Bool) {
    bindings[name] = Binding(value: value, isMutable: mutable, failedAtLine: nil)
  }

  /// Marks `name` as defined by a statement that failed at `line`.
  /// - Parameters:
  ///   - name: The name.
  ///   - line: The note line of the failed statement.
  ///   - mutable: Whether the name is a `var` (`nil`: as it was before).
  ///   - type: The name's type, when known without its value (`nil`: unknown).
  mutating func poison(_ name: String, line: Int, mutable: Bool?, type: ValueType?) {
    let isMutable = mutable ?? bindings[name]?.isMutable ?? false
    bindings[name] = Binding(value: nil, isMutable: isMutable, failedAtLine: line, type: type)
  }
}

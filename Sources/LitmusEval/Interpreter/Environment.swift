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
  mutating func poison(_ name: String, line: Int) {
    let mutable = bindings[name]?.isMutable ?? false
    bindings[name] = Binding(value: nil, isMutable: mutable, failedAtLine: line)
  }
}

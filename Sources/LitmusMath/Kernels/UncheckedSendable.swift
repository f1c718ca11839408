/// A value handed to worker threads whose safety the caller argues for at the use site (here:
/// pointers into disjoint rows of a batch, and a closure that only touches its own rows).
struct UncheckedSendable<Value>: @unchecked Sendable {
  /// The wrapped value.
  let value: Value
}

import Foundation

/// A failure raised by a test helper.
struct TestFailure: Error, CustomStringConvertible {
  var description: String
}

/// Unwraps a value or throws (usable outside `@Test` bodies, where `#require` is not).
func require<T>(_ value: T?, _ message: String = "unexpected nil") throws -> T {
  guard let value else { throw TestFailure(description: message) }
  return value
}

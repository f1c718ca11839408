/// Runs a validating body and traps with its error's message, like the standard library's
/// subscripts do on misuse. The plain API is built on this and `Checked`.
@inline(__always)
func trapping<T>(_ body: () throws(MathError) -> T) -> T {
  do {
    return try body()
  } catch {
    fatalError(error.description)
  }
}

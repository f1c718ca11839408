/// Why `litmus check --compile` cannot compile anything at all (a problem
/// with one note is a ``Diagnostic`` instead).
public enum CompileError: Error, Hashable, Sendable {
  /// No `swiftc` was found (or the one named does not run).
  case noToolchain(String)
  /// LitmusMath's sources were not found in any of the places searched.
  case mathSourcesNotFound(searched: [String])
  /// LitmusMath did not build; the compiler's first error lines.
  case libraryBuildFailed(String)
  /// A file or directory could not be written.
  case cannotWrite(path: String, reason: String)

  /// A short, lowercase message that says what to do.
  public var message: String {
    switch self {
    case .noToolchain(let detail):
      return "no swift toolchain: \(detail); install swift so that `swiftc` is on PATH, "
        + "or set SWIFTC to its path"
    case .mathSourcesNotFound(let searched):
      return "cannot find LitmusMath's sources (searched: "
        + searched.joined(separator: ", ")
        + "); set LITMUS_MATH_SOURCES to the Sources/LitmusMath directory"
    case .libraryBuildFailed(let detail):
      return "LitmusMath did not build with swiftc:\n\(detail)"
    case .cannotWrite(let path, let reason):
      return "cannot write \(path): \(reason)"
    }
  }
}

/// Settings for ``MathMLConverter``.
public struct MathMLOptions: Sendable, Hashable {
  /// The deepest nesting of groups, arguments, environments and `\left…\right`
  /// pairs accepted before the converter stops with `nesting too deep`.
  ///
  /// Bounds the recursion of the parser and the writer, so hostile input cannot
  /// overflow the stack. Values below 1 are treated as 1.
  public var maximumNestingDepth: Int

  /// Creates options.
  /// - Parameter maximumNestingDepth: The deepest nesting accepted; 500 by default,
  ///   far more than any real formula needs.
  public init(maximumNestingDepth: Int = 500) {
    self.maximumNestingDepth = maximumNestingDepth
  }
}

/// Settings for ``MathMLConverter``.
public struct MathMLOptions: Sendable, Hashable {
  /// The deepest nesting of groups, arguments, environments and `\left…\right`
  /// pairs accepted before the converter stops with `nesting too deep`.
  ///
  /// Bounds the recursion of the parser and the writer, so hostile input cannot
  /// overflow the stack. Values below 1 are treated as 1.
  public var maximumNestingDepth: Int
  /// The most call stack, in bytes, one conversion may use before it stops with
  /// `nesting too deep`, whatever the nesting limit.
  ///
  /// A nesting level takes about 1.5 KB of stack in an optimized build and up to
  /// 11 KB in a debug build; the default keeps a conversion safe on a 512 KB
  /// secondary thread. Optimized builds reach the nesting limit first.
  public var stackBudget: Int
  /// The longest formula converted, in UTF-8 bytes; a longer one is not parsed and
  /// gets a `formula is too long` diagnostic. Conversion costs about 5 µs a byte in a
  /// debug build, so a 10 MB formula would otherwise take the better part of a minute.
  public var maximumLength: Int

  /// Creates options.
  /// - Parameters:
  ///   - maximumNestingDepth: The deepest nesting accepted; 200 by default, ten
  ///     times what real formulas need.
  ///   - stackBudget: The most stack one conversion may use; 384 KB by default.
  ///   - maximumLength: The longest formula converted; 1 MiB by default, two thousand
  ///     times the longest formula of the d2l corpus (about 5 s in a debug build).
  public init(
    maximumNestingDepth: Int = 200, stackBudget: Int = 384 * 1024, maximumLength: Int = 1 << 20
  ) {
    self.maximumNestingDepth = maximumNestingDepth
    self.stackBudget = stackBudget
    self.maximumLength = maximumLength
  }
}

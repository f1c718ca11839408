import LitmusEval

/// How `litmus check --compile` finds its tools and where it keeps its cache.
///
/// Every `nil` is looked up at run time:
/// - `swiftc`: the `SWIFTC` environment variable, else `swiftc` on `PATH`.
/// - `mathSources`: `LITMUS_MATH_SOURCES`, else `Sources/LitmusMath` in the
///   current directory or a parent of it, else next to the repository the
///   running executable was built in (`.build/debug/litmus` → the repository),
///   else `share/litmus/LitmusMath` beside the executable's `bin/` (the layout
///   an installed `litmus` needs).
/// - `cacheDirectory`: `LITMUS_CACHE_DIR`, else `$XDG_CACHE_HOME/litmus`,
///   else `~/.cache/litmus`.
public struct CompileOptions: Sendable {
  /// The Swift compiler to use.
  public var swiftc: String?
  /// The directory holding LitmusMath's `.swift` sources.
  public var mathSources: String?
  /// Where the built LitmusMath module is kept between runs.
  public var cacheDirectory: String?
  /// Whether `$…$` and friends are recognised as math (as in ``CheckOptions``).
  public var math: Bool
  /// The interpreter's limits, as in ``CheckOptions``.
  public var limits: EvaluationLimits
  /// How long one note's program may take to compile, and then to run.
  public var timeout: Duration

  /// Creates options.
  /// - Parameters:
  ///   - swiftc: The compiler, or `nil` to look it up.
  ///   - mathSources: LitmusMath's source directory, or `nil` to look it up.
  ///   - cacheDirectory: The cache directory, or `nil` for the default.
  ///   - math: Recognise math.
  ///   - limits: Interpreter limits.
  ///   - timeout: The time limit per compile and per run (default 300 s:
  ///     a loaded CI machine is slow to compile).
  public init(
    swiftc: String? = nil, mathSources: String? = nil, cacheDirectory: String? = nil,
    math: Bool = true, limits: EvaluationLimits = .init(), timeout: Duration = .seconds(300)
  ) {
    self.swiftc = swiftc
    self.mathSources = mathSources
    self.cacheDirectory = cacheDirectory
    self.math = math
    self.limits = limits
    self.timeout = timeout
  }
}

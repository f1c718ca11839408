/// Resource limits that keep a hostile note from hurting the machine.
///
/// Each exceeded limit becomes an ``EvaluationError`` of kind
/// ``EvaluationErrorKind/limit``; nothing is allocated or run past a limit.
public struct EvaluationLimits: Sendable, Hashable {
  /// The largest number of elements a single value may hold (default 10 million).
  ///
  /// `oneHot(3, count: 4_000_000_000)` is an error, not an allocation.
  public var maximumElements: Int
  /// The CPU time one ``Evaluator`` (one note) may spend parsing and evaluating in total
  /// (default 10 s). CPU time of the evaluating thread, not wall time, so that a verdict
  /// does not depend on how busy the machine is.
  public var timeBudget: Duration
  /// The deepest expression nesting accepted, counted in brackets and
  /// sub-expressions (default 256). Deeper input is an error, never a stack overflow.
  public var maximumDepth: Int
  /// The largest number of multiply-adds a single matrix product may take
  /// (default 2 billion, about a second), so that a product of two large but
  /// allowed matrices cannot blow the time budget inside one library call.
  public var maximumWork: Int
  /// The largest number of elements all the names of one environment may
  /// hold together (default 50 million, 400 MB of doubles), so that many
  /// allowed values cannot exhaust memory together.
  public var maximumRetainedElements: Int
  /// The longest example block or inline expression accepted, in UTF-8 bytes
  /// (default 256 KiB). Longer source is an error before it is parsed: SwiftParser
  /// takes about a second of CPU per 60 KB of array literal in a debug build, so a
  /// one-million-element literal would otherwise run for minutes.
  public var maximumSourceBytes: Int

  /// Creates limits; every parameter has the documented default.
  /// - Parameters:
  ///   - maximumElements: Elements per value.
  ///   - timeBudget: CPU time per evaluator.
  ///   - maximumDepth: Expression nesting depth.
  ///   - maximumWork: Multiply-adds per matrix product.
  ///   - maximumRetainedElements: Elements held by all names of an environment.
  ///   - maximumSourceBytes: UTF-8 bytes of one block or inline expression.
  public init(
    maximumElements: Int = 10_000_000,
    timeBudget: Duration = .seconds(10),
    maximumDepth: Int = 256,
    maximumWork: Int = 2_000_000_000,
    maximumRetainedElements: Int = 50_000_000,
    maximumSourceBytes: Int = 256 << 10
  ) {
    self.maximumElements = maximumElements
    self.timeBudget = timeBudget
    self.maximumDepth = maximumDepth
    self.maximumWork = maximumWork
    self.maximumRetainedElements = maximumRetainedElements
    self.maximumSourceBytes = maximumSourceBytes
  }
}

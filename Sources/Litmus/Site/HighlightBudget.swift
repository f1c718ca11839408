import Synchronization

/// The CPU time left for highlighting the Swift blocks of one page.
///
/// Highlighting parses each block with SwiftParser, whose lookahead is quadratic on
/// some text (`a<a<a<…`); one budget per page keeps thousands of such blocks from
/// adding up. Once it is spent, the page's remaining blocks are shown as plain text —
/// the page is still complete and correct, only without colours.
public final class HighlightBudget: Sendable {
  /// The budget of one page unless given otherwise: far more than a real page needs.
  public static let perPage: Duration = .seconds(2)

  private let left: Mutex<Duration>

  /// Creates a budget.
  /// - Parameter total: The CPU time highlighting may take.
  public init(_ total: Duration = perPage) {
    left = Mutex(total)
  }

  /// The CPU time still available.
  public var remaining: Duration { left.withLock { $0 } }

  /// Takes `time` off what remains.
  /// - Parameter time: CPU time spent highlighting.
  public func spend(_ time: Duration) {
    left.withLock { $0 -= time }
  }
}

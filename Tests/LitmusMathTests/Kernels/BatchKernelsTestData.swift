/// Reproducible batches for the kernel tests.
enum BatchKernelsTestData {
  /// `rows`×`columns` logits uniform in `-scale...scale` and labels, from a fixed seed.
  static func batch(
    rows: Int, columns: Int, scale: Double = 6, seed: UInt64 = 8
  ) -> (logits: [Double], labels: [Int]) {
    var generator = SeededGenerator(seed: seed)
    let logits = (0..<rows * columns).map { _ in generator.uniform(scale) }
    let labels = (0..<rows).map { _ in generator.label(columns) }
    return (logits, labels)
  }

  /// Shapes that cover the tails (columns not a multiple of 8 or 16), a single column, a
  /// 32 000-class row, and a batch large enough to be split across cores.
  static let shapes: [(rows: Int, columns: Int)] = [
    (1, 1), (3, 1), (1, 7), (2, 8), (5, 9), (4, 16), (3, 17), (64, 10), (2, 33), (1, 32_000),
    (300, 333),
  ]
}

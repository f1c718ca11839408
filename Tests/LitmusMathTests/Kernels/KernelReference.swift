import Foundation

/// Straightforward `Double` references for the batched kernels, written independently of them
/// (the C library's `exp` and `log`, one scalar at a time, sequential sums).
enum KernelReference {
  /// The softmax of each row.
  static func softmax(_ z: [Double], columns: Int) -> [Double] {
    rows(z, columns: columns).flatMap { row -> [Double] in
      let m = row.max() ?? 0
      let e = row.map { Foundation.exp($0 - m) }
      let total = e.reduce(0, +)
      return e.map { $0 / total }
    }
  }

  /// The log-softmax of each row.
  static func logSoftmax(_ z: [Double], columns: Int) -> [Double] {
    rows(z, columns: columns).flatMap { row -> [Double] in
      let m = row.max() ?? 0
      let lse = m + Foundation.log(row.map { Foundation.exp($0 - m) }.reduce(0, +))
      return row.map { $0 - lse }
    }
  }

  /// The mean cross-entropy and its gradient (softmax − one-hot) / rows.
  static func crossEntropy(
    _ z: [Double], labels: [Int], columns: Int
  ) -> (loss: Double, gradient: [Double]) {
    var gradient = softmax(z, columns: columns)
    var total = 0.0
    for (r, row) in rows(z, columns: columns).enumerated() {
      let m = row.max() ?? 0
      let lse = m + Foundation.log(row.map { Foundation.exp($0 - m) }.reduce(0, +))
      total += lse - row[row.startIndex + labels[r]]
      gradient[r * columns + labels[r]] -= 1
    }
    let n = Double(labels.count)
    return (total / n, gradient.map { $0 / n })
  }

  /// The rows of a row-major batch.
  static func rows(_ z: [Double], columns: Int) -> [ArraySlice<Double>] {
    stride(from: 0, to: z.count, by: columns).map { z[$0..<$0 + columns] }
  }
}

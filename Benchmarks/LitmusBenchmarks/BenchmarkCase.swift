import LitmusMath

/// One measured shape and element type of the fused softmax cross-entropy (forward + backward).
struct BenchmarkCase {
  /// The batch size.
  let rows: Int
  /// The number of classes.
  let columns: Int
  /// `"float32"` or `"float64"`.
  let dtype: String
  /// Whether the gradient overwrites the logits (`softmaxCrossEntropy(inPlace:)`).
  var inPlace = false

  /// Bytes moved by one call: one read of the logits and one write of the gradient.
  var bytes: Int { rows * columns * (dtype == "float32" ? 4 : 8) * 2 }

  /// The median wall-clock and CPU seconds of one call, with logits drawn from a fixed pseudo-random sequence
  /// (N(0, 2)-like spread, as real classifier outputs) and labels `row % columns`.
  func measure(budget: Double) -> (seconds: Double, cpuSeconds: Double, loss: Double) {
    let labels = (0..<rows).map { ($0 &* 7919) % columns }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let uniform = Double(state >> 11) / Double(1 << 53)
      return (uniform - 0.5) * 8
    }
    if dtype == "float32" {
      let logits = (0..<rows * columns).map { _ in Float(next()) }
      var gradient = [Float](repeating: 0, count: logits.count)
      var loss: Float = 0
      if inPlace {
        // Each call overwrites the logits with a gradient (finite, small), which the next call
        // takes as logits: the same work per call.
        var buffer = logits
        let times = Stopwatch.medians(budget: budget) {
          loss =
            (try? BatchKernels.softmaxCrossEntropy(
              inPlace: &buffer, labels: labels, rows: rows, columns: columns)) ?? .nan
        }
        return (times.wall, times.cpu, Double(loss))
      }
      let times = Stopwatch.medians(budget: budget) {
        loss =
          (try? BatchKernels.softmaxCrossEntropy(
            logits: logits, labels: labels, rows: rows, columns: columns, gradient: &gradient))
          ?? .nan
      }
      return (times.wall, times.cpu, Double(loss))
    }
    let logits = (0..<rows * columns).map { _ in next() }
    var gradient = [Double](repeating: 0, count: logits.count)
    var loss = 0.0
    let times = Stopwatch.medians(budget: budget) {
      loss =
        (try? BatchKernels.softmaxCrossEntropy(
          logits: logits, labels: labels, rows: rows, columns: columns, gradient: &gradient))
        ?? .nan
    }
    return (times.wall, times.cpu, loss)
  }
}

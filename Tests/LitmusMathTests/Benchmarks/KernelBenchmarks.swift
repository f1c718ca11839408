import Foundation
import LitmusMath
import Testing

/// Timings of the main kernels, printed rather than asserted (machines differ). Run with
/// `LITMUS_BENCHMARK=1 swift test -c release --filter KernelBenchmarks`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["LITMUS_BENCHMARK"] == "1"))
struct KernelBenchmarks {
  /// The best of `repetitions` wall-clock times of `body`, in milliseconds.
  private func milliseconds(repetitions: Int = 5, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<repetitions {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      let elapsed = DispatchTime.now().uptimeNanoseconds - start
      best = Swift.min(best, Double(elapsed) / 1e6)
    }
    return best
  }

  private func report(_ label: String, _ value: Double, unit: String = "ms") {
    print("benchmark: \(label): \(String(format: "%.3f", value)) \(unit)")
  }

  @Test func kernels() {
    var random = SeededGenerator(seed: 42)
    var sink = 0.0
    let a = random.matrix(256, 256)
    let b = random.matrix(256, 256)
    let matmulTime = milliseconds { sink += matmul(a, b)[0, 0] }
    report("matmul 256×256 · 256×256", matmulTime)
    report("matmul throughput", 2 * 256 * 256 * 256 / (matmulTime / 1000) / 1e9, unit: "GFLOP/s")

    let logits = random.matrix(1000, 1000, scale: 10)
    let labels = (0..<1000).map { _ in random.label(1000) }
    report("softmax 1000×1000", milliseconds { sink += softmax(logits)[0, 0] })
    report("logSoftmax 1000×1000", milliseconds { sink += logSoftmax(logits)[0, 0] })
    report(
      "crossEntropy(logits:labels:) 1000×1000",
      milliseconds { sink += crossEntropy(logits: logits, labels: labels) })
    report(
      "softmaxCrossEntropyGradient 1000×1000",
      milliseconds { sink += softmaxCrossEntropyGradient(logits: logits, labels: labels)[0, 0] })

    let notRecording = milliseconds { sink += exp(logits)[0, 0] }
    let recording = milliseconds {
      sink += FloatingPointWarnings.recording { exp(logits) }.result[0, 0]
    }
    let raw = milliseconds { sink += logits.elements.map { Foundation.exp($0) }[0] }
    report("exp 10⁶ elements, not recording", notRecording)
    report("exp 10⁶ elements, recording", recording)
    report("[Double].map(Foundation.exp) 10⁶ elements", raw)

    let net = TwoLayerNetwork(
      w1: random.matrix(100, 50), b1: random.vector(50), w2: random.matrix(50, 10),
      b2: random.vector(10))
    let x = random.matrix(64, 100)
    let y = (0..<64).map { _ in random.label(10) }
    report(
      "two-layer gradients, 64×100 → 50 → 10",
      milliseconds { sink += net.gradients(x, labels: y).b2[0] })
    report(
      "numericalGradient of w2 (500 parameters, 1000 losses)",
      milliseconds(repetitions: 1) {
        sink += numericalGradient(at: net.w2) { w in net.with(w2: w).loss(x, labels: y) }[0, 0]
      })
    #expect(!sink.isNaN)
  }
}

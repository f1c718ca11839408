#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall-clock timing with a monotonic clock, and medians of repeated runs.
enum Stopwatch {
  /// Seconds on the monotonic clock.
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  /// CPU seconds used so far by all threads of this process.
  static func processorTime() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  /// The median wall-clock and CPU time of one call of `body`, in seconds.
  ///
  /// CPU time (summed over threads) is what a loaded machine cannot inflate by making the
  /// benchmark wait; it still grows with cache and memory contention.
  static func medians(
    budget: Double, minimumSamples: Int = 5, maximumSamples: Int = 50,
    minimumSample: Double = 0.002, _ body: () -> Void
  ) -> (wall: Double, cpu: Double) {
    var cpuSamples: [Double] = []
    var lastCPU = processorTime()
    let wall = median(
      budget: budget, minimumSamples: minimumSamples, maximumSamples: maximumSamples,
      minimumSample: minimumSample
    ) {
      body()
    } sampleEnded: { calls in
      let now = processorTime()
      cpuSamples.append((now - lastCPU) / Double(calls))
      lastCPU = now
    } sampleStarted: {
      lastCPU = processorTime()
    }
    cpuSamples.sort()
    return (wall, cpuSamples[cpuSamples.count / 2])
  }

  /// The median time of one call of `body`, in seconds.
  ///
  /// Runs `body` once to warm up, picks a number of calls per sample so that a sample lasts at
  /// least `minimumSample` seconds, then takes samples until `budget` seconds have passed
  /// (at least `minimumSamples`, at most `maximumSamples`).
  static func median(
    budget: Double, minimumSamples: Int = 5, maximumSamples: Int = 50,
    minimumSample: Double = 0.002, _ body: () -> Void,
    sampleEnded: (Int) -> Void = { _ in }, sampleStarted: () -> Void = {}
  ) -> Double {
    var start = now()
    body()
    let once = Swift.max(now() - start, 1e-9)
    let callsPerSample = Swift.max(1, Int(minimumSample / once))
    var samples: [Double] = []
    let deadline = now() + budget
    while samples.count < minimumSamples || (now() < deadline && samples.count < maximumSamples) {
      sampleStarted()
      start = now()
      for _ in 0..<callsPerSample { body() }
      samples.append((now() - start) / Double(callsPerSample))
      sampleEnded(callsPerSample)
    }
    samples.sort()
    return samples[samples.count / 2]
  }
}

// Measures the fused softmax cross-entropy kernels and the same-run copy bandwidth, and prints
// one JSON object per line (`Benchmarks/run.py` adds the numpy and PyTorch peers and ratios).
//
//   LitmusBenchmarks [--quick] [--budget SECONDS] [--build NAME] [--case DTYPE:ROWSxCOLUMNS]
//
// --quick measures only the headline case (float32 1024×32000) and 64×10; --case measures one
// case and skips the copy (for profiling with `perf stat`).

let arguments = CommandLine.arguments.dropFirst()
let quick = arguments.contains("--quick")
func value(after flag: String) -> String? {
  guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.endIndex else {
    return nil
  }
  return arguments[index + 1]
}
let budget = value(after: "--budget").flatMap(Double.init) ?? (quick ? 1.0 : 2.0)
let build = value(after: "--build") ?? "default"

let single = value(after: "--case").flatMap { text -> (String, Int, Int)? in
  let parts = text.split(separator: ":")
  let sizes = parts.last?.split(separator: "x").compactMap { Int($0) } ?? []
  guard parts.count == 2, sizes.count == 2 else { return nil }
  return (String(parts[0]), sizes[0], sizes[1])
}

var shapes =
  quick ? [(64, 10), (1024, 32_000)] : [(64, 10), (4096, 1000), (1024, 32_000), (8192, 32_000)]
var dtypes = quick ? ["float32"] : ["float32", "float64"]

if let (dtype, rows, columns) = single {
  shapes = [(rows, columns)]
  dtypes = [dtype]
}
let copyBytes = 1024 * 32_000 * 4
for parts in single == nil ? [1, 2] : [Int]() {
  let seconds = CopyBandwidth.seconds(bytes: copyBytes, parts: parts, budget: budget)
  let gbps = Double(2 * copyBytes) / seconds / 1e9
  print(
    #"{"impl": "copy", "threads": \#(parts), "bytes": \#(2 * copyBytes), "ms": \#(seconds * 1e3), "gbps": \#(gbps), "build": "\#(build)"}"#
  )
}
for dtype in dtypes {
  for (rows, columns) in shapes {
    for inPlace in [false, true]
    where !inPlace || (!quick && dtype == "float32" && rows * columns > 1000) {
      var benchmark = BenchmarkCase(rows: rows, columns: columns, dtype: dtype)
      benchmark.inPlace = inPlace
      let (seconds, cpuSeconds, loss) = benchmark.measure(budget: budget)
      let gbps = Double(benchmark.bytes) / seconds / 1e9
      let impl = inPlace ? "litmus-inplace" : "litmus"
      print(
        #"{"impl": "\#(impl)", "dtype": "\#(dtype)", "rows": \#(rows), "columns": \#(columns), "ms": \#(seconds * 1e3), "cpu_ms": \#(cpuSeconds * 1e3), "gbps": \#(gbps), "loss": \#(loss), "build": "\#(build)"}"#
      )
    }
  }
}

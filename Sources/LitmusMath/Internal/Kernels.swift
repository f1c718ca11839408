/// The numeric loops behind the public API, on flat `[Double]` storage. Shapes are already
/// validated by `Checked`; kernels only compute and report floating-point warnings.
enum Kernels {
  /// Σ x, reporting "overflow in sum" when finite terms overflow.
  static func sum(_ x: [Double], operation: String = "sum") -> Double {
    var total = 0.0
    for value in x { total += value }
    ElementwiseWarnings.reduction(operation, inputsFinite: x.allSatisfy(\.isFinite), result: total)
    return total
  }

  /// The arithmetic mean; `x` must not be empty. Finite for finite elements even where their
  /// sum overflows (the sum of `[1e308, 1e308]` does, their mean does not), so it never warns.
  static func mean(_ x: [Double]) -> Double {
    var total = 0.0
    for value in x { total += value }
    let count = Double(x.count)
    if total.isFinite || !x.allSatisfy(\.isFinite) { return total / count }
    // The sum overflowed: add pre-scaled terms instead (slower, slightly less accurate).
    var scaled = 0.0
    for value in x { scaled += value / count }
    return scaled
  }

  /// The largest element, NaN if any is NaN; `x` must not be empty.
  static func max(_ x: [Double]) -> Double {
    x[argmax(x)]
  }

  /// The smallest element, NaN if any is NaN; `x` must not be empty.
  static func min(_ x: [Double]) -> Double {
    x[argmin(x)]
  }

  /// The index of the first NaN, else of the first largest element; `x` must not be empty.
  static func argmax(_ x: [Double]) -> Int {
    var best = 0
    for index in x.indices {
      let value = x[index]
      if value.isNaN { return index }
      if value > x[best] { best = index }
    }
    return best
  }

  /// The index of the first NaN, else of the first smallest element; `x` must not be empty.
  static func argmin(_ x: [Double]) -> Int {
    var best = 0
    for index in x.indices {
      let value = x[index]
      if value.isNaN { return index }
      if value < x[best] { best = index }
    }
    return best
  }

  /// Applies `f` to every element and reports warnings under `operation`.
  static func map(
    _ operation: String, _ x: [Double], _ f: (Double) -> Double
  ) -> [Double] {
    let result = x.map(f)
    ElementwiseWarnings.unary(operation, x, result)
    return result
  }

  /// Combines equal-length arrays element-wise, reporting warnings under `operation`.
  static func zip(
    _ operation: String, _ a: [Double], _ b: [Double], _ f: (Double, Double) -> Double
  ) -> [Double] {
    var result = [Double](repeating: 0, count: a.count)
    result.withUnsafeMutableBufferPointer { out in
      a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in
          for index in 0..<out.count { out[index] = f(a[index], b[index]) }
        }
      }
    }
    ElementwiseWarnings.binary(operation, result, lhs: { a[$0] }, rhs: { b[$0] })
    return result
  }

  /// Combines every element of `a` with the scalar `b`, reporting warnings under `operation`.
  static func zip(
    _ operation: String, _ a: [Double], scalar b: Double, _ f: (Double, Double) -> Double
  ) -> [Double] {
    let result = a.map { f($0, b) }
    ElementwiseWarnings.binary(operation, result, lhs: { a[$0] }, rhs: { _ in b })
    return result
  }

  /// Combines the scalar `a` with every element of `b`, reporting warnings under `operation`.
  static func zip(
    _ operation: String, scalar a: Double, _ b: [Double], _ f: (Double, Double) -> Double
  ) -> [Double] {
    let result = b.map { f(a, $0) }
    ElementwiseWarnings.binary(operation, result, lhs: { _ in a }, rhs: { b[$0] })
    return result
  }

  /// Combines each row of a row-major `rows`×`v.count` matrix with `v`.
  static func broadcast(
    _ operation: String, _ m: [Double], columns: Int, _ v: [Double],
    _ f: (Double, Double) -> Double
  ) -> [Double] {
    var result = [Double](repeating: 0, count: m.count)
    if columns > 0 {
      for index in m.indices { result[index] = f(m[index], v[index % columns]) }
    }
    ElementwiseWarnings.binary(
      operation, result, lhs: { m[$0] }, rhs: { v[$0 % columns] })
    return result
  }

  /// Σ aᵢ bᵢ over equal-length arrays, reporting warnings under "dot".
  static func dot(_ a: [Double], _ b: [Double]) -> Double {
    var total = 0.0
    for index in a.indices { total += a[index] * b[index] }
    ElementwiseWarnings.reduction(
      "dot", inputsFinite: a.allSatisfy(\.isFinite) && b.allSatisfy(\.isFinite), result: total)
    return total
  }

  /// The row-major product of an `n`×`k` and a `k`×`m` matrix (i-k-j loop order, so the inner
  /// loop walks both `b` and the result contiguously).
  static func matmul(
    _ a: [Double], _ b: [Double], n: Int, k: Int, m: Int, operation: String = "matmul"
  ) -> [Double] {
    let result = [Double](unsafeUninitializedCapacity: n * m) { out, initialized in
      guard let outBase = out.baseAddress else {
        initialized = 0
        return
      }
      outBase.initialize(repeating: 0, count: n * m)
      initialized = n * m
      a.withUnsafeBufferPointer { a in
        b.withUnsafeBufferPointer { b in
          // Plain pointers (not inout buffers) let the optimiser vectorise the inner loop.
          guard let aBase = a.baseAddress, let bBase = b.baseAddress else { return }
          for i in 0..<n {
            let outRow = outBase + i * m
            for p in 0..<k {
              let scale = aBase[i * k + p]
              let bRow = bBase + p * m
              for j in 0..<m { outRow[j] += scale * bRow[j] }
            }
          }
        }
      }
    }
    if FloatingPointWarnings.isRecording, result.contains(where: { !$0.isFinite }),
      a.allSatisfy(\.isFinite), b.allSatisfy(\.isFinite)
    {
      let kind: FloatingPointWarning.Kind = result.contains(where: \.isNaN) ? .invalid : .overflow
      FloatingPointWarnings.report(FloatingPointWarning(kind: kind, operation: operation))
    }
    return result
  }

  /// The transpose of a row-major `rows`×`columns` matrix.
  static func transpose(_ x: [Double], rows: Int, columns: Int) -> [Double] {
    var result = [Double](repeating: 0, count: x.count)
    for r in 0..<rows {
      for c in 0..<columns { result[c * rows + r] = x[r * columns + c] }
    }
    return result
  }

  /// The two parts of log Σ exp(xᵢ) = m + r, where m = max x and
  /// r = log1p(Σ_{i≠k} exp(xᵢ − m)) with k the first index of the maximum.
  ///
  /// Keeping r apart lets callers subtract m first ((xⱼ − m) − r, (m − z) + r), so results
  /// near 0 keep their digits: logSumExp([0, -40]) is 4.25e-18, not 0. `nil` for an empty
  /// slice; m is NaN if any element is NaN; r is 0 when m is ±∞.
  static func logSumExpParts(_ x: ArraySlice<Double>) -> (max: Double, rest: Double)? {
    guard var maxIndex = x.indices.first else { return nil }
    for index in x.indices {
      let value = x[index]
      if value.isNaN { return (.nan, .nan) }
      if value > x[maxIndex] { maxIndex = index }
    }
    let m = x[maxIndex]
    if m.isInfinite { return (m, 0) }
    var others = 0.0
    for index in x.indices where index != maxIndex { others += libmExp(x[index] - m) }
    return (m, libmLog1p(others))
  }

  /// log Σ exp(xᵢ) without overflow (see `logSumExpParts`).
  ///
  /// −∞ for an empty slice or all −∞; +∞ if some element is +∞ (and none is NaN); NaN if any
  /// element is NaN. No warnings.
  static func logSumExp(_ x: ArraySlice<Double>) -> Double {
    guard let (m, rest) = logSumExpParts(x) else { return -.infinity }
    return m + rest
  }

  /// Stable softmax of one row: exp(xᵢ − m) / Σ exp(xⱼ − m). NaN row if any element is NaN;
  /// +∞ entries share the mass equally.
  static func softmax(_ x: ArraySlice<Double>) -> [Double] {
    guard let first = x.first else { return [] }
    var m = first
    for value in x {
      if value.isNaN { return [Double](repeating: .nan, count: x.count) }
      if value > m { m = value }
    }
    if m == .infinity {
      let infinite = x.filter { $0 == .infinity }.count
      return x.map { $0 == .infinity ? 1 / Double(infinite) : 0 }
    }
    if m == -.infinity {
      // Every element is −∞: the limit is undefined.
      return [Double](repeating: .nan, count: x.count)
    }
    var result = x.map { libmExp($0 - m) }
    var total = 0.0
    for value in result { total += value }
    for index in result.indices { result[index] /= total }
    return result
  }

  /// Stable log-softmax of one row: (xᵢ − m) − log1p(Σ_{j≠k} exp(xⱼ − m)).
  ///
  /// NaN row if any element is NaN; with +∞ elements they get −log(their count) and the rest
  /// −∞; all −∞ gives a NaN row (undefined); empty in, empty out.
  static func logSoftmax(_ x: ArraySlice<Double>) -> [Double] {
    guard let (m, rest) = logSumExpParts(x) else { return [] }
    if m.isNaN { return [Double](repeating: .nan, count: x.count) }
    if m == .infinity {
      let share = -libmLog(Double(x.lazy.filter { $0 == .infinity }.count))
      return x.map { $0 == .infinity ? share : -.infinity }
    }
    if m == -.infinity { return [Double](repeating: .nan, count: x.count) }
    return x.map { ($0 - m) - rest }
  }

  /// Stable cross-entropy of softmax(z) against `label` (an offset into `z`, already
  /// validated): (m − z[label]) + log1p(Σ_{j≠k} exp(zⱼ − m)).
  ///
  /// NaN if any logit is NaN or all are −∞; +∞ when some logit is +∞ but the label's is not;
  /// log(number of +∞ logits) when the label's is +∞ too.
  static func crossEntropy(logits z: ArraySlice<Double>, label: Int) -> Double {
    guard let (m, rest) = logSumExpParts(z) else { return .nan }
    let target = z[z.startIndex + label]
    if m.isNaN { return .nan }
    if m == .infinity {
      if target != .infinity { return .infinity }
      return libmLog(Double(z.lazy.filter { $0 == .infinity }.count))
    }
    if m == -.infinity { return .nan }
    return (m - target) + rest
  }
}

extension Kernels {
  /// max |aᵢ − bᵢ| / max(1e-8, |aᵢ| + |bᵢ|); 0 when empty, NaN if any term is NaN.
  static func relativeError(_ a: [Double], _ b: [Double]) -> Double {
    var worst = 0.0
    for index in a.indices {
      var difference = abs(a[index] - b[index])
      var scale = Swift.max(1e-8, abs(a[index]) + abs(b[index]))
      if scale == .infinity, a[index].isFinite, b[index].isFinite {
        // |a| + |b| overflowed: halve both (the ratio is unchanged).
        difference = abs(a[index] / 2 - b[index] / 2)
        scale = abs(a[index] / 2) + abs(b[index] / 2)
      }
      let error = difference / scale
      if error.isNaN { return .nan }
      if error > worst { worst = error }
    }
    return worst
  }
}

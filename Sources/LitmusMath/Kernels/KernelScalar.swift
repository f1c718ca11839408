/// The element types the batched kernels are written for (`Float` and `Double`).
///
/// The row kernels are generic over this protocol and specialised by the compiler for each
/// conforming type. Every eight-lane operation they use is a requirement here, implemented in
/// the conformance on the concrete `SIMD8<Float>` or `SIMD8<Double>`: in generic code, `+` on
/// `SIMD8<T>` resolves to the protocol's element-by-element fallback, which stays slow even
/// after specialisation, while the concrete types have single-instruction operators.
/// (`Codable` is listed because `SIMDScalar`'s storage types require it.)
protocol KernelScalar: BinaryFloatingPoint, SIMDScalar, Codable {
  /// e^x for eight lanes at once, within a few ULP of the correctly rounded value.
  ///
  /// NaN gives NaN, +∞ gives +∞, −∞ gives 0; results that overflow are +∞ and results below
  /// the smallest subnormal are 0 (gradual underflow in between, rounded once).
  static func vectorExp(_ x: SIMD8<Self>) -> SIMD8<Self>

  /// `vectorExp` for lanes that are ≤ 0 or NaN (such as x − max(x)); other lanes are not
  /// allowed.
  static func nonPositiveExp(_ x: SIMD8<Self>) -> SIMD8<Self>

  /// `nonPositiveExp` of two vectors, lane by lane the same values as two calls.
  static func nonPositiveExp(_ a: SIMD8<Self>, _ b: SIMD8<Self>) -> (SIMD8<Self>, SIMD8<Self>)

  /// The eight lanes converted to `Double` (exactly, for both conforming types).
  static func widen(_ x: SIMD8<Self>) -> SIMD8<Double>

  /// a + b, lane by lane.
  static func add(_ a: SIMD8<Self>, _ b: SIMD8<Self>) -> SIMD8<Self>

  /// a − b, lane by lane.
  static func subtract(_ a: SIMD8<Self>, _ b: SIMD8<Self>) -> SIMD8<Self>

  /// a × b, lane by lane.
  static func multiply(_ a: SIMD8<Self>, _ b: SIMD8<Self>) -> SIMD8<Self>

  /// a ÷ b, lane by lane.
  static func divide(_ a: SIMD8<Self>, _ b: SIMD8<Self>) -> SIMD8<Self>

  /// b where b > a, else a (compare-and-blend: a NaN in `b` is ignored).
  static func maximum(_ a: SIMD8<Self>, _ b: SIMD8<Self>) -> SIMD8<Self>

  /// Stores eight lanes at `x`, which must be 16-byte aligned, with non-temporal stores where
  /// the target has them (they bypass the caches and skip the read of the line an ordinary
  /// store would do first); callers order them with `RowKernels.streamingFence()`.
  static func streamingStore(_ v: SIMD8<Self>, _ x: UnsafeMutablePointer<Self>)
}

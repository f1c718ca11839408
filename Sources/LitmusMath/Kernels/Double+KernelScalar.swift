#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
  import _Builtin_intrinsics.intel
#endif

extension Double: KernelScalar {
  /// e^x for eight `Double` lanes: Cody–Waite reduction x = n ln 2 + r with |r| ≤ ln 2 / 2, a
  /// degree-11 polynomial for e^r (1 + r + r² q(r), q interpolated at Chebyshev nodes: error
  /// below 2e-17 relative), and scaling by 2^n.
  ///
  /// When every lane is within [−708, 709], e^r · 2^n is normal, so n is added to the exponent
  /// field of e^r (`normalRangeExp`); otherwise the lanes go through `fullRangeExp`. Within
  /// 2 ULP of the C library's `exp` over the whole `Double` range (tested). NaN → NaN,
  /// +∞ → +∞, −∞ → 0; x > 709.78 overflows to +∞, x < −745.14 underflows to 0.
  @inline(__always)
  static func vectorExp(_ x: SIMD8<Double>) -> SIMD8<Double> {
    // NaN compares false, so a NaN lane takes the full-range path.
    if _fastPath(allLanes((x .>= -708) .& (x .<= 709))) { return normalRangeExp(x) }
    return fullRangeExp(x)
  }

  /// `vectorExp` for lanes that are ≤ 0 or NaN, such as x − max(x) (one comparison fewer).
  @inline(__always)
  static func nonPositiveExp(_ x: SIMD8<Double>) -> SIMD8<Double> {
    if _fastPath(allLanes(x .>= -708)) { return normalRangeExp(x) }
    return fullRangeExp(x)
  }

  /// `nonPositiveExp` of two vectors (each `SIMD8<Double>` is already two 256-bit chains, so
  /// the pair is two calls).
  @inline(__always)
  static func nonPositiveExp(
    _ a: SIMD8<Double>, _ b: SIMD8<Double>
  ) -> (SIMD8<Double>, SIMD8<Double>) {
    (nonPositiveExp(a), nonPositiveExp(b))
  }

  /// e^x for lanes within [−708, 709], where e^r · 2^n is a normal number: n is added to the
  /// exponent field of e^r (an integer addition, no rounding).
  @inline(__always)
  static func normalRangeExp(_ x: SIMD8<Double>) -> SIMD8<Double> {
    // t = x log2(e) + 1.5·2^52 rounds x log2(e) to the nearest integer n, held in t's low bits;
    // shifted left by 52 they are n in the exponent field.
    let magic: Double = 6_755_399_441_055_744
    let t = multiplyAdd(x, 1.442_695_040_888_963_4, magic)
    let n = t - magic
    let poly = exponentialPolynomial(reduced(x, n))
    let exponent = unsafeBitCast(t, to: SIMD8<Int64>.self) &<< 52
    return unsafeBitCast(
      unsafeBitCast(poly, to: SIMD8<Int64>.self) &+ exponent, to: SIMD8<Double>.self)
  }

  /// `vectorExp` for lanes outside [−708, 709] or NaN: x is clamped so that n stays within
  /// ±1077, and 2^n is applied as two exponent-field products, so that p · 2^n1 is exact and
  /// the last product rounds once (to a subnormal, zero or +∞ where e^x does).
  @inline(__always)
  static func fullRangeExp(_ x: SIMD8<Double>) -> SIMD8<Double> {
    // Compare-and-blend keeps NaN: NaN compares false.
    var x = x.replacing(with: 710, where: x .> 710)
    x = x.replacing(with: -746, where: x .< -746)
    // t = x log2(e) + 1.5·2^52 rounds x log2(e) to the nearest integer n, held in t's low bits.
    let magic: Double = 6_755_399_441_055_744
    let t = multiplyAdd(x, 1.442_695_040_888_963_4, magic)
    let n = t - magic
    let poly = exponentialPolynomial(reduced(x, n))
    let bits = unsafeBitCast(t, to: SIMD8<Int64>.self) &- Int64(bitPattern: magic.bitPattern)
    let n1 = bits &>> 1
    let n2 = bits &- n1
    let scale1 = unsafeBitCast((n1 &+ 1023) &<< 52, to: SIMD8<Double>.self)
    let scale2 = unsafeBitCast((n2 &+ 1023) &<< 52, to: SIMD8<Double>.self)
    return poly * scale1 * scale2
  }

  /// r = x − n ln 2, with ln 2 split so that n · ln2High is exact for |n| < 2^39.
  @inline(__always)
  static func reduced(_ x: SIMD8<Double>, _ n: SIMD8<Double>) -> SIMD8<Double> {
    #if LITMUS_FMA
      x.addingProduct(n, SIMD8(repeating: -6.931_457_519_531_25e-1)).addingProduct(
        n, SIMD8(repeating: -1.428_606_820_309_417_232_12e-6))
    #else
      (x - n * 6.931_457_519_531_25e-1) - n * 1.428_606_820_309_417_232_12e-6
    #endif
  }

  /// e^r for |r| ≤ ln 2 / 2: 1 + r + r² q(r) in Horner form, q of degree 9 interpolating
  /// (e^r − 1 − r) / r² at the Chebyshev nodes of [−0.3467, 0.3467].
  @inline(__always)
  static func exponentialPolynomial(_ r: SIMD8<Double>) -> SIMD8<Double> {
    var poly = SIMD8<Double>(repeating: 2.510_041_108_201_49e-8)
    poly = multiplyAdd(poly, r, 2.762_012_171_738_193_3e-7)
    poly = multiplyAdd(poly, r, 2.755_726_840_619_079_5e-6)
    poly = multiplyAdd(poly, r, 2.480_152_122_598_643_2e-5)
    poly = multiplyAdd(poly, r, 1.984_126_986_308_825_5e-4)
    poly = multiplyAdd(poly, r, 1.388_888_891_725_875_9e-3)
    poly = multiplyAdd(poly, r, 8.333_333_333_330_055e-3)
    poly = multiplyAdd(poly, r, 4.166_666_666_662_404e-2)
    poly = multiplyAdd(poly, r, 1.666_666_666_666_666_9e-1)
    poly = multiplyAdd(poly, r, 5.000_000_000_000_001e-1)
    poly = multiplyAdd(poly, r, 1)
    return multiplyAdd(poly, r, 1)
  }

  /// Stores eight lanes at `x` (16-byte aligned) past the caches where the target has
  /// non-temporal stores (x86-64: four `movntpd`), else with an ordinary store.
  @inline(__always)
  static func streamingStore(_ v: SIMD8<Double>, _ x: UnsafeMutablePointer<Double>) {
    #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
      _mm_stream_pd(x, v.lowHalf.lowHalf)
      _mm_stream_pd(x + 2, v.lowHalf.highHalf)
      _mm_stream_pd(x + 4, v.highHalf.lowHalf)
      _mm_stream_pd(x + 6, v.highHalf.highHalf)
    #else
      UnsafeMutableRawPointer(x).storeBytes(of: v, as: SIMD8<Double>.self)
    #endif
  }

  /// Whether every lane of `mask` is set, without the generic `all(_:)` (which the optimiser
  /// leaves as a call in long loops): the 64 bytes of lane masks must all be ones.
  @inline(__always)
  static func allLanes(_ mask: SIMDMask<SIMD8<Int64>>) -> Bool {
    let halves = unsafeBitCast(mask, to: (SIMD4<Int64>, SIMD4<Int64>).self)
    let words = unsafeBitCast(halves.0 & halves.1, to: (UInt64, UInt64, UInt64, UInt64).self)
    return words.0 & words.1 & words.2 & words.3 == ~0
  }

  /// The lanes unchanged.
  @inline(__always)
  static func widen(_ x: SIMD8<Double>) -> SIMD8<Double> { x }
}

extension Double {
  /// a × b + c, lane by lane: one fused multiply-add when built with `-D LITMUS_FMA` (which
  /// `make bench` passes together with `-target-cpu haswell`), else a product and a sum (a
  /// software fma without the instruction would be far slower).
  @inline(__always)
  static func multiplyAdd(_ a: SIMD8<Double>, _ b: SIMD8<Double>, _ c: Double) -> SIMD8<Double> {
    #if LITMUS_FMA
      SIMD8(repeating: c).addingProduct(a, b)
    #else
      a * b + c
    #endif
  }

  /// a × b + c, lane by lane, for a scalar `b` (see the vector version).
  @inline(__always)
  static func multiplyAdd(_ a: SIMD8<Double>, _ b: Double, _ c: Double) -> SIMD8<Double> {
    multiplyAdd(a, SIMD8(repeating: b), c)
  }

  /// a + b, lane by lane.
  @inline(__always)
  static func add(_ a: SIMD8<Double>, _ b: SIMD8<Double>) -> SIMD8<Double> { a + b }

  /// a − b, lane by lane.
  @inline(__always)
  static func subtract(_ a: SIMD8<Double>, _ b: SIMD8<Double>) -> SIMD8<Double> { a - b }

  /// a × b, lane by lane.
  @inline(__always)
  static func multiply(_ a: SIMD8<Double>, _ b: SIMD8<Double>) -> SIMD8<Double> { a * b }

  /// a ÷ b, lane by lane.
  @inline(__always)
  static func divide(_ a: SIMD8<Double>, _ b: SIMD8<Double>) -> SIMD8<Double> { a / b }

  /// b where b > a, else a (compare-and-blend: a NaN in `b` is ignored).
  @inline(__always)
  static func maximum(_ a: SIMD8<Double>, _ b: SIMD8<Double>) -> SIMD8<Double> {
    a.replacing(with: b, where: b .> a)
  }
}

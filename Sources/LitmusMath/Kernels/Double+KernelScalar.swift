extension Double: KernelScalar {
  /// e^x for eight `Double` lanes: Cody–Waite reduction x = n ln 2 + r with |r| ≤ ln 2 / 2, a
  /// degree-13 Taylor polynomial for e^r (truncation error below 1e-17 relative), and scaling
  /// by 2^n as two exponent-field multiplications so that subnormal results are rounded once.
  ///
  /// Within 2 ULP of the C library's `exp` over the whole `Double` range (tested). NaN → NaN,
  /// +∞ → +∞, −∞ → 0; x > 709.78 overflows to +∞, x < −745.14 underflows to 0.
  @inline(__always)
  static func vectorExp(_ x: SIMD8<Double>) -> SIMD8<Double> {
    // Clamp so that n stays within ±1077 (compare-and-blend keeps NaN: NaN compares false).
    var x = x.replacing(with: 710, where: x .> 710)
    x = x.replacing(with: -746, where: x .< -746)
    // t = x log2(e) + 1.5·2^52 rounds x log2(e) to the nearest integer n, held in t's low bits.
    let magic: Double = 6_755_399_441_055_744
    let t = x * 1.442_695_040_888_963_4 + magic
    let n = t - magic
    // ln 2 split so that n · ln2High is exact for |n| < 2^39.
    var r = x - n * 6.931_457_519_531_25e-1
    r = r - n * 1.428_606_820_309_417_232_12e-6
    var poly = SIMD8<Double>(repeating: 1.0 / 6_227_020_800)
    var c = 1.0 / 479_001_600
    poly = multiplyAdd(poly, r, c)
    c = 1.0 / 39_916_800
    poly = multiplyAdd(poly, r, c)
    c = 1.0 / 3_628_800
    poly = multiplyAdd(poly, r, c)
    c = 1.0 / 362_880
    poly = multiplyAdd(poly, r, c)
    c = 1.0 / 40_320
    poly = multiplyAdd(poly, r, c)
    c = 1.0 / 5_040
    poly = multiplyAdd(poly, r, c)
    c = 1.0 / 720
    poly = multiplyAdd(poly, r, c)
    c = 1.0 / 120
    poly = multiplyAdd(poly, r, c)
    c = 1.0 / 24
    poly = multiplyAdd(poly, r, c)
    c = 1.0 / 6
    poly = multiplyAdd(poly, r, c)
    poly = multiplyAdd(poly, r, 0.5)
    poly = multiplyAdd(poly, r, 1)
    poly = multiplyAdd(poly, r, 1)
    // 2^n = 2^n1 · 2^n2 with both halves normal, so p · 2^n1 is exact and the last product
    // rounds once (to a subnormal, zero or +∞ where e^x does).
    let bits = unsafeBitCast(t, to: SIMD8<Int64>.self) &- Int64(bitPattern: magic.bitPattern)
    let n1 = bits &>> 1
    let n2 = bits &- n1
    let scale1 = unsafeBitCast((n1 &+ 1023) &<< 52, to: SIMD8<Double>.self)
    let scale2 = unsafeBitCast((n2 &+ 1023) &<< 52, to: SIMD8<Double>.self)
    return poly * scale1 * scale2
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

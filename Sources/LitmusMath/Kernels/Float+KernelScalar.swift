extension Float: KernelScalar {
  /// e^x for eight `Float` lanes: Cody–Waite reduction x = n ln 2 + r with |r| ≤ ln 2 / 2, a
  /// degree-7 Taylor polynomial for e^r (truncation error below 1e-8 relative), and scaling by
  /// 2^n as two exponent-field multiplications so that subnormal results are rounded once.
  ///
  /// Within 2 ULP of the correctly rounded e^x over the whole `Float` range (tested against the
  /// C library's `exp` in `Double`). NaN → NaN, +∞ → +∞, −∞ → 0; x > 88.73 overflows to +∞,
  /// x < −103.97 underflows to 0.
  @inline(__always)
  static func vectorExp(_ x: SIMD8<Float>) -> SIMD8<Float> {
    // Clamp so that n stays within ±150 (compare-and-blend keeps NaN: NaN compares false).
    var x = x.replacing(with: 89, where: x .> 89)
    x = x.replacing(with: -104, where: x .< -104)
    // t = x log2(e) + 1.5·2^23 rounds x log2(e) to the nearest integer n, held in t's low bits.
    let magic: Float = 12_582_912
    let t = x * 1.442_695_04 + magic
    let n = t - magic
    // ln 2 split so that n · ln2High is exact for |n| < 2^15.
    var r = x - n * 0.693_359_375
    r = r - n * -2.121_944_4e-4
    var p: Float = 1.0 / 5040
    var poly = SIMD8<Float>(repeating: p)
    p = 1.0 / 720
    poly = multiplyAdd(poly, r, p)
    p = 1.0 / 120
    poly = multiplyAdd(poly, r, p)
    p = 1.0 / 24
    poly = multiplyAdd(poly, r, p)
    p = 1.0 / 6
    poly = multiplyAdd(poly, r, p)
    poly = multiplyAdd(poly, r, 0.5)
    poly = multiplyAdd(poly, r, 1)
    poly = multiplyAdd(poly, r, 1)
    // 2^n = 2^n1 · 2^n2 with both halves normal, so p · 2^n1 is exact and the last product
    // rounds once (to a subnormal, zero or +∞ where e^x does).
    let bits = unsafeBitCast(t, to: SIMD8<Int32>.self) &- Int32(bitPattern: magic.bitPattern)
    let n1 = bits &>> 1
    let n2 = bits &- n1
    let scale1 = unsafeBitCast((n1 &+ 127) &<< 23, to: SIMD8<Float>.self)
    let scale2 = unsafeBitCast((n2 &+ 127) &<< 23, to: SIMD8<Float>.self)
    return poly * scale1 * scale2
  }

  /// The eight lanes converted exactly to `Double`.
  @inline(__always)
  static func widen(_ x: SIMD8<Float>) -> SIMD8<Double> {
    SIMD8<Double>(
      lowHalf: SIMD4<Double>(
        Double(x[0]), Double(x[1]), Double(x[2]), Double(x[3])),
      highHalf: SIMD4<Double>(
        Double(x[4]), Double(x[5]), Double(x[6]), Double(x[7])))
  }
}

extension Float {
  /// a × b + c, lane by lane: one fused multiply-add when built with `-D LITMUS_FMA` (which
  /// `make bench` passes together with `-target-cpu haswell`), else a product and a sum (a
  /// software fma without the instruction would be far slower).
  @inline(__always)
  static func multiplyAdd(_ a: SIMD8<Float>, _ b: SIMD8<Float>, _ c: Float) -> SIMD8<Float> {
    #if LITMUS_FMA
      SIMD8(repeating: c).addingProduct(a, b)
    #else
      a * b + c
    #endif
  }

  /// a + b, lane by lane.
  @inline(__always)
  static func add(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> { a + b }

  /// a − b, lane by lane.
  @inline(__always)
  static func subtract(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> { a - b }

  /// a × b, lane by lane.
  @inline(__always)
  static func multiply(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> { a * b }

  /// a ÷ b, lane by lane.
  @inline(__always)
  static func divide(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> { a / b }

  /// b where b > a, else a (compare-and-blend: a NaN in `b` is ignored).
  @inline(__always)
  static func maximum(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> {
    a.replacing(with: b, where: b .> a)
  }
}

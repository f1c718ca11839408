#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
  import _Builtin_intrinsics.intel
#endif

extension Float: KernelScalar {
  /// e^x for eight `Float` lanes: Cody–Waite reduction x = n ln 2 + r with |r| ≤ ln 2 / 2, a
  /// degree-6 polynomial for e^r (1 + r + r² q(r), q interpolated at Chebyshev nodes: error
  /// below 1.1e-8 relative), and scaling by 2^n.
  ///
  /// When every lane is within [−87, 88], e^r · 2^n is normal, so n is added to the exponent
  /// field of e^r (`normalRangeExp`); otherwise the lanes go through `fullRangeExp`. Within
  /// 1 ULP of the correctly rounded e^x on [−87, 88] (checked exhaustively, with and without
  /// FMA) and within 2 ULP over the whole `Float` range (tested against the C library's `exp`
  /// in `Double`). NaN → NaN, +∞ → +∞, −∞ → 0; x > 88.73 overflows to +∞, x < −103.97
  /// underflows to 0.
  @inline(__always)
  static func vectorExp(_ x: SIMD8<Float>) -> SIMD8<Float> {
    // NaN compares false, so a NaN lane takes the full-range path.
    if _fastPath(allLanes((x .>= -87) .& (x .<= 88))) { return normalRangeExp(x) }
    return fullRangeExp(x)
  }

  /// `vectorExp` for lanes that are ≤ 0 or NaN, such as x − max(x) (one comparison fewer).
  @inline(__always)
  static func nonPositiveExp(_ x: SIMD8<Float>) -> SIMD8<Float> {
    if _fastPath(allLanes(x .>= -87)) { return normalRangeExp(x) }
    return fullRangeExp(x)
  }

  /// `nonPositiveExp` of two vectors at once, the same values lane by lane: on the fast path
  /// the sixteen lanes go through one `SIMD16` computation, so that the two dependency chains
  /// are interleaved instruction by instruction (the out-of-order core overlaps them better
  /// than two chains one after the other).
  @inline(__always)
  static func nonPositiveExp(
    _ a: SIMD8<Float>, _ b: SIMD8<Float>
  ) -> (SIMD8<Float>, SIMD8<Float>) {
    if _fastPath(allLanes((a .>= -87) .& (b .>= -87))) {
      let e = normalRangeExp(SIMD16(lowHalf: a, highHalf: b))
      return (e.lowHalf, e.highHalf)
    }
    return (fullRangeExp(a), fullRangeExp(b))
  }

  /// `normalRangeExp` on sixteen lanes: the same operations in the same order.
  @inline(__always)
  static func normalRangeExp(_ x: SIMD16<Float>) -> SIMD16<Float> {
    let magic: Float = 12_582_912
    #if LITMUS_FMA
      let t = SIMD16(repeating: magic).addingProduct(x, SIMD16(repeating: 1.442_695_04))
      let n = t - magic
      let r = x.addingProduct(n, SIMD16(repeating: -0.693_359_375)).addingProduct(
        n, SIMD16(repeating: 2.121_944_4e-4))
      var poly = SIMD16<Float>(repeating: 1.392_620_4e-3)
      poly = SIMD16(repeating: 8.363_194_8e-3).addingProduct(poly, r)
      poly = SIMD16(repeating: 4.166_655_6e-2).addingProduct(poly, r)
      poly = SIMD16(repeating: 1.666_657_6e-1).addingProduct(poly, r)
      poly = SIMD16(repeating: 0.5).addingProduct(poly, r)
      poly = SIMD16(repeating: 1).addingProduct(poly, r)
      poly = SIMD16(repeating: 1).addingProduct(poly, r)
    #else
      let t = x * 1.442_695_04 + magic
      let n = t - magic
      let r = (x - n * 0.693_359_375) - n * -2.121_944_4e-4
      var poly = SIMD16<Float>(repeating: 1.392_620_4e-3)
      poly = poly * r + 8.363_194_8e-3
      poly = poly * r + 4.166_655_6e-2
      poly = poly * r + 1.666_657_6e-1
      poly = poly * r + 0.5
      poly = poly * r + 1
      poly = poly * r + 1
    #endif
    let exponent = unsafeBitCast(t, to: SIMD16<Int32>.self) &<< 23
    return unsafeBitCast(
      unsafeBitCast(poly, to: SIMD16<Int32>.self) &+ exponent, to: SIMD16<Float>.self)
  }

  /// e^x for lanes within [−87, 88], where e^r · 2^n is a normal number: n is added to the
  /// exponent field of e^r (an integer addition, no rounding).
  @inline(__always)
  static func normalRangeExp(_ x: SIMD8<Float>) -> SIMD8<Float> {
    // t = x log2(e) + 1.5·2^23 rounds x log2(e) to the nearest integer n, held in t's low bits;
    // shifted left by 23 they are n in the exponent field.
    let magic: Float = 12_582_912
    let t = multiplyAdd(x, 1.442_695_04, magic)
    let n = t - magic
    let poly = exponentialPolynomial(reduced(x, n))
    let exponent = unsafeBitCast(t, to: SIMD8<Int32>.self) &<< 23
    return unsafeBitCast(
      unsafeBitCast(poly, to: SIMD8<Int32>.self) &+ exponent, to: SIMD8<Float>.self)
  }

  /// `vectorExp` for lanes outside [−87, 88] or NaN: x is clamped so that n stays within ±150,
  /// and 2^n is applied as two exponent-field products, so that p · 2^n1 is exact and the last
  /// product rounds once (to a subnormal, zero or +∞ where e^x does).
  @inline(__always)
  static func fullRangeExp(_ x: SIMD8<Float>) -> SIMD8<Float> {
    // Compare-and-blend keeps NaN: NaN compares false.
    var x = x.replacing(with: 89, where: x .> 89)
    x = x.replacing(with: -104, where: x .< -104)
    // t = x log2(e) + 1.5·2^23 rounds x log2(e) to the nearest integer n, held in t's low bits.
    let magic: Float = 12_582_912
    let t = multiplyAdd(x, 1.442_695_04, magic)
    let n = t - magic
    let poly = exponentialPolynomial(reduced(x, n))
    let bits = unsafeBitCast(t, to: SIMD8<Int32>.self) &- Int32(bitPattern: magic.bitPattern)
    let n1 = bits &>> 1
    let n2 = bits &- n1
    let scale1 = unsafeBitCast((n1 &+ 127) &<< 23, to: SIMD8<Float>.self)
    let scale2 = unsafeBitCast((n2 &+ 127) &<< 23, to: SIMD8<Float>.self)
    return poly * scale1 * scale2
  }

  /// r = x − n ln 2, with ln 2 split so that n · ln2High is exact for |n| < 2^15.
  @inline(__always)
  static func reduced(_ x: SIMD8<Float>, _ n: SIMD8<Float>) -> SIMD8<Float> {
    #if LITMUS_FMA
      x.addingProduct(n, SIMD8(repeating: -0.693_359_375)).addingProduct(
        n, SIMD8(repeating: 2.121_944_4e-4))
    #else
      (x - n * 0.693_359_375) - n * -2.121_944_4e-4
    #endif
  }

  /// e^r for |r| ≤ ln 2 / 2: 1 + r + r² q(r) in Horner form, q of degree 4 interpolating
  /// (e^r − 1 − r) / r² at the Chebyshev nodes of [−0.3467, 0.3467].
  @inline(__always)
  static func exponentialPolynomial(_ r: SIMD8<Float>) -> SIMD8<Float> {
    var poly = SIMD8<Float>(repeating: 1.392_620_4e-3)
    poly = multiplyAdd(poly, r, 8.363_194_8e-3)
    poly = multiplyAdd(poly, r, 4.166_655_6e-2)
    poly = multiplyAdd(poly, r, 1.666_657_6e-1)
    poly = multiplyAdd(poly, r, 0.5)
    poly = multiplyAdd(poly, r, 1)
    return multiplyAdd(poly, r, 1)
  }

  /// Whether every lane of `mask` is set, without the generic `all(_:)` (which the optimiser
  /// leaves as a call in long loops): the 32 bytes of lane masks must all be ones.
  @inline(__always)
  static func allLanes(_ mask: SIMDMask<SIMD8<Int32>>) -> Bool {
    let words = unsafeBitCast(mask, to: (UInt64, UInt64, UInt64, UInt64).self)
    return words.0 & words.1 & words.2 & words.3 == ~0
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

  /// Stores eight lanes at `x` (16-byte aligned) past the caches where the target has
  /// non-temporal stores (x86-64: two `movntps`), else with an ordinary store.
  @inline(__always)
  static func streamingStore(_ v: SIMD8<Float>, _ x: UnsafeMutablePointer<Float>) {
    #if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
      _mm_stream_ps(x, v.lowHalf)
      _mm_stream_ps(x + 4, v.highHalf)
    #else
      UnsafeMutableRawPointer(x).storeBytes(of: v, as: SIMD8<Float>.self)
    #endif
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

  /// a × b + c, lane by lane, for a scalar `b` (see the vector version).
  @inline(__always)
  static func multiplyAdd(_ a: SIMD8<Float>, _ b: Float, _ c: Float) -> SIMD8<Float> {
    multiplyAdd(a, SIMD8(repeating: b), c)
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

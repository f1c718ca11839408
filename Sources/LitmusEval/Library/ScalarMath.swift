#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The C library's scalar functions (what Foundation's `exp`, `log`, … call),
/// kept apart so that LitmusMath's `exp(Vector)` and friends are unambiguous elsewhere.
enum ScalarMath {
  /// e raised to `x`.
  static func exponential(_ x: Double) -> Double { exp(x) }
  /// The natural logarithm of `x`.
  static func logarithm(_ x: Double) -> Double { log(x) }
  /// The square root of `x`.
  static func squareRoot(_ x: Double) -> Double { sqrt(x) }
  /// `x` raised to `y`.
  static func power(_ x: Double, _ y: Double) -> Double { pow(x, y) }
}

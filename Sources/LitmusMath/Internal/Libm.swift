#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#elseif canImport(ucrt)
  import ucrt
#endif

/// The C library's `exp`, named so the module's own `exp(_: Vector)` overloads never shadow it.
@inline(__always)
func libmExp(_ x: Double) -> Double { exp(x) }

/// The C library's `log`, named so the module's own `log(_: Vector)` overloads never shadow it.
@inline(__always)
func libmLog(_ x: Double) -> Double { log(x) }

/// The C library's `log1p`: `log(1 + x)` accurate for small `x`.
@inline(__always)
func libmLog1p(_ x: Double) -> Double { log1p(x) }

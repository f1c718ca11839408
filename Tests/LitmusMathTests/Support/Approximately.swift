import LitmusMath

/// Whether `a` and `b` agree to within `relative` (scaled by |b|) plus `absolute`; NaN matches
/// only NaN and infinities match only the same infinity.
func close(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 1e-15)
  -> Bool
{
  if a.isNaN || b.isNaN { return a.isNaN && b.isNaN }
  if a.isInfinite || b.isInfinite { return a == b }
  return abs(a - b) <= absolute + relative * abs(b)
}

/// Element-wise `close` for equal-length arrays.
func close(
  _ a: [Double], _ b: [Double], relative: Double = 1e-12, absolute: Double = 1e-15
) -> Bool {
  a.count == b.count
    && zip(a, b).allSatisfy { close($0, $1, relative: relative, absolute: absolute) }
}

/// Element-wise `close` for vectors of equal count.
func close(
  _ a: Vector, _ b: Vector, relative: Double = 1e-12, absolute: Double = 1e-15
) -> Bool {
  close(a.elements, b.elements, relative: relative, absolute: absolute)
}

/// Element-wise `close` for matrices of equal shape.
func close(
  _ a: Matrix, _ b: Matrix, relative: Double = 1e-12, absolute: Double = 1e-15
) -> Bool {
  a.shape == b.shape && close(a.elements, b.elements, relative: relative, absolute: absolute)
}

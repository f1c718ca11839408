/// Samples a function over a range: a uniform grid, refined by bisection
/// where the curve bends away from a straight segment or meets a gap.
enum Sampler {
  /// Samples of the uniform grid.
  static let gridCount = 129
  /// The deepest bisection of one grid interval (2⁶ = 64 pieces).
  static let maximumDepth = 6
  /// The most extra samples the refinement may take.
  static let refinementBudget = 1_536

  /// The samples of `f` over `range`, in increasing x.
  /// - Throws: What `f` throws.
  static func sample(_ range: ClosedRange<Double>, _ f: (Double) throws -> Double) throws
    -> (xs: [Double], ys: [Double])
  {
    let (lower, upper) = (range.lowerBound, range.upperBound)
    let width = upper - lower
    var gridX: [Double] = []
    var gridY: [Double] = []
    for i in 0..<gridCount {
      let x = i == gridCount - 1 ? upper : lower + width * Double(i) / Double(gridCount - 1)
      gridX.append(x)
      gridY.append(try f(x))
    }
    let band = ValueWindow.window(gridY)
    let tolerance = max(band.upperBound - band.lowerBound, 1e-300) / 800
    var budget = refinementBudget
    var xs: [Double] = [gridX[0]]
    var ys: [Double] = [gridY[0]]
    func refine(_ a: Double, _ fa: Double, _ b: Double, _ fb: Double, depth: Int) throws {
      guard depth < maximumDepth, budget > 0 else { return }
      let m = a + (b - a) / 2
      guard m > a, m < b else { return }
      budget -= 1
      let fm = try f(m)
      let needed: Bool
      if fa.isFinite != fb.isFinite || fa.isFinite != fm.isFinite {
        needed = true
      } else if fa.isFinite {
        needed = abs(fm - (fa + fb) / 2) > tolerance
      } else {
        needed = false
      }
      if needed { try refine(a, fa, m, fm, depth: depth + 1) }
      xs.append(m)
      ys.append(fm)
      if needed { try refine(m, fm, b, fb, depth: depth + 1) }
    }
    for i in 1..<gridCount {
      try refine(gridX[i - 1], gridY[i - 1], gridX[i], gridY[i], depth: 0)
      xs.append(gridX[i])
      ys.append(gridY[i])
    }
    return (xs, ys)
  }
}

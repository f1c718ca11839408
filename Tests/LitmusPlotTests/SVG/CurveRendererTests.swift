import Foundation
import Testing

@testable import LitmusPlot

struct CurveRendererTests {
  @Test func simplificationKeepsEveryPointWithinAFifthOfAPixel() {
    // A parabola sampled every 0.25 px: every dropped point must stay within
    // 0.05 px of the polyline that replaces it.
    let points = (0...2000).map { i -> (Double, Double) in
      let x = Double(i) / 4
      return (x, x * x / 500)
    }
    let kept = CurveRenderer.simplified(points)
    #expect(kept.count < points.count / 4)
    var segment = 0
    for point in points {
      while segment + 1 < kept.count - 1, kept[segment + 1].0 < point.0 { segment += 1 }
      let (a, b) = (kept[segment], kept[segment + 1])
      let t = (point.0 - a.0) / (b.0 - a.0)
      let y = a.1 + t * (b.1 - a.1)
      #expect(abs(y - point.1) < 0.2, "point \(point) is \(abs(y - point.1)) px off")
    }
  }

  @Test func aStraightLineBecomesTwoPoints() {
    let points = (0...100).map { (Double($0), 3 * Double($0)) }
    #expect(CurveRenderer.simplified(points).count == 2)
  }
}

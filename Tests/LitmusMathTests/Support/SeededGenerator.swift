import LitmusMath

/// A deterministic random number generator (SplitMix64) so property tests are reproducible.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform value in `-scale...scale`.
  mutating func uniform(_ scale: Double = 1) -> Double {
    Double.random(in: -scale...scale, using: &self)
  }

  /// A vector of `count` uniform values in `-scale...scale`.
  mutating func vector(_ count: Int, scale: Double = 1) -> Vector {
    Vector((0..<count).map { _ in uniform(scale) })
  }

  /// A `rows`×`columns` matrix of uniform values in `-scale...scale`.
  mutating func matrix(_ rows: Int, _ columns: Int, scale: Double = 1) -> Matrix {
    Matrix(rows: rows, columns: columns, elements: (0..<rows * columns).map { _ in uniform(scale) })
  }

  /// A label in `0..<classes`.
  mutating func label(_ classes: Int) -> Int {
    Int.random(in: 0..<classes, using: &self)
  }

  /// A probability vector (positive, summing to 1) of `count` elements.
  mutating func distribution(_ count: Int) -> Vector {
    softmax(vector(count, scale: 2))
  }
}

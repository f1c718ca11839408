import LitmusMath
import Testing

@Test(arguments: Reference.cases("exp"))
func expMatchesNumpy(_ reference: Reference.Case) {
  #expect(close(exp(reference.vector("input")), reference.vector("output")))
}

@Test(arguments: Reference.cases("log"))
func logMatchesNumpy(_ reference: Reference.Case) {
  #expect(close(log(reference.vector("input")), reference.vector("output")))
}

@Test(arguments: Reference.cases("relu"))
func reluMatchesNumpysMaximum(_ reference: Reference.Case) {
  #expect(relu(reference.vector("input")) == reference.vector("output"))
}

@Test(arguments: Reference.cases("clip"))
func clipMatchesNumpy(_ reference: Reference.Case) {
  let range = reference.double("lower")...reference.double("upper")
  #expect(clip(reference.vector("input"), to: range) == reference.vector("output"))
}

@Test func elementwiseFunctionsOfMatricesKeepTheShape() {
  let m: Matrix = [[0, -1], [2, 0.5]]
  #expect(exp(m).row(0) == exp(Vector([0, -1])))
  #expect(log(exp(m)) == m)
  #expect(relu(m) == [[0, 0], [2, 0.5]])
  #expect(clip(m, to: 0...1) == [[0, 0], [1, 0.5]])
}

@Test func logOfZeroAndNegativeFollowIEEE() {
  let l = log(Vector([0, -1]))
  #expect(l[0] == -.infinity)
  #expect(l[1].isNaN)
}

@Test func reluAndClipKeepNaN() {
  #expect(relu(Vector([.nan]))[0].isNaN)
  #expect(clip(Vector([.nan]), to: 0...1)[0].isNaN)
}

@Test func absAndSqrtAreElementWise() {
  #expect(abs(Vector([-2, 0, 3])) == [2, 0, 3])
  #expect(abs(Matrix(rows: [[-1, 1]])) == [[1, 1]])
  #expect(sqrt(Vector([4, 0, 2.25])) == [2, 0, 1.5])
  #expect(sqrt(Matrix(rows: [[9]])) == [[3]])
  #expect(sqrt(Vector([-1]))[0].isNaN)
}

import LitmusMath
import Testing

@Test func vectorOperatorsAreElementWise() {
  let a: Vector = [1, 2, 3]
  let b: Vector = [4, 5, 6]
  #expect(a + b == [5, 7, 9])
  #expect(b - a == [3, 3, 3])
  #expect(a * b == [4, 10, 18])
  #expect(b / a == [4, 2.5, 2])
  #expect(-a == [-1, -2, -3])
}

@Test func vectorScalarOperatorsWorkOnBothSides() {
  let v: Vector = [1, 2, 4]
  #expect(v * 2 == [2, 4, 8])
  #expect(2 * v == [2, 4, 8])
  #expect(v / 2 == [0.5, 1, 2])
  #expect(1 / v == [1, 0.5, 0.25])
  #expect(v - 1 == [0, 1, 3])
  #expect(1 - v == [0, -1, -3])
  #expect(v + 1 == 1 + v)
}

@Test func vectorCompoundAssignmentUpdatesInPlace() {
  var v: Vector = [1, 2]
  v += [1, 1]
  v *= 3
  v -= 1
  v /= [5, 8]
  #expect(v == [1, 1])
}

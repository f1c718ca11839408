import LitmusMath
import Testing

@Test func matrixOperatorsAreElementWise() {
  let a: Matrix = [[1, 2], [3, 4]]
  let b: Matrix = [[2, 2], [2, 2]]
  #expect(a + b == [[3, 4], [5, 6]])
  #expect(a - b == [[-1, 0], [1, 2]])
  #expect(a * b == [[2, 4], [6, 8]])
  #expect(a / b == [[0.5, 1], [1.5, 2]])
  #expect(-a == [[-1, -2], [-3, -4]])
  #expect(2 * a == a * 2)
  #expect(12 / a == [[12, 6], [4, 3]])
}

@Test func matrixPlusVectorBroadcastsOverRows() {
  let m: Matrix = [[1, 2, 3], [4, 5, 6]]
  let v: Vector = [10, 20, 30]
  #expect(m + v == [[11, 22, 33], [14, 25, 36]])
  #expect(m - v == [[-9, -18, -27], [-6, -15, -24]])
  #expect(m * v == [[10, 40, 90], [40, 100, 180]])
  #expect(m / v == [[0.1, 0.1, 0.1], [0.4, 0.25, 0.2]])
}

@Test func matrixCompoundAssignmentUpdatesInPlace() {
  var m: Matrix = [[1, 2], [3, 4]]
  m += [1, 1]
  m *= 2
  m -= [[4, 6], [8, 10]]
  #expect(m == [[0, 0], [0, 0]])
}

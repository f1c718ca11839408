import LitmusMath
import Testing

@Test(arguments: Reference.cases("dot"))
func dotMatchesNumpy(_ reference: Reference.Case) {
  #expect(
    close(
      dot(reference.vector("a"), reference.vector("b")), reference.double("output"),
      relative: 1e-12, absolute: 1e-14))
}

@Test(arguments: Reference.cases("outer"))
func outerMatchesNumpy(_ reference: Reference.Case) {
  #expect(close(outer(reference.vector("a"), reference.vector("b")), reference.matrix("output")))
}

@Test(arguments: Reference.cases("matmul"))
func matmulMatchesNumpy(_ reference: Reference.Case) {
  #expect(
    close(
      matmul(reference.matrix("a"), reference.matrix("b")), reference.matrix("output"),
      relative: 1e-12, absolute: 1e-14))
}

@Test(arguments: Reference.cases("matmulVector"))
func matrixVectorProductMatchesNumpy(_ reference: Reference.Case) {
  #expect(
    close(
      matmul(reference.matrix("a"), reference.vector("v")), reference.vector("output"),
      relative: 1e-12, absolute: 1e-14))
}

@Test func matmulOfSmallMatricesByHand() {
  let a: Matrix = [[1, 2], [3, 4]]
  let b: Matrix = [[5, 6], [7, 8]]
  #expect(matmul(a, b) == [[19, 22], [43, 50]])
  #expect(matmul(a, Vector([1, 1])) == [3, 7])
  #expect(dot([1, 2, 3], [4, 5, 6]) == 32)
  #expect(outer([1, 2], [3, 4, 5]) == [[3, 4, 5], [6, 8, 10]])
}

@Test func matmulWithAnEmptyInnerDimensionIsZeros() {
  let a = Matrix(rows: 2, columns: 0, repeating: 0)
  let b = Matrix(rows: 0, columns: 3, repeating: 0)
  #expect(matmul(a, b) == Matrix(rows: 2, columns: 3, repeating: 0))
  #expect(matmul(b.transposed(), Vector([])) == [0, 0, 0])
}

@Test func matmulOfLargerRandomMatricesMatchesTheDotProductDefinition() {
  var random = SeededGenerator(seed: 14)
  let a = random.matrix(17, 9)
  let b = random.matrix(9, 13)
  let product = matmul(a, b)
  for i in 0..<17 {
    for j in 0..<13 {
      #expect(close(product[i, j], dot(a.row(i), b.column(j)), relative: 1e-12, absolute: 1e-14))
    }
  }
}

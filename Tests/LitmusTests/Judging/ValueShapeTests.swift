import Testing

@testable import Litmus

@Suite struct ValueShapeTests {
  private func shape(_ stated: String) throws -> String {
    try StatedValueParser.parse(stated).shapeDescription
  }

  @Test func statedShapesAreNamedAsWholes() throws {
    #expect(try shape("3") == "a number")
    #expect(try shape("[]") == "an empty vector")
    #expect(try shape("[1 2 3]") == "a vector of 3")
    #expect(try shape("[[1, 2, 3], [4, 5, 6]]") == "a 2×3 matrix")
    #expect(try shape("[[[1], [2]], [[3], [4]]]") == "a 2×2×1 array")
    #expect(try shape("[[1, 2], [3]]") == "rows of different lengths (2 and 1)")
    #expect(try shape("[1, [2]]") == "a list whose items differ in shape")
  }

  @Test func computedShapesUseTheSameWords() {
    let matrix: ComputedValue = .list([
      .list([.double(1), .int(2)]), .list([.double(3), .double(4)]),
    ])
    #expect(matrix.shapeDescription == "a 2×2 matrix")
    #expect(ComputedValue.list([.int(1), .int(2)]).shapeDescription == "a vector of 2")
    #expect(ComputedValue.bool(true).shapeDescription == "a Bool")
  }
}

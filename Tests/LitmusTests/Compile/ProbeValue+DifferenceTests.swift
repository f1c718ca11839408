import LitmusEval
import LitmusMath
import Testing

@testable import Litmus

@Suite struct ProbeValueDifferenceTests {
  @Test func identicalBitsAgree() {
    let value = ProbeValue(.vector([0.1, 0.2]))
    #expect(value.difference(fromInterpreted: ProbeValue(.vector([0.1, 0.2]))) == nil)
  }

  @Test func oneUlpApartIsADisagreement() {
    // 0.1 + 0.2 is 0.30000000000000004, one ulp above 0.3.
    let swift = ProbeValue(.double(0.1 + 0.2))
    let interpreted = ProbeValue(.double(0.3))
    #expect(
      swift.difference(fromInterpreted: interpreted)
        == "Swift computes 0.30000000000000004, the interpreter 0.3")
  }

  @Test func signedZerosDisagree() {
    let difference = ProbeValue(.double(-0.0)).difference(fromInterpreted: ProbeValue(.double(0.0)))
    #expect(
      difference
        == "Swift computes -0.0, the interpreter 0.0")
  }

  @Test func namesTheFirstDifferingMatrixElement() {
    let swift = ProbeValue(.matrix(Matrix(rows: [[1, 2], [3, 4]])))
    let interpreted = ProbeValue(.matrix(Matrix(rows: [[1, 2], [3, 5]])))
    #expect(
      swift.difference(fromInterpreted: interpreted)
        == "at [1, 1] Swift computes 4.0, the interpreter 5.0")
  }

  @Test func nanPayloadsDisagree() {
    let quiet = ProbeValue.double(0x7ff8_0000_0000_0000)
    let payload = ProbeValue.double(0x7ff8_0000_0000_0001)
    #expect(
      payload.difference(fromInterpreted: quiet)
        == "Swift computes nan(0x1), the interpreter nan")
  }

  @Test func opaqueValuesAgreeByTypeName() {
    #expect(
      ProbeValue.other(type: "Figure").difference(fromInterpreted: .opaque(type: "Figure")) == nil)
    #expect(
      ProbeValue.other(type: "Curve").difference(fromInterpreted: .opaque(type: "Figure")) != nil)
  }

  @Test func anIntIsNotADouble() {
    #expect(
      ProbeValue(.double(1)).difference(fromInterpreted: ProbeValue(.int(1)))
        == "Swift gives a value of type Double, the interpreter one of type Int")
  }

  @Test func shapesMustAgree() {
    #expect(
      ProbeValue(.vector([1])).difference(fromInterpreted: ProbeValue(.vector([1, 2])))
        == "Swift computes a Vector of length 1, the interpreter one of length 2")
  }
}

import LitmusEval
import LitmusMath
import Testing

@Suite struct ValueFormattingTests {
  @Test func doublesHaveSixSignificantDigitsByDefault() {
    #expect(Value.double(0.2119415576).formatted() == "0.211942")
    #expect(Value.double(3).formatted() == "3")
    #expect(Value.double(0.3).formatted() == "0.3")
    #expect(Value.double(-2.5).formatted() == "-2.5")
  }

  @Test func exponentFormForVerySmallAndLarge() {
    #expect(Value.double(1.5e-7).formatted() == "1.5e-07")
    #expect(Value.double(4.5e-5).formatted() == "4.5e-05")
    #expect(Value.double(1e20).formatted() == "1e+20")
    #expect(Value.double(0.0001).formatted() == "0.0001")
    #expect(Value.double(123_456_789).formatted() == "1.23457e+08")
  }

  @Test func nonFiniteValues() {
    #expect(Value.double(.nan).formatted() == "nan")
    #expect(Value.double(.infinity).formatted() == "inf")
    #expect(Value.double(-.infinity).formatted() == "-inf")
  }

  @Test func precisionIsHonoured() {
    #expect(Value.double(0.2119415576).formatted(precision: 4) == "0.2119")
    #expect(Value.double(0.1).formatted(precision: 17) == "0.10000000000000001")
    #expect(Double(Value.double(0.1).formatted(precision: 17)) == 0.1)
  }

  @Test func vectorsAndMatrices() {
    #expect(
      Value.vector([0.2119415576, 0.2119415576, 0.5761168847]).formatted()
        == "[0.211942, 0.211942, 0.576117]")
    #expect(Value.matrix([[1, 2], [3, 4]]).formatted() == "[[1, 2], [3, 4]]")
    #expect(Value.vector([]).formatted() == "[]")
  }

  @Test func intsBoolsStringsAndArrays() {
    #expect(Value.int(-42).formatted() == "-42")
    #expect(Value.bool(true).formatted() == "true")
    #expect(Value.string("a \"b\"").formatted() == #""a \"b\"""#)
    #expect(Value.intArray([0, 2]).formatted() == "[0, 2]")
  }

  @Test func jsonFragments() {
    #expect(Value.double(0.1).jsonFragment == "0.1")
    #expect(Value.double(1e-7).jsonFragment == "1e-07")
    #expect(Value.double(.nan).jsonFragment == "\"nan\"")
    #expect(Value.double(-.infinity).jsonFragment == "\"-inf\"")
    #expect(Value.vector([1, 0.5]).jsonFragment == "[1.0,0.5]")
    #expect(Value.matrix([[1, 2], [3, 4]]).jsonFragment == "[[1.0,2.0],[3.0,4.0]]")
    #expect(Value.int(3).jsonFragment == "3")
    #expect(Value.string("a\n\"").jsonFragment == #""a\n\"""#)
    #expect(Value.bool(false).jsonFragment == "false")
  }

  @Test func kindDescriptions() {
    #expect(Value.vector([1, 2, 3]).kindDescription == "Vector of 3")
    #expect(Value.matrix(Matrix(rows: 3, columns: 5, repeating: 0)).kindDescription == "3×5 Matrix")
    #expect(Value.int(1).kindDescription == "Int")
    #expect(Value.double(1).kindDescription == "Double")
  }
}

import LitmusMath
import Testing

@Test func everyWarningCanBeNamedTheWayNumpyNamesIt() {
  let divide = FloatingPointWarning(kind: .divisionByZero, operation: "log")
  #expect(
    divide.spellings == [
      "division by zero in log", "divide by zero encountered in log", "divide by zero in log",
    ])
  #expect(
    FloatingPointWarning(kind: .overflow, operation: "exp").spellings == [
      "overflow in exp", "overflow encountered in exp",
    ])
  #expect(
    FloatingPointWarning(kind: .invalid, operation: "subtract").spellings == [
      "invalid value in subtract", "invalid value encountered in subtract",
    ])
}

@Test func theFirstSpellingIsTheDescription() {
  for kind in FloatingPointWarning.Kind.allCases {
    let warning = FloatingPointWarning(kind: kind, operation: "multiply")
    #expect(warning.spellings.first == warning.description)
  }
}

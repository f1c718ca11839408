/// Short text for a number in an error message: integral values without a trailing `.0`.
func numberText(_ value: Double) -> String {
  if value.isNaN { return "nan" }
  if value == .infinity { return "inf" }
  if value == -.infinity { return "-inf" }
  if value == value.rounded(), abs(value) < 1e15 {
    return String(Int(value))
  }
  return String(value)
}

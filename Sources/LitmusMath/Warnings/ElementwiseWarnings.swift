/// Per-element warning scans used by the library's kernels. Each scan runs only while a
/// recording is active, so unobserved arithmetic pays one task-local read per operation.
enum ElementwiseWarnings {
  /// Reports the first warning of each kind for a unary element-wise operation.
  static func unary(_ operation: String, _ input: [Double], _ output: [Double]) {
    guard let recorder = FloatingPointWarnings.recorder else { return }
    for index in output.indices where !output[index].isFinite {
      let x = input[index]
      if let warning = FloatingPointWarnings.classify(
        operation: operation, inputs: [x], result: output[index])
      {
        recorder.record(warning)
      }
    }
  }

  /// Reports warnings for a binary element-wise operation; `lhs(i)`/`rhs(i)` give operands.
  static func binary(
    _ operation: String, _ output: [Double], lhs: (Int) -> Double, rhs: (Int) -> Double
  ) {
    guard let recorder = FloatingPointWarnings.recorder else { return }
    for index in output.indices where !output[index].isFinite {
      if let warning = FloatingPointWarnings.classify(
        operation: operation, inputs: [lhs(index), rhs(index)], result: output[index])
      {
        recorder.record(warning)
      }
    }
  }

  /// Reports a warning for a reduction (`sum`, `dot`, `matmul` entries): a non-finite result
  /// from all-finite inputs is an overflow (or invalid, for NaN).
  static func reduction(_ operation: String, inputsFinite: @autoclosure () -> Bool, result: Double)
  {
    if result.isFinite { return }
    guard let recorder = FloatingPointWarnings.recorder, inputsFinite() else { return }
    recorder.record(
      FloatingPointWarning(kind: result.isNaN ? .invalid : .overflow, operation: operation))
  }

  /// Reports a warning for a stable composite function whose inputs were all finite but whose
  /// outputs are not: the result was not representable.
  static func composite(_ operation: String, input: [Double], output: [Double]) {
    guard let recorder = FloatingPointWarnings.recorder else { return }
    guard output.contains(where: { !$0.isFinite }), input.allSatisfy(\.isFinite) else { return }
    let kind: FloatingPointWarning.Kind =
      output.contains(where: \.isNaN) ? .invalid : .overflow
    recorder.record(FloatingPointWarning(kind: kind, operation: operation))
  }
}

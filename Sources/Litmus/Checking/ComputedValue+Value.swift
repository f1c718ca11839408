import LitmusEval

extension ComputedValue {
  /// Translates an interpreter value into the form the judge compares.
  /// - Parameter value: A value computed by an example.
  public init(_ value: Value) {
    switch value {
    case .int(let number): self = .int(number)
    case .double(let number): self = .double(number)
    case .bool(let flag): self = .bool(flag)
    case .string(let text): self = .string(text)
    case .vector(let vector): self = .list(vector.elements.map(ComputedValue.double))
    case .matrix(let matrix):
      self = .list(
        (0..<matrix.rows).map { row in
          .list((0..<matrix.columns).map { .double(matrix[row, $0]) })
        })
    case .intArray(let numbers): self = .list(numbers.map(ComputedValue.int))
    case .doubleArray(let numbers): self = .list(numbers.map(ComputedValue.double))
    case .stringArray(let texts): self = .list(texts.map(ComputedValue.string))
    case .figure: self = .opaque("a figure")
    default: self = .opaque(value.kindDescription)
    }
  }
}

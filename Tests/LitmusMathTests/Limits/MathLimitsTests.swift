import LitmusMath
import Testing

@Test func defaultLimitIsTenMillionElements() {
  #expect(MathLimits.maximumElements == 10_000_000)
}

@Test func oneHotWithAHugeCountThrowsInsteadOfAllocating() {
  #expect(throws: MathError.tooManyElements(count: 4_000_000_000, limit: 10_000_000)) {
    try Checked.oneHot(1, count: 4_000_000_000)
  }
}

@Test func matrixAllocationsAreCheckedWithoutOverflow() {
  #expect(throws: MathError.tooManyMatrixElements(rows: Int.max, columns: 3, limit: 10_000_000)) {
    try Checked.matrix(rows: Int.max, columns: 3, repeating: 0)
  }
  #expect(
    throws: MathError.tooManyMatrixElements(rows: 100_000, columns: 100_000, limit: 10_000_000)
  ) {
    try Checked.outer(Vector(repeating: 1, count: 100_000), Vector(repeating: 1, count: 100_000))
  }
}

@Test func aLowerLimitAppliesOnlyInsideItsScope() throws {
  try MathLimits.withMaximumElements(10) {
    #expect(MathLimits.maximumElements == 10)
    #expect(throws: MathError.tooManyElements(count: 11, limit: 10)) {
      try Checked.vector(repeating: 0, count: 11)
    }
    #expect(throws: MathError.tooManyMatrixElements(rows: 4, columns: 4, limit: 10)) {
      try Checked.softmaxJacobian([0.25, 0.25, 0.25, 0.25])
    }
    #expect(throws: MathError.tooManyMatrixElements(rows: 3, columns: 4, limit: 10)) {
      try Checked.matmul(
        Matrix(rows: 3, columns: 1, repeating: 1), Matrix(rows: 1, columns: 4, repeating: 1))
    }
    #expect(throws: MathError.tooManyMatrixElements(rows: 2, columns: 6, limit: 10)) {
      try Checked.oneHot([0, 1], count: 6)
    }
    #expect(throws: MathError.tooManyElements(count: 11, limit: 10)) {
      try Checked.vector([Double](repeating: 0, count: 11))
    }
    _ = try Checked.vector(repeating: 0, count: 10)
  }
  #expect(MathLimits.maximumElements == 10_000_000)
}

@Test func limitsAreIndependentAcrossConcurrentTasks() async {
  await withTaskGroup(of: Int.self) { group in
    for limit in [5, 50, 500] {
      group.addTask {
        MathLimits.withMaximumElements(limit) { MathLimits.maximumElements }
      }
    }
    var seen: Set<Int> = []
    for await value in group { seen.insert(value) }
    #expect(seen == [5, 50, 500])
  }
}

@Test func emptyMatricesWithHugeDimensionsAreRejected() {
  #expect(throws: MathError.tooManyMatrixElements(rows: 1 << 40, columns: 0, limit: 10_000_000)) {
    try Checked.matrix(rows: 1 << 40, columns: 0, repeating: 0)
  }
  #expect(throws: MathError.tooManyMatrixElements(rows: 0, columns: 1 << 40, limit: 10_000_000)) {
    try Checked.matrix(rows: 0, columns: 1 << 40, elements: [])
  }
}

extension Matrix {
  /// The element-wise sum `lhs + rhs`; traps when the shapes differ. See `Checked.add(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in add" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise sum.
  public static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
    trapping { () throws(MathError) in try Checked.add(lhs, rhs) }
  }

  /// The element-wise sum `lhs + rhs`; never traps. See `Checked.add(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in add" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise sum.
  public static func + (lhs: Matrix, rhs: Double) -> Matrix {
    trapping { () throws(MathError) in try Checked.add(lhs, rhs) }
  }

  /// The element-wise sum `lhs + rhs`; never traps. See `Checked.add(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in add" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise sum.
  public static func + (lhs: Double, rhs: Matrix) -> Matrix {
    trapping { () throws(MathError) in try Checked.add(lhs, rhs) }
  }

  /// The element-wise sum `lhs + rhs`; traps unless `rhs.count == lhs.columns`
  /// (`rhs` is broadcast over the rows). See `Checked.add(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in add" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise sum.
  public static func + (lhs: Matrix, rhs: Vector) -> Matrix {
    trapping { () throws(MathError) in try Checked.add(lhs, rhs) }
  }

  /// Replaces `lhs` with `lhs + rhs`; traps like `+`.
  /// - Parameter lhs: the value to update.
  /// - Parameter rhs: the right operand.
  public static func += (lhs: inout Matrix, rhs: Matrix) {
    lhs = lhs + rhs
  }

  /// Replaces `lhs` with `lhs + rhs`; traps like `+`.
  /// - Parameter lhs: the value to update.
  /// - Parameter rhs: the right operand.
  public static func += (lhs: inout Matrix, rhs: Double) {
    lhs = lhs + rhs
  }

  /// Replaces `lhs` with `lhs + rhs`; traps like `+`.
  /// - Parameter lhs: the value to update.
  /// - Parameter rhs: the right operand.
  public static func += (lhs: inout Matrix, rhs: Vector) {
    lhs = lhs + rhs
  }

  /// The element-wise difference `lhs - rhs`; traps when the shapes differ. See
  /// `Checked.subtract(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in subtract" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise difference.
  public static func - (lhs: Matrix, rhs: Matrix) -> Matrix {
    trapping { () throws(MathError) in try Checked.subtract(lhs, rhs) }
  }

  /// The element-wise difference `lhs - rhs`; never traps. See `Checked.subtract(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in subtract" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise difference.
  public static func - (lhs: Matrix, rhs: Double) -> Matrix {
    trapping { () throws(MathError) in try Checked.subtract(lhs, rhs) }
  }

  /// The element-wise difference `lhs - rhs`; never traps. See `Checked.subtract(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in subtract" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise difference.
  public static func - (lhs: Double, rhs: Matrix) -> Matrix {
    trapping { () throws(MathError) in try Checked.subtract(lhs, rhs) }
  }

  /// The element-wise difference `lhs - rhs`; traps unless `rhs.count == lhs.columns`
  /// (`rhs` is broadcast over the rows). See `Checked.subtract(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in subtract" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise difference.
  public static func - (lhs: Matrix, rhs: Vector) -> Matrix {
    trapping { () throws(MathError) in try Checked.subtract(lhs, rhs) }
  }

  /// Replaces `lhs` with `lhs - rhs`; traps like `-`.
  /// - Parameter lhs: the value to update.
  /// - Parameter rhs: the right operand.
  public static func -= (lhs: inout Matrix, rhs: Matrix) {
    lhs = lhs - rhs
  }

  /// Replaces `lhs` with `lhs - rhs`; traps like `-`.
  /// - Parameter lhs: the value to update.
  /// - Parameter rhs: the right operand.
  public static func -= (lhs: inout Matrix, rhs: Double) {
    lhs = lhs - rhs
  }

  /// Replaces `lhs` with `lhs - rhs`; traps like `-`.
  /// - Parameter lhs: the value to update.
  /// - Parameter rhs: the right operand.
  public static func -= (lhs: inout Matrix, rhs: Vector) {
    lhs = lhs - rhs
  }

  /// The element-wise product `lhs * rhs`; traps when the shapes differ. See
  /// `Checked.multiply(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in multiply" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise product.
  public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
    trapping { () throws(MathError) in try Checked.multiply(lhs, rhs) }
  }

  /// The element-wise product `lhs * rhs`; never traps. See `Checked.multiply(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in multiply" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise product.
  public static func * (lhs: Matrix, rhs: Double) -> Matrix {
    trapping { () throws(MathError) in try Checked.multiply(lhs, rhs) }
  }

  /// The element-wise product `lhs * rhs`; never traps. See `Checked.multiply(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in multiply" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise product.
  public static func * (lhs: Double, rhs: Matrix) -> Matrix {
    trapping { () throws(MathError) in try Checked.multiply(lhs, rhs) }
  }

  /// The element-wise product `lhs * rhs`; traps unless `rhs.count == lhs.columns`
  /// (`rhs` is broadcast over the rows). See `Checked.multiply(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in multiply" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise product.
  public static func * (lhs: Matrix, rhs: Vector) -> Matrix {
    trapping { () throws(MathError) in try Checked.multiply(lhs, rhs) }
  }

  /// Replaces `lhs` with `lhs * rhs`; traps like `*`.
  /// - Parameter lhs: the value to update.
  /// - Parameter rhs: the right operand.
  public static func *= (lhs: inout Matrix, rhs: Matrix) {
    lhs = lhs * rhs
  }

  /// Replaces `lhs` with `lhs * rhs`; traps like `*`.
  /// - Parameter lhs: the value to update.
  /// - Parameter rhs: the right operand.
  public static func *= (lhs: inout Matrix, rhs: Double) {
    lhs = lhs * rhs
  }

  /// Replaces `lhs` with `lhs * rhs`; traps like `*`.
  /// - Parameter lhs: the value to update.
  /// - Parameter rhs: the right operand.
  public static func *= (lhs: inout Matrix, rhs: Vector) {
    lhs = lhs * rhs
  }

  /// The element-wise quotient `lhs / rhs`; traps when the shapes differ. See
  /// `Checked.divide(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "division by zero in divide" for x / 0 with x
  /// ≠ 0, "invalid value in divide" for 0 / 0 and "overflow in divide" when a finite quotient
  /// overflows; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise quotient.
  public static func / (lhs: Matrix, rhs: Matrix) -> Matrix {
    trapping { () throws(MathError) in try Checked.divide(lhs, rhs) }
  }

  /// The element-wise quotient `lhs / rhs`; never traps. See `Checked.divide(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "division by zero in divide" for x / 0 with x
  /// ≠ 0, "invalid value in divide" for 0 / 0 and "overflow in divide" when a finite quotient
  /// overflows; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise quotient.
  public static func / (lhs: Matrix, rhs: Double) -> Matrix {
    trapping { () throws(MathError) in try Checked.divide(lhs, rhs) }
  }

  /// The element-wise quotient `lhs / rhs`; never traps. See `Checked.divide(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "division by zero in divide" for x / 0 with x
  /// ≠ 0, "invalid value in divide" for 0 / 0 and "overflow in divide" when a finite quotient
  /// overflows; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise quotient.
  public static func / (lhs: Double, rhs: Matrix) -> Matrix {
    trapping { () throws(MathError) in try Checked.divide(lhs, rhs) }
  }

  /// The element-wise quotient `lhs / rhs`; traps unless `rhs.count == lhs.columns`
  /// (`rhs` is broadcast over the rows). See `Checked.divide(_:_:)`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "division by zero in divide" for x / 0 with x
  /// ≠ 0, "invalid value in divide" for 0 / 0 and "overflow in divide" when a finite quotient
  /// overflows; empty operands give an empty result.
  /// - Parameter lhs: the left operand.
  /// - Parameter rhs: the right operand.
  /// - Returns: the element-wise quotient.
  public static func / (lhs: Matrix, rhs: Vector) -> Matrix {
    trapping { () throws(MathError) in try Checked.divide(lhs, rhs) }
  }

  /// Replaces `lhs` with `lhs / rhs`; traps like `/`.
  /// - Parameter lhs: the value to update.
  /// - Parameter rhs: the right operand.
  public static func /= (lhs: inout Matrix, rhs: Matrix) {
    lhs = lhs / rhs
  }

  /// Replaces `lhs` with `lhs / rhs`; traps like `/`.
  /// - Parameter lhs: the value to update.
  /// - Parameter rhs: the right operand.
  public static func /= (lhs: inout Matrix, rhs: Double) {
    lhs = lhs / rhs
  }

  /// Replaces `lhs` with `lhs / rhs`; traps like `/`.
  /// - Parameter lhs: the value to update.
  /// - Parameter rhs: the right operand.
  public static func /= (lhs: inout Matrix, rhs: Vector) {
    lhs = lhs / rhs
  }

  /// The element-wise negation.
  ///
  /// NaN stays NaN, ±∞ changes sign; never warns.
  /// - Parameter operand: the matrix.
  /// - Returns: `-operand`.
  public static prefix func - (operand: Matrix) -> Matrix {
    Matrix(unchecked: operand.rows, operand.columns, operand.elements.map { -$0 })
  }
}

extension Checked {
  /// The element-wise sum `a + b` of two vectors of equal count.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in add" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the left operand.
  /// - Parameter b: the right operand.
  /// - Returns: the element-wise sum.
  /// - Throws: `MathError.shapeMismatch` when the counts differ.
  public static func add(_ a: Vector, _ b: Vector) throws(MathError) -> Vector {
    guard a.elements.count == b.elements.count else { throw .shapeMismatch(a.shape, b.shape) }
    return Vector(Kernels.zip("add", a.elements, b.elements) { $0 + $1 })
  }

  /// The sum `a + b` of every element of `a` with the scalar `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in add" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the vector.
  /// - Parameter b: the scalar.
  /// - Returns: the element-wise sum.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func add(_ a: Vector, _ b: Double) throws(MathError) -> Vector {
    Vector(Kernels.zip("add", a.elements, scalar: b) { $0 + $1 })
  }

  /// The sum `a + b` of the scalar `a` with every element of `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in add" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the scalar.
  /// - Parameter b: the vector.
  /// - Returns: the element-wise sum.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func add(_ a: Double, _ b: Vector) throws(MathError) -> Vector {
    Vector(Kernels.zip("add", scalar: a, b.elements) { $0 + $1 })
  }

  /// The element-wise sum `a + b` of two matrices of equal shape.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in add" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the left operand.
  /// - Parameter b: the right operand.
  /// - Returns: the element-wise sum.
  /// - Throws: `MathError.shapeMismatch` when the shapes differ.
  public static func add(_ a: Matrix, _ b: Matrix) throws(MathError) -> Matrix {
    guard a.rows == b.rows, a.columns == b.columns else {
      throw .shapeMismatch(a.shape, b.shape)
    }
    return Matrix(
      unchecked: a.rows, a.columns, Kernels.zip("add", a.elements, b.elements) { $0 + $1 })
  }

  /// The sum `a + b` of every element of `a` with the scalar `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in add" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the matrix.
  /// - Parameter b: the scalar.
  /// - Returns: the element-wise sum.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func add(_ a: Matrix, _ b: Double) throws(MathError) -> Matrix {
    Matrix(unchecked: a.rows, a.columns, Kernels.zip("add", a.elements, scalar: b) { $0 + $1 })
  }

  /// The sum `a + b` of the scalar `a` with every element of `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in add" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the scalar.
  /// - Parameter b: the matrix.
  /// - Returns: the element-wise sum.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func add(_ a: Double, _ b: Matrix) throws(MathError) -> Matrix {
    Matrix(unchecked: b.rows, b.columns, Kernels.zip("add", scalar: a, b.elements) { $0 + $1 })
  }

  /// The sum `a + b` with `b` broadcast over the rows of `a` (numpy's rule for a
  /// matrix and a 1-D array): `result[i, j] = a[i, j] + b[j]`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in add" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the matrix.
  /// - Parameter b: a vector with `a.columns` elements.
  /// - Returns: the broadcast sum.
  /// - Throws: `MathError.cannotBroadcast` when `b.count != a.columns`.
  public static func add(_ a: Matrix, _ b: Vector) throws(MathError) -> Matrix {
    guard b.elements.count == a.columns else {
      throw .cannotBroadcast(vector: b.elements.count, matrix: a.shape)
    }
    return Matrix(
      unchecked: a.rows, a.columns,
      Kernels.broadcast("add", a.elements, columns: a.columns, b.elements) { $0 + $1 })
  }

  /// The element-wise difference `a - b` of two vectors of equal count.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in subtract" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the left operand.
  /// - Parameter b: the right operand.
  /// - Returns: the element-wise difference.
  /// - Throws: `MathError.shapeMismatch` when the counts differ.
  public static func subtract(_ a: Vector, _ b: Vector) throws(MathError) -> Vector {
    guard a.elements.count == b.elements.count else { throw .shapeMismatch(a.shape, b.shape) }
    return Vector(Kernels.zip("subtract", a.elements, b.elements) { $0 - $1 })
  }

  /// The difference `a - b` of every element of `a` with the scalar `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in subtract" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the vector.
  /// - Parameter b: the scalar.
  /// - Returns: the element-wise difference.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func subtract(_ a: Vector, _ b: Double) throws(MathError) -> Vector {
    Vector(Kernels.zip("subtract", a.elements, scalar: b) { $0 - $1 })
  }

  /// The difference `a - b` of the scalar `a` with every element of `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in subtract" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the scalar.
  /// - Parameter b: the vector.
  /// - Returns: the element-wise difference.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func subtract(_ a: Double, _ b: Vector) throws(MathError) -> Vector {
    Vector(Kernels.zip("subtract", scalar: a, b.elements) { $0 - $1 })
  }

  /// The element-wise difference `a - b` of two matrices of equal shape.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in subtract" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the left operand.
  /// - Parameter b: the right operand.
  /// - Returns: the element-wise difference.
  /// - Throws: `MathError.shapeMismatch` when the shapes differ.
  public static func subtract(_ a: Matrix, _ b: Matrix) throws(MathError) -> Matrix {
    guard a.rows == b.rows, a.columns == b.columns else {
      throw .shapeMismatch(a.shape, b.shape)
    }
    return Matrix(
      unchecked: a.rows, a.columns, Kernels.zip("subtract", a.elements, b.elements) { $0 - $1 })
  }

  /// The difference `a - b` of every element of `a` with the scalar `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in subtract" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the matrix.
  /// - Parameter b: the scalar.
  /// - Returns: the element-wise difference.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func subtract(_ a: Matrix, _ b: Double) throws(MathError) -> Matrix {
    Matrix(unchecked: a.rows, a.columns, Kernels.zip("subtract", a.elements, scalar: b) { $0 - $1 })
  }

  /// The difference `a - b` of the scalar `a` with every element of `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in subtract" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the scalar.
  /// - Parameter b: the matrix.
  /// - Returns: the element-wise difference.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func subtract(_ a: Double, _ b: Matrix) throws(MathError) -> Matrix {
    Matrix(unchecked: b.rows, b.columns, Kernels.zip("subtract", scalar: a, b.elements) { $0 - $1 })
  }

  /// The difference `a - b` with `b` broadcast over the rows of `a` (numpy's rule for a
  /// matrix and a 1-D array): `result[i, j] = a[i, j] - b[j]`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in subtract" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the matrix.
  /// - Parameter b: a vector with `a.columns` elements.
  /// - Returns: the broadcast difference.
  /// - Throws: `MathError.cannotBroadcast` when `b.count != a.columns`.
  public static func subtract(_ a: Matrix, _ b: Vector) throws(MathError) -> Matrix {
    guard b.elements.count == a.columns else {
      throw .cannotBroadcast(vector: b.elements.count, matrix: a.shape)
    }
    return Matrix(
      unchecked: a.rows, a.columns,
      Kernels.broadcast("subtract", a.elements, columns: a.columns, b.elements) { $0 - $1 })
  }

  /// The element-wise product `a * b` of two vectors of equal count.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in multiply" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the left operand.
  /// - Parameter b: the right operand.
  /// - Returns: the element-wise product.
  /// - Throws: `MathError.shapeMismatch` when the counts differ.
  public static func multiply(_ a: Vector, _ b: Vector) throws(MathError) -> Vector {
    guard a.elements.count == b.elements.count else { throw .shapeMismatch(a.shape, b.shape) }
    return Vector(Kernels.zip("multiply", a.elements, b.elements) { $0 * $1 })
  }

  /// The product `a * b` of every element of `a` with the scalar `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in multiply" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the vector.
  /// - Parameter b: the scalar.
  /// - Returns: the element-wise product.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func multiply(_ a: Vector, _ b: Double) throws(MathError) -> Vector {
    Vector(Kernels.zip("multiply", a.elements, scalar: b) { $0 * $1 })
  }

  /// The product `a * b` of the scalar `a` with every element of `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in multiply" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the scalar.
  /// - Parameter b: the vector.
  /// - Returns: the element-wise product.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func multiply(_ a: Double, _ b: Vector) throws(MathError) -> Vector {
    Vector(Kernels.zip("multiply", scalar: a, b.elements) { $0 * $1 })
  }

  /// The element-wise product `a * b` of two matrices of equal shape.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in multiply" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the left operand.
  /// - Parameter b: the right operand.
  /// - Returns: the element-wise product.
  /// - Throws: `MathError.shapeMismatch` when the shapes differ.
  public static func multiply(_ a: Matrix, _ b: Matrix) throws(MathError) -> Matrix {
    guard a.rows == b.rows, a.columns == b.columns else {
      throw .shapeMismatch(a.shape, b.shape)
    }
    return Matrix(
      unchecked: a.rows, a.columns, Kernels.zip("multiply", a.elements, b.elements) { $0 * $1 })
  }

  /// The product `a * b` of every element of `a` with the scalar `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in multiply" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the matrix.
  /// - Parameter b: the scalar.
  /// - Returns: the element-wise product.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func multiply(_ a: Matrix, _ b: Double) throws(MathError) -> Matrix {
    Matrix(unchecked: a.rows, a.columns, Kernels.zip("multiply", a.elements, scalar: b) { $0 * $1 })
  }

  /// The product `a * b` of the scalar `a` with every element of `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in multiply" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the scalar.
  /// - Parameter b: the matrix.
  /// - Returns: the element-wise product.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func multiply(_ a: Double, _ b: Matrix) throws(MathError) -> Matrix {
    Matrix(unchecked: b.rows, b.columns, Kernels.zip("multiply", scalar: a, b.elements) { $0 * $1 })
  }

  /// The product `a * b` with `b` broadcast over the rows of `a` (numpy's rule for a
  /// matrix and a 1-D array): `result[i, j] = a[i, j] * b[j]`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "overflow in multiply" when finite elements
  /// overflow; empty operands give an empty result.
  /// - Parameter a: the matrix.
  /// - Parameter b: a vector with `a.columns` elements.
  /// - Returns: the broadcast product.
  /// - Throws: `MathError.cannotBroadcast` when `b.count != a.columns`.
  public static func multiply(_ a: Matrix, _ b: Vector) throws(MathError) -> Matrix {
    guard b.elements.count == a.columns else {
      throw .cannotBroadcast(vector: b.elements.count, matrix: a.shape)
    }
    return Matrix(
      unchecked: a.rows, a.columns,
      Kernels.broadcast("multiply", a.elements, columns: a.columns, b.elements) { $0 * $1 })
  }

  /// The element-wise quotient `a / b` of two vectors of equal count.
  ///
  /// IEEE 754 per element (NaN propagates); reports "division by zero in divide" for x / 0 with x
  /// ≠ 0, "invalid value in divide" for 0 / 0 and "overflow in divide" when a finite quotient
  /// overflows; empty operands give an empty result.
  /// - Parameter a: the left operand.
  /// - Parameter b: the right operand.
  /// - Returns: the element-wise quotient.
  /// - Throws: `MathError.shapeMismatch` when the counts differ.
  public static func divide(_ a: Vector, _ b: Vector) throws(MathError) -> Vector {
    guard a.elements.count == b.elements.count else { throw .shapeMismatch(a.shape, b.shape) }
    return Vector(Kernels.zip("divide", a.elements, b.elements) { $0 / $1 })
  }

  /// The quotient `a / b` of every element of `a` with the scalar `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "division by zero in divide" for x / 0 with x
  /// ≠ 0, "invalid value in divide" for 0 / 0 and "overflow in divide" when a finite quotient
  /// overflows; empty operands give an empty result.
  /// - Parameter a: the vector.
  /// - Parameter b: the scalar.
  /// - Returns: the element-wise quotient.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func divide(_ a: Vector, _ b: Double) throws(MathError) -> Vector {
    Vector(Kernels.zip("divide", a.elements, scalar: b) { $0 / $1 })
  }

  /// The quotient `a / b` of the scalar `a` with every element of `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "division by zero in divide" for x / 0 with x
  /// ≠ 0, "invalid value in divide" for 0 / 0 and "overflow in divide" when a finite quotient
  /// overflows; empty operands give an empty result.
  /// - Parameter a: the scalar.
  /// - Parameter b: the vector.
  /// - Returns: the element-wise quotient.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func divide(_ a: Double, _ b: Vector) throws(MathError) -> Vector {
    Vector(Kernels.zip("divide", scalar: a, b.elements) { $0 / $1 })
  }

  /// The element-wise quotient `a / b` of two matrices of equal shape.
  ///
  /// IEEE 754 per element (NaN propagates); reports "division by zero in divide" for x / 0 with x
  /// ≠ 0, "invalid value in divide" for 0 / 0 and "overflow in divide" when a finite quotient
  /// overflows; empty operands give an empty result.
  /// - Parameter a: the left operand.
  /// - Parameter b: the right operand.
  /// - Returns: the element-wise quotient.
  /// - Throws: `MathError.shapeMismatch` when the shapes differ.
  public static func divide(_ a: Matrix, _ b: Matrix) throws(MathError) -> Matrix {
    guard a.rows == b.rows, a.columns == b.columns else {
      throw .shapeMismatch(a.shape, b.shape)
    }
    return Matrix(
      unchecked: a.rows, a.columns, Kernels.zip("divide", a.elements, b.elements) { $0 / $1 })
  }

  /// The quotient `a / b` of every element of `a` with the scalar `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "division by zero in divide" for x / 0 with x
  /// ≠ 0, "invalid value in divide" for 0 / 0 and "overflow in divide" when a finite quotient
  /// overflows; empty operands give an empty result.
  /// - Parameter a: the matrix.
  /// - Parameter b: the scalar.
  /// - Returns: the element-wise quotient.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func divide(_ a: Matrix, _ b: Double) throws(MathError) -> Matrix {
    Matrix(unchecked: a.rows, a.columns, Kernels.zip("divide", a.elements, scalar: b) { $0 / $1 })
  }

  /// The quotient `a / b` of the scalar `a` with every element of `b`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "division by zero in divide" for x / 0 with x
  /// ≠ 0, "invalid value in divide" for 0 / 0 and "overflow in divide" when a finite quotient
  /// overflows; empty operands give an empty result.
  /// - Parameter a: the scalar.
  /// - Parameter b: the matrix.
  /// - Returns: the element-wise quotient.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func divide(_ a: Double, _ b: Matrix) throws(MathError) -> Matrix {
    Matrix(unchecked: b.rows, b.columns, Kernels.zip("divide", scalar: a, b.elements) { $0 / $1 })
  }

  /// The quotient `a / b` with `b` broadcast over the rows of `a` (numpy's rule for a
  /// matrix and a 1-D array): `result[i, j] = a[i, j] / b[j]`.
  ///
  /// IEEE 754 per element (NaN propagates); reports "division by zero in divide" for x / 0 with x
  /// ≠ 0, "invalid value in divide" for 0 / 0 and "overflow in divide" when a finite quotient
  /// overflows; empty operands give an empty result.
  /// - Parameter a: the matrix.
  /// - Parameter b: a vector with `a.columns` elements.
  /// - Returns: the broadcast quotient.
  /// - Throws: `MathError.cannotBroadcast` when `b.count != a.columns`.
  public static func divide(_ a: Matrix, _ b: Vector) throws(MathError) -> Matrix {
    guard b.elements.count == a.columns else {
      throw .cannotBroadcast(vector: b.elements.count, matrix: a.shape)
    }
    return Matrix(
      unchecked: a.rows, a.columns,
      Kernels.broadcast("divide", a.elements, columns: a.columns, b.elements) { $0 / $1 })
  }

  /// The element-wise negation `-v`.
  ///
  /// NaN stays NaN, ±∞ changes sign; never warns.
  /// - Parameter v: the vector.
  /// - Returns: `-v`.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func negate(_ v: Vector) throws(MathError) -> Vector {
    Vector(v.elements.map { -$0 })
  }

  /// The element-wise negation `-m`.
  ///
  /// NaN stays NaN, ±∞ changes sign; never warns.
  /// - Parameter m: the matrix.
  /// - Returns: `-m`.
  /// - Throws: never; present so every operator has a `Checked` twin.
  public static func negate(_ m: Matrix) throws(MathError) -> Matrix {
    Matrix(unchecked: m.rows, m.columns, m.elements.map { -$0 })
  }
}

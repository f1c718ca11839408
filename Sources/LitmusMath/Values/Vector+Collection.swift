extension Vector: RandomAccessCollection {
  /// The first index, always 0.
  public var startIndex: Int { 0 }

  /// One past the last index: the element count.
  public var endIndex: Int { elements.count }

  /// The valid indices, `0..<count`.
  public var indices: Range<Int> { 0..<elements.count }

  /// The element at `index`; traps with "index 5 is out of range for 3 elements" when out of
  /// range (`Checked.element(_:at:)` throws instead).
  /// - Parameter index: a position in `0..<count`.
  public subscript(index: Int) -> Double {
    get {
      trapping { () throws(MathError) in try Checked.element(self, at: index) }
    }
    set {
      trapping { () throws(MathError) in try Checked.setElement(&self, at: index, to: newValue) }
    }
  }
}

/// A math span located by ``MathScanner``, in original file offsets.
struct FoundMath: Sendable {
  /// The whole span, delimiters included.
  var range: Range<Int>
  /// The TeX between the delimiters.
  var content: Range<Int>
  /// Whether it is display math.
  var display: Bool
}

extension Value: CustomStringConvertible {
  /// The value as ``formatted(precision:)`` shows it with 6 significant digits.
  public var description: String { formatted() }
}

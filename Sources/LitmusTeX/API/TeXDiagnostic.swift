/// A problem found in a TeX formula, positioned in the formula's UTF-8 bytes.
///
/// Messages are short and lowercase, for example `unknown command \foo` or
/// `unbalanced braces: missing }`. The pipeline decides how to report a
/// diagnostic (a warning in `litmus check`, an error with `--strict`); the
/// converter only says where and what.
public struct TeXDiagnostic: Sendable, Hashable {
  /// How serious a diagnostic is.
  public enum Severity: Sendable, Hashable {
    /// The formula cannot be rendered as written; it falls back to its TeX in `<code>`.
    case error
  }

  /// The message, short and lowercase, for example `unknown command \foo`.
  public var message: String
  /// The 0-based UTF-8 byte offset of the offending text in the TeX string.
  public var offset: Int
  /// The length in UTF-8 bytes of the offending text (at least 0).
  public var length: Int
  /// How serious the diagnostic is.
  public var severity: Severity

  /// Creates a diagnostic.
  /// - Parameters:
  ///   - message: A short lowercase message.
  ///   - offset: The 0-based UTF-8 byte offset into the TeX string.
  ///   - length: The length in UTF-8 bytes of the offending text.
  ///   - severity: How serious the diagnostic is; `.error` by default.
  public init(message: String, offset: Int, length: Int, severity: Severity = .error) {
    self.message = message
    self.offset = offset
    self.length = length
    self.severity = severity
  }
}

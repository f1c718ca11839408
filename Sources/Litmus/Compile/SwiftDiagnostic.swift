/// One diagnostic line of `swiftc -diagnostic-style llvm`:
/// `file:line:column: error: message`.
struct SwiftDiagnostic: Hashable, Sendable {
  /// How serious swiftc says it is.
  enum Severity: String, Sendable {
    case error, warning, note, remark
  }

  /// The file as swiftc names it (for note statements: `@<id>`).
  let file: String
  /// The 1-based line, 0 when swiftc gives none.
  let line: Int
  /// The 1-based column, 0 when swiftc gives none.
  let column: Int
  /// How serious it is.
  let severity: Severity
  /// The message.
  let message: String

  /// The statement id when the file is a note statement (`@7` → 7).
  var statementID: Int? {
    file.hasPrefix("@") ? Int(file.dropFirst()) : nil
  }

  /// Reads every diagnostic line of swiftc's output; other lines (source
  /// excerpts, carets) are skipped.
  static func parse(_ output: String) -> [SwiftDiagnostic] {
    output.split(separator: "\n", omittingEmptySubsequences: true).compactMap(parse(line:))
  }

  /// Reads one line, or `nil` when it is not a diagnostic.
  static func parse(line: Substring) -> SwiftDiagnostic? {
    for severity in [Severity.error, .warning, .note, .remark] {
      guard let marker = line.range(of: ": \(severity.rawValue): ") else { continue }
      let location = line[..<marker.lowerBound]
      let message = String(line[marker.upperBound...])
      let parts = location.split(separator: ":", omittingEmptySubsequences: false)
      if parts.count >= 3, let row = Int(parts[parts.count - 2]),
        let column = Int(parts[parts.count - 1])
      {
        let file = parts.dropLast(2).joined(separator: ":")
        return SwiftDiagnostic(
          file: file, line: row, column: column, severity: severity, message: message)
      }
      return SwiftDiagnostic(
        file: String(location), line: 0, column: 0, severity: severity, message: message)
    }
    if line.hasPrefix("error: ") {
      return SwiftDiagnostic(
        file: "", line: 0, column: 0, severity: .error, message: String(line.dropFirst(7)))
    }
    return nil
  }
}

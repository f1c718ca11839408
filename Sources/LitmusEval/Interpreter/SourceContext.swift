import SwiftSyntax

/// The parsed source a syntax node belongs to, to turn node positions into
/// ``SourceLocation``s.
struct SourceContext: Sendable {
  /// Converts absolute byte offsets of the parsed tree to lines and columns.
  let converter: SourceLocationConverter
  /// The note line of the source's first line (for "failed at line N" messages).
  let firstLine: Int

  /// The location of the first byte of `node`, after its leading trivia.
  func location(of node: some SyntaxProtocol) -> SourceLocation {
    location(at: node.positionAfterSkippingLeadingTrivia)
  }

  /// The location of an absolute position.
  func location(at position: AbsolutePosition) -> SourceLocation {
    let location = converter.location(for: position)
    return SourceLocation(line: location.line, column: location.column)
  }

  /// The location of the last byte of `node`, before its trailing trivia.
  func endLocation(of node: some SyntaxProtocol) -> SourceLocation {
    let end = node.endPositionBeforeTrailingTrivia
    let start = node.positionAfterSkippingLeadingTrivia
    guard end > start else { return location(at: start) }
    return location(at: AbsolutePosition(utf8Offset: end.utf8Offset - 1))
  }

  /// The note line of a location within this source.
  func noteLine(_ location: SourceLocation) -> Int {
    firstLine + location.line - 1
  }
}

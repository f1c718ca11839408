import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// SwiftParserDiagnostics' diagnostics, guarded against the input that makes it trap.
///
/// swift-syntax 603's `ParseDiagnosticsGenerator` builds a Fix-It for an `=` the lexer
/// flags as lacking consistent whitespace, inserting a space on each side that has
/// none; when unexpected text sits between the `=` and spaces on both sides (e.g.
/// `let a \u{FFFD}= 1`), it builds a Fix-It with no change, and `FixIt.init` stops the
/// process with a precondition failure (found by the eval fuzzer). So such a token is
/// reported here, by us, and the generator is not called for that region.
///
/// The generator is also slow on many missing tokens: for each it builds a Fix-It by
/// rebuilding the tree around it, so `let a: a<a<a<…` with 1,500 unclosed `<` took 53 s
/// in a debug build. ``firstDiagnostic(in:)`` therefore hands it only a small part of a
/// large node: the part around the first error.
enum ParserDiagnostics {
  /// Nodes up to this many bytes go to the generator whole.
  static let wholeNodeLimit = 256

  /// A parser diagnostic's text and position.
  struct Found {
    /// The message.
    let message: String
    /// Where it points.
    let position: AbsolutePosition
  }

  /// The diagnostics of `node`, in the generator's order (or the one the guard reports).
  static func diagnostics(for node: some SyntaxProtocol) -> [Found] {
    if let token = trappingToken(in: node) {
      return [
        Found(
          message: "'=' must have consistent whitespace on both sides",
          position: token.positionAfterSkippingLeadingTrivia)
      ]
    }
    return ParseDiagnosticsGenerator.diagnostics(for: node).map {
      Found(message: $0.message, position: $0.position)
    }
  }

  /// The first diagnostic of `node` in source order. A node over ``wholeNodeLimit``
  /// bytes is narrowed first: to its first child with an error, and so on, until the
  /// node is small enough or has no such child. The part is then detached from the
  /// tree, because each Fix-It rebuilds every parent up to the root (2,000 nested
  /// generic arguments are 2,000 parents); its diagnostics' positions are shifted back.
  static func firstDiagnostic(in node: some SyntaxProtocol) -> Found? {
    var narrowed = Syntax(node)
    while narrowed.totalLength.utf8Length > wholeNodeLimit,
      let child = narrowed.children(viewMode: .all).first(where: \.hasError)
    {
      narrowed = child
    }
    guard narrowed.id != Syntax(node).id else {
      return diagnostics(for: node).min { $0.position < $1.position }
    }
    let shift = narrowed.position.utf8Offset
    return diagnostics(for: narrowed.detached)
      .map { Found(message: $0.message, position: $0.position.advanced(by: shift)) }
      .min { $0.position < $1.position }
  }

  /// The first token for which the generator would build an empty Fix-It.
  static func trappingToken(in node: some SyntaxProtocol) -> TokenSyntax? {
    for token in node.tokens(viewMode: .all)
    where token.tokenDiagnostic?.kind == .equalMustHaveConsistentWhitespaceOnBothSides {
      let spaceBefore =
        token.previousToken(viewMode: .all)?.trailingTrivia.contains(where: isSpaceOrTab) ?? false
      let spaceAfter = token.trailingTrivia.contains(where: isSpaceOrTab)
      if spaceBefore && spaceAfter { return token }
    }
    return nil
  }

  /// Whether a trivia piece is spaces or tabs (the generator's test).
  private static func isSpaceOrTab(_ piece: TriviaPiece) -> Bool {
    switch piece {
    case .spaces, .tabs: true
    default: false
    }
  }
}

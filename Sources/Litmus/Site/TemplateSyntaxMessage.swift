import Foundation
import Mustache

/// A Mustache template's syntax error as one compiler-style line,
/// `tpl/page.mustache:3:1: expected {{/contents}}`, instead of swift-mustache's
/// `ParserError(context: …, error: …)`.
enum TemplateSyntaxMessage {
  /// The message for an error thrown while parsing a template.
  /// - Parameters:
  ///   - error: What `MustacheTemplate(string:)` threw.
  ///   - text: The template's text (to name the section left open).
  ///   - path: The template as the user knows it (its path, or the built-in name).
  /// - Returns: `PATH:LINE:COLUMN: MESSAGE`, or `PATH: MESSAGE` without a position.
  static func make(for error: any Error, text: String, path: String) -> String {
    guard let parserError = error as? MustacheTemplate.ParserError else {
      return "\(path): does not parse: \(error)"
    }
    let context = parserError.context
    return "\(path):\(context.lineNumber):\(context.columnNumber): "
      + reason(parserError.error, text: text)
  }

  /// What went wrong, in words.
  private static func reason(_ error: any Error, text: String) -> String {
    guard let error = error as? MustacheTemplate.Error else { return "does not parse: \(error)" }
    switch error {
    case .sectionCloseNameIncorrect:
      return "this closing tag does not match the section it closes"
    case .unfinishedName:
      return "unfinished tag (expected a name and }})"
    case .expectedSectionEnd:
      if let name = openSections(in: text).last {
        return "expected {{/\(name)}} to close the section {{#\(name)}}"
      }
      return "a section is not closed (expected {{/…}})"
    case .invalidSetDelimiter:
      return "malformed set-delimiter tag (expected {{=<% %>=}})"
    case .transformAppliedToInheritanceSection:
      return "a transform cannot be applied to an inherited section"
    case .illegalTokenInsideInheritSection:
      return "only {{$name}} blocks may stand inside an inherited partial"
    case .textInsideInheritSection:
      return "only {{$name}} blocks may stand inside an inherited partial, not text"
    case .invalidConfigVariableSyntax:
      return "malformed configuration tag"
    case .unrecognisedConfigVariable:
      return "unknown configuration variable"
    }
  }

  /// The names of the sections still open at the end of `text`, outermost first
  /// (standard `{{ }}` delimiters only).
  static func openSections(in text: String) -> [String] {
    var open: [String] = []
    var rest = Substring(text)
    while let start = rest.range(of: "{{") {
      rest = rest[start.upperBound...]
      guard let end = rest.range(of: "}}") else { break }
      let tag = rest[..<end.lowerBound].trimmingCharacters(in: .whitespaces)
      rest = rest[end.upperBound...]
      guard let sigil = tag.first else { continue }
      let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
      switch sigil {
      case "#", "^", "$", "<": open.append(name)
      case "/": if let index = open.lastIndex(of: name) { open.removeSubrange(index...) }
      default: continue
      }
    }
    return open
  }
}

import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Parses SVG text as XML and collects element names, to show the markup
/// is well formed and has the parts a reader's tools rely on.
final class XMLCheck: NSObject, XMLParserDelegate {
  private(set) var elements: [String] = []
  private(set) var texts: [String: String] = [:]
  private var current = ""

  /// The element names in document order, or `nil` if `svg` is not well-formed XML.
  static func elements(of svg: String) -> XMLCheck? {
    let check = XMLCheck()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = check
    return parser.parse() ? check : nil
  }

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    elements.append(elementName)
    current = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    current += string
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?
  ) {
    if texts[elementName] == nil { texts[elementName] = current }
    current = ""
  }
}

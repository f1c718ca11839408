/// How `litmus build` writes the site.
public struct SiteOptions: Sendable {
  /// The directory the pages go to.
  public var outputDirectory: String
  /// A directory with `page.mustache`, `index.mustache` and/or `style.css`
  /// that replace the built-in ones.
  public var templateDirectory: String?
  /// Whether raw HTML in notes is kept (it is omitted by default).
  public var unsafeHTML: Bool
  /// The site's name, shown in the header and on the index.
  public var siteTitle: String
  /// The pages' `lang` attribute.
  public var language: String

  /// Creates options.
  /// - Parameters:
  ///   - outputDirectory: Where pages go.
  ///   - templateDirectory: Template overrides.
  ///   - unsafeHTML: Keep raw HTML.
  ///   - siteTitle: The site's name.
  ///   - language: The `lang` attribute.
  public init(
    outputDirectory: String = "Output", templateDirectory: String? = nil, unsafeHTML: Bool = false,
    siteTitle: String = "Softmax, cross-entropy and their gradients", language: String = "en"
  ) {
    self.outputDirectory = outputDirectory
    self.templateDirectory = templateDirectory
    self.unsafeHTML = unsafeHTML
    self.siteTitle = siteTitle
    self.language = language
  }
}

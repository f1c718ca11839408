import Foundation
import LitmusMarkdown
import Mustache

/// Writes the HTML site: one page per note, an `index.html` listing the notes
/// in order (front matter `order`, then path) with their counts, and one
/// stylesheet.
///
/// Output is deterministic (no timestamps, stable order) and every file is
/// written atomically. Litmus records what it wrote in `.litmus-manifest`;
/// pages of notes that no longer exist are removed, and nothing it did not
/// write is ever touched.
public struct SiteBuilder {
  /// A problem that stops the build: a bad template or an unwritable directory.
  public struct BuildError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String
  }

  /// How to build.
  public var options: SiteOptions

  /// The name of the file listing what Litmus wrote.
  public static let manifestName = ".litmus-manifest"

  /// Creates a builder.
  /// - Parameter options: How to build.
  public init(options: SiteOptions) {
    self.options = options
  }

  /// The pages, index and stylesheet as file names and contents, without
  /// writing anything.
  /// - Parameter notes: The checked notes (unreadable ones get no page).
  /// - Returns: File names relative to the output directory, and contents.
  /// - Throws: `BuildError` for a template that does not parse.
  public func render(_ notes: [CheckedNote]) throws -> [(name: String, contents: String)] {
    let templates = try loadTemplates()
    let pages = orderedPages(notes)
    let checkedTotal = pages.reduce(0) { $0 + $1.checked.report.checks.count }
    let failedTotal = pages.reduce(0) { $0 + $1.checked.report.failedCount }
    let pageNames = Self.pageNamesByPath(pages)
    var files: [(name: String, contents: String)] = []
    for (index, page) in pages.enumerated() {
      let note = page.note
      let renderer = HTMLRenderer(
        options: HTMLRenderOptions(unsafeHTML: options.unsafeHTML, headingAnchors: true),
        delegate: PageRenderDelegate(checked: page.checked))
      let body = Self.rewriteNoteLinks(
        renderer.render(note), pageNames: pageNames, from: note.path)
      // Headings with no text (`##`, or raw HTML only) have nothing to show in a list.
      let contents = renderer.tableOfContents(note).filter {
        ($0.level == 2 || $0.level == 3) && !$0.text.allSatisfy(\.isWhitespace)
      }
      let report = page.checked.report
      let failures = report.diagnostics.filter { $0.severity == .error }
      var context: [String: Any] = [
        "lang": options.language, "title": page.title, "siteTitle": options.siteTitle,
        "stylesheet": "style.css", "body": body,
        "checked": report.checks.count, "failed": report.failedCount,
        "anyFailed": report.failedCount > 0,
        "hasFailures": !failures.isEmpty,
        "failures": failures.map { ["line": $0.line, "column": $0.column, "message": $0.message] },
        "hasContents": contents.count > 1,
        "contents": contents.map {
          ["level": $0.level, "id": $0.id, "text": $0.text, "html": $0.html]
        },
      ]
      if index > 0 {
        context["previous"] = ["href": pages[index - 1].fileName, "title": pages[index - 1].title]
      }
      if index + 1 < pages.count {
        context["next"] = ["href": pages[index + 1].fileName, "title": pages[index + 1].title]
      }
      files.append((page.fileName, templates.render(context, "page")))
    }
    let indexContext: [String: Any] = [
      "lang": options.language, "title": options.siteTitle, "siteTitle": options.siteTitle,
      "stylesheet": "style.css",
      "checked": checkedTotal, "failed": failedTotal, "anyFailed": failedTotal > 0,
      "notes": pages.map {
        [
          "href": $0.fileName, "title": $0.title, "checked": $0.checked.report.checks.count,
          "failed": $0.checked.report.failedCount, "anyFailed": $0.checked.report.failedCount > 0,
        ] as [String: Any]
      },
    ]
    files.append(("index.html", templates.render(indexContext, "index")))
    files.append(("style.css", templates.stylesheet))
    return files
  }

  /// Renders and writes the site, then removes pages Litmus wrote earlier
  /// for notes that are gone.
  /// - Parameter notes: The checked notes.
  /// - Returns: The paths written.
  /// - Throws: `BuildError` for a bad template; `AtomicFile.WriteError` when
  ///   a file cannot be written (files already written stay complete).
  @discardableResult
  public func build(_ notes: [CheckedNote]) throws -> [String] {
    let files = try render(notes)
    let directory = options.outputDirectory
    try Self.createDirectory(directory)
    // A link in the output directory is the user's, not a page Litmus wrote: writing
    // through it could overwrite a file outside the site (a shared stylesheet), and
    // replacing it would destroy it. Refuse before writing anything.
    for name in files.map(\.name) + [Self.manifestName] {
      let path = directory + "/" + name
      if Self.isSymbolicLink(path) {
        throw BuildError(
          description:
            "\(path) is a symbolic link; Litmus does not write through or replace links in "
            + "the output directory (remove it, or build into another directory)")
      }
    }
    var written: [String] = []
    for file in files {
      let path = directory + "/" + file.name
      let data = Data(file.contents.utf8)
      if FileBytes.read(path) != [UInt8](data) {
        try AtomicFile.write(data, to: path)
      }
      written.append(path)
    }
    let manifestPath = directory + "/" + Self.manifestName
    let previous =
      FileBytes.readText(manifestPath)?
      .split(separator: "\n").map(String.init) ?? []
    let current = Set(files.map(\.name))
    for name in previous
    where !current.contains(name) && !name.contains("/") && !name.hasPrefix(".") {
      try? FileManager.default.removeItem(atPath: directory + "/" + name)
    }
    let manifest = files.map(\.name).sorted().joined(separator: "\n") + "\n"
    try AtomicFile.write(Data(manifest.utf8), to: manifestPath)
    return written
  }

  /// Creates the output directory and its parents.
  /// - Throws: `BuildError` naming the first part of the path that is in the way
  ///   (`cannot create site/sub: site is not a directory`), or the system's reason.
  static func createDirectory(_ directory: String) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      return
    } catch {
      // Find the first component that exists but is not a directory.
      var prefix = directory.hasPrefix("/") ? "/" : ""
      for component in directory.split(separator: "/") {
        prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
        var prefixIsDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: prefix, isDirectory: &prefixIsDirectory)
        else { break }
        if !prefixIsDirectory.boolValue {
          throw BuildError(
            description: "cannot create \(directory): \(prefix) is not a directory")
        }
      }
      let reason = (error as NSError).userInfo[NSUnderlyingErrorKey].map {
        ($0 as? NSError).map { String(cString: strerror(Int32($0.code))) } ?? "\($0)"
      }
      throw BuildError(
        description: "cannot create \(directory): \(reason ?? "permission denied or read-only")")
    }
  }

  /// Whether `path` is itself a symbolic link (a broken one included).
  static func isSymbolicLink(_ path: String) -> Bool {
    (try? FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType)
      == .typeSymbolicLink
  }

  /// Points links between notes (`[next](05-cross-entropy.md#loss)`,
  /// `[back](../a.md)`) at their pages; other links are left alone.
  ///
  /// A relative link is resolved against the real directory of the linking
  /// note's source file (every symbolic link resolved), as a Markdown viewer
  /// open on that file resolves it, and the note found there is replaced by its
  /// page (all pages are at the site's root). So a note listed through a linked
  /// folder (`Notes/a/link/x.md`, `link -> ../b`) resolves `../top.md` from
  /// `Notes/b`, and a link to a note built under another spelling (`intro.md`,
  /// built as `alias.md -> intro.md`) finds that note's page. A link to a `.md`
  /// file that is not one of the notes built is left as written.
  /// - Parameters:
  ///   - html: A rendered page body.
  ///   - pageNames: Page file names by the real path of their note
  ///     (`pageNamesByPath`, made once per build rather than once per page).
  ///   - path: The linking note's source path.
  static func rewriteNoteLinks(
    _ html: String, pageNames byPath: [String: String], from path: String
  ) -> String {
    guard html.contains(".md") else { return html }
    let directory = (NoteFiles.realPath(path) as NSString).deletingLastPathComponent
    var result = ""
    var rest = Substring(html)
    while let start = rest.range(of: "href=\"") {
      result += rest[..<start.upperBound]
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(of: "\"") else { break }
      let target = String(rest[..<end])
      rest = rest[end...]
      let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
      // The renderer escaped the URL for HTML: `&amp;`, `&#x27;` and `%XX`.
      let file =
        String(parts[0]).replacingOccurrences(of: "&#x27;", with: "'")
        .replacingOccurrences(of: "&amp;", with: "&")
      let decoded = file.removingPercentEncoding ?? file
      guard decoded.hasSuffix(".md"), !decoded.contains(":"), !decoded.hasPrefix("/") else {
        result += target
        continue
      }
      // One `realpath` per link: a target reached through a link, or built under
      // another spelling, is the same note; one that does not exist is compared by name.
      if let page = byPath[NoteFiles.realPath(directory + "/" + decoded)] {
        result += page + (parts.count > 1 ? "#" + parts[1] : "")
      } else {
        result += target
      }
    }
    return result + rest
  }

  /// Each page's file name, keyed by the real path of its note
  /// (`NoteFiles.realPath`), so that every spelling of a note finds its page.
  static func pageNamesByPath(_ pages: [Page]) -> [String: String] {
    var byPath: [String: String] = [:]
    for page in pages {
      byPath[NoteFiles.realPath(page.note.path)] = page.fileName
    }
    return byPath
  }

  struct Page {
    let checked: CheckedNote
    let note: Note
    let title: String
    var fileName: String
  }

  private func orderedPages(_ notes: [CheckedNote]) -> [Page] {
    var pages: [Page] = notes.compactMap { checked in
      guard let note = checked.note else { return nil }
      let base = ((note.path as NSString).lastPathComponent as NSString).deletingPathExtension
      // The report's title shows computed inline values; it is never blank.
      let title = checked.report.title ?? (base.allSatisfy(\.isWhitespace) ? "note" : base)
      return Page(checked: checked, note: note, title: title, fileName: base)
    }
    pages.sort {
      ($0.note.frontMatter.order ?? Int.max, $0.note.path) < (
        $1.note.frontMatter.order ?? Int.max, $1.note.path
      )
    }
    // Repeated names are numbered -2, -3, …; the last number given for each name is
    // remembered, so that many notes with one name take linear time.
    var used = Set<String>(["index", "style"])
    var lastCounter: [String: Int] = [:]
    for index in pages.indices {
      let base = Self.safeFileName(pages[index].fileName)
      var name = base
      var counter = lastCounter[base] ?? 1
      while used.contains(name) {
        counter += 1
        name = base + "-\(counter)"
      }
      lastCounter[base] = counter
      used.insert(name)
      pages[index].fileName = name + ".html"
    }
    return pages
  }

  /// A file name made of letters, digits, `-`, `_` and `.` only.
  private static func safeFileName(_ name: String) -> String {
    let mapped = name.unicodeScalars.map { scalar -> Character in
      let ok =
        CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII
        || scalar == "-" || scalar == "_" || scalar == "."
      return ok ? Character(scalar) : "-"
    }
    let result = String(mapped).trimmingCharacters(in: CharacterSet(charactersIn: ".-"))
    return result.isEmpty ? "note" : result
  }

  private struct Templates {
    let library: MustacheLibrary
    let stylesheet: String

    func render(_ context: [String: Any], _ name: String) -> String {
      library.render(context, withTemplate: name) ?? ""
    }
  }

  private func loadTemplates() throws -> Templates {
    if let directory = options.templateDirectory {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
        throw BuildError(description: "template directory \(directory): no such directory")
      }
      guard isDirectory.boolValue else {
        throw BuildError(description: "template directory \(directory): is not a directory")
      }
    }
    func source(_ name: String, default fallback: String) throws -> String {
      guard let directory = options.templateDirectory else { return fallback }
      let path = directory + "/" + name
      guard FileManager.default.fileExists(atPath: path) else { return fallback }
      guard let bytes = FileBytes.read(path) else {
        throw BuildError(description: "cannot read template \(path)")
      }
      let text = String(decoding: bytes, as: UTF8.self)
      guard text.utf8.elementsEqual(bytes) else {
        throw BuildError(description: "cannot read template \(path): it is not UTF-8")
      }
      return text
    }
    func template(_ name: String, default fallback: String) throws -> MustacheTemplate {
      let text = try source(name, default: fallback)
      do {
        return try MustacheTemplate(string: text)
      } catch {
        var path = "built-in \(name)"
        if let directory = options.templateDirectory,
          FileManager.default.fileExists(atPath: directory + "/" + name)
        {
          path = directory + "/" + name
        }
        throw BuildError(
          description: TemplateSyntaxMessage.make(for: error, text: text, path: path))
      }
    }
    let library = MustacheLibrary(templates: [
      "header": try template("header.mustache", default: DefaultTemplates.header),
      "page": try template("page.mustache", default: DefaultTemplates.page),
      "index": try template("index.mustache", default: DefaultTemplates.index),
    ])
    return Templates(
      library: library, stylesheet: try source("style.css", default: DefaultStylesheet.css))
  }
}

/// Options for ``NoteParser``.
public struct ParseOptions: Sendable, Hashable {
  /// Whether math (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`) is taken out before Markdown parsing.
  public var math: Bool
  /// Whether a `---` block at the very top is read as YAML front matter.
  ///
  /// Turn it off only to read plain CommonMark (the CommonMark spec starts documents with
  /// `---` thematic breaks); notes always have it on.
  public var frontMatter: Bool
  /// The most Markdown elements (cmark nodes: blocks, inlines, text runs, math spans) one
  /// note may have; a note with more is refused with a positioned ``MarkdownError``.
  ///
  /// The default, 200,000, is about forty times the largest course note seen and keeps
  /// every command on a note within Litmus's bounds (20 s of CPU, 1 GiB) even in a debug
  /// build: each element costs about a kilobyte and several microseconds through
  /// parsing, evaluation and rendering, so a 10 MB note made only of headings or inline
  /// code (two million elements) would take minutes and gigabytes.
  public var maximumElements: Int
  /// The largest note, in bytes; a longer one is refused with a positioned
  /// ``MarkdownError`` at its first byte past the limit, before any parsing.
  ///
  /// The default, 16 MiB, is over six hundred times the longest textbook chapter in the
  /// test corpus; it bounds what is read of a file named `.md` (a binary file, a disk
  /// image) and the copies of the text that parsing makes.
  public var maximumBytes: Int
  /// The most places where markup can start (line ends, cmark's special characters,
  /// container markers) one note may have; a denser note is refused with a positioned
  /// ``MarkdownError`` before libcmark parses it.
  ///
  /// Each such place makes at most a few cmark nodes of about 250 bytes each, so the
  /// default, 500,000, bounds what cmark allocates to a few hundred megabytes; prose has
  /// about one per twenty bytes (the d2l chapters: one per 17), so a note of ordinary text
  /// reaches it only past about 8 MB.
  public var maximumMarkup: Int

  /// The default limit on a note's size in bytes, for readers that stop early (read at
  /// most one byte more, so that a longer note is still refused).
  public static let defaultMaximumBytes = 16 * 1024 * 1024

  /// Creates options.
  /// - Parameters:
  ///   - math: Whether math is recognised (default `true`).
  ///   - frontMatter: Whether front matter is recognised (default `true`).
  ///   - maximumElements: The most Markdown elements a note may have (default 200,000).
  ///   - maximumBytes: The largest note in bytes (default 16 MiB).
  ///   - maximumMarkup: The most places where markup can start (default 500,000).
  public init(
    math: Bool = true, frontMatter: Bool = true, maximumElements: Int = 200_000,
    maximumBytes: Int = defaultMaximumBytes, maximumMarkup: Int = 500_000
  ) {
    self.math = math
    self.frontMatter = frontMatter
    self.maximumElements = maximumElements
    self.maximumBytes = maximumBytes
    self.maximumMarkup = maximumMarkup
  }
}

import Foundation
import Testing

/// Loads every page of a build of `Notes/` in headless Chromium and reads,
/// from the live DOM, that the math was laid out (non-empty boxes, no
/// `merror`), that the SVG figures and their curves and bars have non-empty
/// boxes, and that the computed results are on the page. Screenshots go to
/// `$TMPDIR/litmus-browser/` for a person to look at.
@Suite(.serialized) struct BrowserTests {
  static let chromiumPath: String? = ["chromium", "chromium-browser", "google-chrome"].lazy
    .compactMap { name in
      ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":")
        .map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }.first

  private func chromium(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.chromiumPath ?? "chromium")
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--allow-file-access-from-files",
        "--no-first-run", "--disable-dev-shm-usage",
      ] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  @Test(
    .enabled(
      if: chromiumPath != nil, "chromium is not installed (make test installs it with apt-get)"))
  func everyPageRendersItsMathAndResults() throws {
    let site = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: site) }
    _ = try LitmusBinary.run(["build", "Notes", "--output", site.path])
    let pages = try FileManager.default.contentsOfDirectory(atPath: site.path)
      .filter { $0.hasSuffix(".html") && $0 != "index.html" }.sorted()
    #expect(!pages.isEmpty)
    let shots = FileManager.default.temporaryDirectory.appendingPathComponent("litmus-browser")
    try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
    let harness = site.appendingPathComponent("harness.html")
    try Data(Self.harness(for: pages).utf8).write(to: harness)
    let dom = try chromium(["--virtual-time-budget=10000", "--dump-dom", harness.absoluteString])
    let measured = try #require(Self.result(in: dom), "the harness reported nothing")
    var totalMath = 0
    var totalFigures = 0
    for page in pages {
      let figures = try #require(measured[page], "no measurement for \(page)")
      #expect(figures["zeroSized"] == 0, "\(page): math laid out with an empty box")
      #expect(figures["merror"] == 0, "\(page): merror in MathML")
      #expect(figures["results"] ?? 0 > 0, "\(page): no computed results")
      #expect(figures["failed"] == 0, "\(page): failed verdicts")
      totalMath += figures["math"] ?? 0
      #expect(figures["figureZeroSized"] == 0, "\(page): an SVG figure laid out with an empty box")
      #expect(figures["figureEmptyMarks"] == 0, "\(page): an SVG curve or bar with an empty box")
      totalFigures += figures["figures"] ?? 0
    }
    #expect(totalMath > 50)
    // Notes 2, 3, 4 and 5 draw the exponential, softmax bars, the Jacobian and −log p.
    #expect(totalFigures >= 6)
    let figurePages = pages.filter { (measured[$0]?["figures"] ?? 0) > 0 }.prefix(1)
    for page in ["index.html", pages[pages.count / 2]] + figurePages {
      _ = try chromium([
        "--window-size=1280,2400",
        "--screenshot=\(shots.appendingPathComponent(page + ".png").path)",
        site.appendingPathComponent(page).absoluteString,
      ])
      #expect(
        FileManager.default.fileExists(atPath: shots.appendingPathComponent(page + ".png").path))
    }
  }

  @Test(
    .enabled(
      if: chromiumPath != nil, "chromium is not installed (make test installs it with apt-get)"))
  func aNarrowPageDoesNotScrollSidewaysAndDisplayMathInPhrasingStaysPut() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let terms = (1...30).map { "a_{\($0)}" }.joined(separator: " + ")
    let note = """
      # Wide

      Inline $\(terms)$ math, a word \(String(repeating: "x", count: 120)), a URL \
      https://example.com/\(String(repeating: "long/", count: 30)), and code \
      `\(String(repeating: "y", count: 120))`.

      ## A $$x$$ b

      [link $$y$$ text](https://e.com) and *emph $$z$$ more*; A $$v$$ b.

      ## C
      """
    try Data(note.utf8).write(to: directory.appendingPathComponent("wide.md"))
    let site = directory.appendingPathComponent("site")
    _ = try LitmusBinary.run(["build", "wide.md", "--output", site.path], directory: directory)
    let harness = site.appendingPathComponent("harness.html")
    try Data(
      """
      <!DOCTYPE html><html><body>
      <iframe src="wide.html" style="width:420px;height:900px"></iframe>
      <script>
      window.addEventListener('load', () => {
        const d = document.querySelector('iframe').contentDocument;
        const out = { overflow: d.documentElement.scrollWidth - d.documentElement.clientWidth,
          blocksInPhrasing: d.querySelectorAll('h2 div, a div, em div, p div, p p').length,
          mathInHeading: d.querySelectorAll('h2 math').length,
          mathInLinks: d.querySelectorAll('a math').length };
        const p = document.createElement('pre'); p.id = 'measured';
        p.textContent = JSON.stringify({ 'wide.html': out });
        document.body.appendChild(p);
      });
      </script></body></html>
      """.utf8
    ).write(to: harness)
    let dom = try chromium(["--virtual-time-budget=10000", "--dump-dom", harness.absoluteString])
    let measured = try #require(Self.result(in: dom)?["wide.html"], "the harness reported nothing")
    #expect(measured["overflow"] == 0, "the page scrolls sideways at 420 px")
    #expect(measured["blocksInPhrasing"] == 0)
    // In the heading itself and in its contents entry; in the link of the body and the entry.
    #expect(measured["mathInHeading"] == 1)
    #expect(measured["mathInLinks"] == 2)
  }

  /// A page that loads every note page in a frame, measures each, and
  /// writes the figures into its own DOM for `--dump-dom`.
  static func harness(for pages: [String]) -> String {
    let frames = pages.map { "<iframe src=\"\($0)\" style=\"width:1200px;height:900px\"></iframe>" }
    return """
      <!DOCTYPE html><html><body>\(frames.joined(separator: "\n"))
      <script>
      window.addEventListener('load', () => {
        const out = {};
        for (const frame of document.querySelectorAll('iframe')) {
          const d = frame.contentDocument;
          const maths = [...d.querySelectorAll('math')];
          const zero = maths.filter(m => { const r = m.getBoundingClientRect(); return r.width <= 0 || r.height <= 0; });
          const svgs = [...d.querySelectorAll('svg.litmus-figure')];
          const flat = svgs.filter(s => { const r = s.getBoundingClientRect(); return r.width <= 0 || r.height <= 0; });
          const marks = svgs.flatMap(s => [...s.querySelectorAll('path, rect[style]')]);
          const emptyMarks = marks.filter(m => { const b = m.getBBox(); return m.tagName === 'path'
            ? (b.width <= 0 && b.height <= 0) : (b.width <= 0); });
          out[frame.getAttribute('src')] = { math: maths.length, zeroSized: zero.length,
            merror: d.querySelectorAll('merror').length, results: d.querySelectorAll('.result').length,
            failed: d.querySelectorAll('.failed').length, figures: svgs.length,
            figureZeroSized: flat.length, figureEmptyMarks: emptyMarks.length };
        }
        const p = document.createElement('pre'); p.id = 'measured'; p.textContent = JSON.stringify(out);
        document.body.appendChild(p);
      });
      </script></body></html>
      """
  }

  static func result(in dom: String) -> [String: [String: Int]]? {
    guard let start = dom.range(of: "<pre id=\"measured\">"),
      let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex)
    else { return nil }
    let json = Data(dom[start.upperBound..<end.lowerBound].utf8)
    return try? JSONSerialization.jsonObject(with: json) as? [String: [String: Int]]
  }
}

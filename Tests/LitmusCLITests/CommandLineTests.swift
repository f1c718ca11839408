import Foundation
import Testing

@Suite struct CommandLineTests {
  private let fixtures = LitmusBinary.packageRoot.appendingPathComponent(
    "Tests/LitmusTests/Fixtures/check")

  @Test func evalPrintsSoftmaxOfTheCounts() throws {
    let run = try LitmusBinary.run(["eval", "-"], input: "softmax([3, 3, 4])\n")
    #expect(run.output == "[0.211942, 0.211942, 0.576117]\n")
    #expect(run.status == 0)
  }

  @Test func evalPrecisionAndJSONLines() throws {
    let run = try LitmusBinary.run(
      ["eval", "--json", "let v: Vector = [1, 2]", "v.sum()", "log(v)", "v[7]"])
    let lines = run.output.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines.first == "3.0" || lines.first == "3")
    #expect(lines.last?.hasPrefix("{\"error\": ") == true)
    #expect(run.status == 1)
    let precise = try LitmusBinary.run(["eval", "--precision", "17", "0.1 + 0.2"])
    #expect(precise.output == "0.30000000000000004\n")
  }

  @Test func evalNumbersItsArgumentsAsConsecutiveLines() throws {
    let run = try LitmusBinary.run(["eval", "let e: Vector = []", "let x = e.max()", "x"])
    #expect(
      run.error
        == "2:9: error: empty vector has no max\n3:1: error: depends on `x`, which failed at line 2\n"
    )
    let json = try LitmusBinary.run(["eval", "--json", "1", "v[7]"])
    #expect(json.output.hasSuffix("\"line\": 2, \"column\": 1}\n"))
  }

  @Test func checkExitCodes() throws {
    #expect(
      try LitmusBinary.run(["check", fixtures.appendingPathComponent("clean.md").path]).status == 0)
    let planted = try LitmusBinary.run([
      "check", fixtures.appendingPathComponent("planted.md").path,
    ])
    #expect(planted.status == 1)
    #expect(planted.output.hasSuffix("11 passed, 14 failed\n"))
    let missing = try LitmusBinary.run(["check", "no/such/note.md"])
    #expect(missing.status == 2)
    #expect(missing.error.contains("no such file or directory: no/such/note.md"))
    #expect(try LitmusBinary.run(["check", "--format", "yaml"]).status == 2)
    #expect(try LitmusBinary.run(["frobnicate"]).status == 2)
  }

  @Test func unreadableNoteStillLetsOthersBeChecked() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data([0x23, 0xFF, 0x0A]).write(to: directory.appendingPathComponent("a-binary.md"))
    try Data("```swift example\n1 + 1\n// => 3\n```\n".utf8).write(
      to: directory.appendingPathComponent("b.md"))
    let run = try LitmusBinary.run(["check", directory.path])
    #expect(run.status == 2)
    #expect(run.output.contains("b.md:3:7: error: stated 3, computed 2"))
    #expect(run.output.contains("a-binary.md:1:2: error: invalid utf-8 at byte 1"))
  }

  @Test func noColourWhenNotATerminalOrWithNO_COLOR() throws {
    let path = fixtures.appendingPathComponent("crlf.md").path
    let run = try LitmusBinary.run(["check", path], environment: ["NO_COLOR": "1"])
    #expect(!run.output.contains("\u{1B}["))
  }

  @Test func junitFileIsWritten() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("report.xml").path
    _ = try LitmusBinary.run([
      "check", fixtures.appendingPathComponent("crlf.md").path, "--junit", file,
    ])
    let xml = try String(contentsOfFile: file, encoding: .utf8)
    #expect(xml.contains("<testsuites name=\"litmus\" tests=\"3\" failures=\"2\">"))
  }

  @Test func anUnwritableJUnitFileIsOneLineWithoutARepeatedPrefix() throws {
    let run = try LitmusBinary.run([
      "check", fixtures.appendingPathComponent("clean.md").path, "--junit",
      "/nonexistent-litmus/x.xml",
    ])
    #expect(run.status == 2)
    #expect(
      run.error == "litmus: cannot write /nonexistent-litmus/x.xml: No such file or directory\n")
  }

  @Test func buildNamesTheFileInTheWayOfTheOutputDirectory() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data("x".utf8).write(to: directory.appendingPathComponent("afile"))
    let run = try LitmusBinary.run(
      ["build", fixtures.appendingPathComponent("clean.md").path, "-o", "afile/sub"],
      directory: directory)
    #expect(run.status == 2)
    #expect(run.error == "litmus: cannot create afile/sub: afile is not a directory\n")
  }

  @Test func buildRejectsAMissingTemplateDirectory() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try LitmusBinary.run(
      [
        "build", fixtures.appendingPathComponent("clean.md").path, "-o", "site", "--template",
        "nosuchdir",
      ], directory: directory)
    #expect(run.status == 2)
    #expect(run.error == "litmus: template directory nosuchdir: no such directory\n")
  }

  @Test func fixDryRunChangesNothingAndFixRepairs() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let note = directory.appendingPathComponent("crlf.md")
    let original = try Data(contentsOf: fixtures.appendingPathComponent("crlf.md"))
    try original.write(to: note)
    let dry = try LitmusBinary.run(["fix", "--dry-run", note.path])
    #expect(dry.output.contains("-// => 4\r\n+// => 3\r\n") || dry.output.contains("+// => 3"))
    #expect(try Data(contentsOf: note) == original)
    let fix = try LitmusBinary.run(["fix", note.path])
    #expect(fix.status == 0)
    #expect(try LitmusBinary.run(["check", note.path]).status == 0)
    #expect(try LitmusBinary.run(["fix", note.path]).error.contains("fixed 0 stated values"))
  }

  @Test func buildWritesPagesAndExitsOneOnFailures() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let run = try LitmusBinary.run([
      "build", fixtures.appendingPathComponent("planted.md").path, "--output", directory.path,
    ])
    #expect(run.status == 1)
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(files == [".litmus-manifest", "index.html", "planted.html", "style.css"])
  }

  @Test func frontMatterErrorIsReportedAndTheNoteIsStillCheckedBuiltAndFixed() throws {
    let directory = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let notes = directory.appendingPathComponent("notes")
    let site = directory.appendingPathComponent("site")
    try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
    let note = notes.appendingPathComponent("fm.md")
    let good = "---\ntitle: T\n---\n# T\n\n```swift example\n1 + 1\n// => 3\n```\n"
    try Data(good.utf8).write(to: note)
    #expect(try LitmusBinary.run(["build", notes.path, "--output", site.path]).status == 1)
    // The same note with an unknown key: reported, and everything else as before.
    let bad = good.replacing("title: T\n", with: "title: T\nauthor: me\n")
    try Data(bad.utf8).write(to: note)
    let check = try LitmusBinary.run(["check", note.path])
    #expect(check.status == 1)
    #expect(check.output.contains("fm.md:3:1: error: unknown front matter key `author`"))
    #expect(check.output.contains("fm.md:9:7: error: stated 3, computed 2"))
    let build = try LitmusBinary.run(["build", notes.path, "--output", site.path])
    #expect(build.status == 1)
    let page = try String(contentsOf: site.appendingPathComponent("fm.html"), encoding: .utf8)
    #expect(page.contains("unknown front matter key `author`"))
    let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains("href=\"fm.html\""))
    let fix = try LitmusBinary.run(["fix", note.path])
    #expect(fix.status == 1)
    #expect(
      try String(contentsOf: note, encoding: .utf8) == bad.replacing("// => 3", with: "// => 2"))
  }

  @Test func renderReportsFailuresOnStandardErrorAndExitsOne() throws {
    let run = try LitmusBinary.run(["render", "-"], input: "`1 + 1 => 3`\n")
    #expect(run.status == 1)
    #expect(run.output.hasPrefix("<p><span class=\"inline-check failed\""))
    #expect(run.error == "<stdin>:1:11: error: stated 3, computed 2\n    1 + 1\n")
    let clean = try LitmusBinary.run(["render", "-"], input: "`1 + 1 => 2`\n")
    #expect(clean.status == 0)
    #expect(clean.error.isEmpty)
  }

  @Test func renderPrintsAFragment() throws {
    let run = try LitmusBinary.run(["render", "-"], input: "# Hi\n\n$x^2$ and <b>raw</b>\n")
    #expect(run.output.hasPrefix("<h1>Hi</h1>\n<p><math"))
    #expect(run.output.contains("<!-- raw HTML omitted -->"))
    let unsafe = try LitmusBinary.run(
      ["render", "--no-math", "--unsafe-html", "-"], input: "$x$ <b>raw</b>\n")
    #expect(unsafe.output == "<p>$x$ <b>raw</b></p>\n")
  }
}

/// `litmus render --no-math --unsafe-html -` as a user runs it, on a sample
/// of the CommonMark spec (every example runs in-process in LitmusTests).
@Suite struct RenderConformanceTests {
  struct Example: Decodable {
    let example: Int
    let markdown: String
    let html: String
  }

  @Test func everyTwentiethSpecExampleRendersLikeCmark() throws {
    let url = LitmusBinary.packageRoot.appendingPathComponent(
      "Tests/LitmusTests/Fixtures/commonmark/spec-0.30-examples.json")
    let examples = try JSONDecoder().decode([Example].self, from: Data(contentsOf: url))
    for example in examples where example.example % 20 == 1 {
      let run = try LitmusBinary.run(
        ["render", "--no-math", "--unsafe-html", "-"], input: example.markdown)
      #expect(run.output == example.html, "example \(example.example)")
    }
  }
}

/// `litmus check --compile` from the command line, on a small note.
@Suite struct CompileCommandTests {
  @Test func compileModeAgreesOnACleanNote() throws {
    let note = LitmusBinary.packageRoot.appendingPathComponent(
      "Tests/LitmusTests/Fixtures/check/clean.md")
    let run = try LitmusBinary.run(["check", "--compile", note.path])
    #expect(run.status == 0, "\(run.output)\(run.error)")
    #expect(run.output.hasSuffix("3 passed, 0 failed\n"))
  }

  @Test func missingToolchainIsAClearUsageError() throws {
    let note = LitmusBinary.packageRoot.appendingPathComponent(
      "Tests/LitmusTests/Fixtures/check/clean.md")
    let run = try LitmusBinary.run(
      ["check", "--compile", note.path], environment: ["SWIFTC": "/nonexistent/swiftc"])
    #expect(run.status == 2)
    #expect(run.error.contains("swift"))
  }
}

/// An installed `litmus` (binary in `PREFIX/bin`, library sources in
/// `PREFIX/share/litmus`, as `make install` lays them out) compiles examples
/// from any directory.
@Suite struct InstalledCompileTests {
  @Test func installedBinaryFindsTheLibrarySources() throws {
    let prefix = try LitmusBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: prefix) }
    let manager = FileManager.default
    try manager.createDirectory(
      at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
    let share = prefix.appendingPathComponent("share/litmus")
    try manager.createDirectory(at: share, withIntermediateDirectories: true)
    try manager.copyItem(
      atPath: LitmusBinary.path, toPath: prefix.appendingPathComponent("bin/litmus").path)
    for module in ["LitmusMath", "LitmusPlot"] {
      try manager.copyItem(
        at: LitmusBinary.packageRoot.appendingPathComponent("Sources/\(module)"),
        to: share.appendingPathComponent(module))
    }
    let note = prefix.appendingPathComponent("note.md")
    try Data("```swift example\nsoftmax([3, 3, 4])\n// => [0.2119, 0.2119, 0.5761]\n```\n".utf8)
      .write(to: note)
    let process = Process()
    process.executableURL = prefix.appendingPathComponent("bin/litmus")
    process.arguments = ["check", "--compile", note.path]
    process.currentDirectoryURL = prefix
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.hasSuffix("1 passed, 0 failed\n"))
  }
}

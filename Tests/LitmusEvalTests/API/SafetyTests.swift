import LitmusEval
import Testing

/// No name reaches files, processes, the network, the environment or `import`.
@Suite struct SafetyTests {
  @Test(arguments: [
    "FileManager.default.removeItem(atPath: \"/tmp/x\")",
    "Process()",
    "open(\"/etc/passwd\", 0)",
    "system(\"rm -rf /\")",
    "URL(string: \"https://example.com\")",
    "exit(1)",
    "fopen(\"/etc/passwd\", \"r\")",
    "getenv(\"HOME\")",
    "ProcessInfo.processInfo.environment",
    "String(contentsOfFile: \"/etc/passwd\")",
    "Data(contentsOf: URL(fileURLWithPath: \"/\"))",
    "print(1)",
    "fatalError()",
    "dlopen(nil, 0)",
    "Thread.sleep(forTimeInterval: 100)",
    "readLine()",
  ])
  func dangerousNamesAreUnknown(source: String) {
    let error = firstError(source)
    #expect(error?.kind == .unknownName)
    #expect(error?.location == SourceLocation(line: 1, column: 1))
  }

  @Test(arguments: ["import Foundation", "import Glibc", "@testable import LitmusMath"])
  func importsAreRejected(source: String) {
    let error = firstError(source)
    #expect(error?.kind == .unsupported)
    #expect(error?.message == "imports are not supported in examples")
  }

  @Test func macrosAndCompilerDirectivesAreRejected() {
    #expect(firstError("#file")?.kind == .unsupported)
    #expect(firstError("#if os(Linux)\nlet x = 1\n#endif")?.kind == .unsupported)
  }

  @Test func stringInterpolationIsRejected() {
    #expect(
      firstError("let x = 1\n\"\\(x)\"")?.message
        == "string interpolation is not supported in examples")
  }

  @Test func closuresCannotBeStoredToSmuggleCode() {
    #expect(firstError("let f = { (x: Double) in x }")?.kind == .unsupported)
  }
}

import Foundation

/// Writing to the terminal: standard output and error, colour detection.
enum Output {
  /// Writes text to standard output.
  static func print(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes a line to standard error.
  static func error(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }

  /// Colour only on a terminal, and never when `NO_COLOR` is set.
  static var useColor: Bool {
    ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
      && isatty(STDOUT_FILENO) == 1
  }
}

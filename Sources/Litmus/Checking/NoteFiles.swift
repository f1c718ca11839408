import Foundation

/// Finds the notes named on a command line: files as given, directories
/// searched recursively for `*.md`, sorted by path.
public enum NoteFiles {
  /// A path that names no readable file or directory.
  public struct Missing: Error, Hashable, Sendable {
    /// The path as given.
    public let path: String
  }

  /// The note files under the given paths.
  /// - Parameter paths: Files and directories; empty means `Notes`.
  /// - Returns: The note paths in order, and the paths that do not exist.
  public static func collect(_ paths: [String]) -> (files: [String], missing: [Missing]) {
    let manager = FileManager.default
    var files: [String] = []
    var missing: [Missing] = []
    for path in paths.isEmpty ? ["Notes"] : paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        missing.append(Missing(path: path))
        continue
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      var found: [String] = []
      if let enumerator = manager.enumerator(atPath: path) {
        while let relative = enumerator.nextObject() as? String {
          guard relative.hasSuffix(".md"),
            !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") })
          else { continue }
          let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
          var childIsDirectory: ObjCBool = false
          if manager.fileExists(atPath: full, isDirectory: &childIsDirectory),
            !childIsDirectory.boolValue
          {
            found.append(full)
          }
        }
      }
      files += found.sorted()
    }
    var seen = Set<String>()
    return (files.filter { seen.insert($0).inserted }, missing)
  }
}

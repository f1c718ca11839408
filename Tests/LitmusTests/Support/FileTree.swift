import Foundation

/// Directory trees for tests of note discovery and links between notes.
enum FileTree {
  /// A fresh temporary directory holding `files` (path → contents) and symbolic `links`
  /// (path → destination, as written into the link), parent folders created as needed.
  /// - Returns: The directory's path; the caller removes it.
  static func make(files: [String: String], links: [String: String] = [:]) throws -> String {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("litmus-tree-\(UUID().uuidString)").path
    func parent(of path: String) throws {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    }
    for (path, contents) in files {
      let full = root + "/" + path
      try parent(of: full)
      try Data(contents.utf8).write(to: URL(fileURLWithPath: full))
    }
    for (path, destination) in links {
      let full = root + "/" + path
      try parent(of: full)
      try FileManager.default.createSymbolicLink(atPath: full, withDestinationPath: destination)
    }
    return root
  }
}

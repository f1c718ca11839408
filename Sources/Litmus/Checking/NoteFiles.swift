import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Finds the notes named on a command line: files as given, directories
/// searched recursively for `*.md`, sorted by path.
///
/// Symbolic links are followed, on the command line and inside directories: a
/// linked file is read through its link, a linked directory is searched. Each
/// real directory is searched once, and a link to the directory it is in or to
/// one above it (a loop) is not followed, so the search never loops nor leaves
/// the directory named through such a link. Each note is listed once, under
/// the first spelling that reaches it (`a.md`, `./a.md`, `dir//a.md` and a link
/// to `a.md` are one note), so it is checked, counted, fixed and built once.
/// Names starting with `.` are skipped inside directories. A `*.md` link that
/// leads nowhere (broken, or a loop of links) is listed, so that reading it
/// reports it as unreadable instead of skipping it silently.
public enum NoteFiles {
  /// A path that names no readable file or directory.
  public struct Missing: Error, Hashable, Sendable {
    /// The path as given.
    public let path: String
  }

  /// The note files under the given paths.
  /// - Parameter paths: Files and directories; empty means `Notes`.
  /// - Returns: The note paths in order (each real file once, under its first
  ///   spelling), and the paths that do not exist.
  public static func collect(_ paths: [String]) -> (files: [String], missing: [Missing]) {
    var files: [String] = []
    var missing: [Missing] = []
    var searchedDirectories = Set<String>()
    for path in paths.isEmpty ? ["Notes"] : paths {
      switch kind(of: path) {
      case .missing:
        missing.append(Missing(path: path))
      case .file:
        files.append(path)
      case .directory:
        files += notes(under: path, searchedDirectories: &searchedDirectories).sorted()
      }
    }
    var seen = Set<String>()
    return (files.filter { seen.insert(realPath($0)).inserted }, missing)
  }

  /// The real path of `path`: absolute, every link resolved. A path that cannot be
  /// resolved (a broken link, a file that does not exist) gives its absolute
  /// spelling with `.`, `..` and empty components removed by name. A path holding
  /// a NUL byte (a link target `%00`) names no file: it is never cut short at the
  /// NUL and resolved to another file's path.
  /// - Parameter path: A path.
  /// - Returns: The path that names the same file for every spelling of it.
  public static func realPath(_ path: String) -> String {
    if !path.utf8.contains(0), let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    let absolute =
      path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var components: [Substring] = []
    for component in absolute.split(separator: "/") {
      switch component {
      case ".": continue
      case "..": _ = components.popLast()
      default: components.append(component)
      }
    }
    return "/" + components.joined(separator: "/")
  }

  private enum Kind {
    case missing, file, directory
  }

  /// What `path` is once links are followed.
  private static func kind(of path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    return (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file
  }

  /// Whether `path` itself (not what it leads to) exists: true for a broken link.
  private static func linkExists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// The `*.md` files under `directory`, following links, each real directory once.
  private static func notes(under directory: String, searchedDirectories: inout Set<String>)
    -> [String]
  {
    var found: [String] = []
    var pending = [directory]
    while let current = pending.popLast() {
      let currentReal = realPath(current)
      guard searchedDirectories.insert(currentReal).inserted,
        let names = try? FileManager.default.contentsOfDirectory(atPath: current)
      else { continue }
      var directories: [String] = []
      for name in names.sorted() where !name.hasPrefix(".") {
        let full = current.hasSuffix("/") ? current + name : current + "/" + name
        switch kind(of: full) {
        case .directory:
          // A link back to this directory or one above it is a loop: it would search
          // outside the directory named, so it is not followed (as `find -L` does).
          let real = realPath(full)
          if currentReal == real || currentReal.hasPrefix(real == "/" ? "/" : real + "/") {
            continue
          }
          directories.append(full)
        case .file:
          if name.hasSuffix(".md") { found.append(full) }
        case .missing:
          if name.hasSuffix(".md"), linkExists(full) { found.append(full) }
        }
      }
      // The first name is searched first, so it is the spelling a linked directory keeps.
      pending += directories.reversed()
    }
    return found
  }
}

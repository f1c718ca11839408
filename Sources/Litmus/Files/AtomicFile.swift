import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that a reader, or a crash, only ever sees the old
/// contents or the new ones: the data goes to a temporary file beside the
/// target, is flushed to disk, and is renamed over it.
///
/// A process killed between creating the temporary file and renaming it leaves
/// the temporary file behind (`.NAME.litmus-PID-RANDOM.tmp`, hidden). The first
/// write into a directory removes such files whose process is gone (see
/// ``removeAbandonedTemporaries(in:)``), so a killed run's leftovers last only
/// until the next run writes there.
///
/// A symbolic link is written through: the file it leads to (through every link) is
/// replaced, with the temporary file beside that file, so the link stays a link and
/// keeps pointing at the new contents, as `echo … > link` would leave it.
public enum AtomicFile {
  /// Directories this process has already swept for abandoned temporary files.
  private static let sweptDirectories = Mutex<Set<String>>([])

  /// Why a write failed.
  public struct WriteError: Error, CustomStringConvertible, LocalizedError {
    /// The target path.
    public let path: String
    /// The system's reason.
    public let reason: String

    /// `cannot write PATH: REASON`.
    public var description: String { "cannot write \(path): \(reason)" }
    /// The same as `description`.
    public var errorDescription: String? { description }
  }

  /// Replaces the file at `path` with `data`, atomically.
  ///
  /// The file keeps its permissions when it existed (new files get 0644). When `path`
  /// is a symbolic link, the file it leads to is replaced (or created, for a link to
  /// a file that does not exist yet), not the link.
  /// - Parameters:
  ///   - data: The new contents.
  ///   - requestedPath: The file to replace or create.
  /// - Throws: `WriteError` with the system's reason; the old file is intact.
  public static func write(_ data: Data, to requestedPath: String) throws {
    let path = try target(of: requestedPath)
    let directory = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    let firstVisit = sweptDirectories.withLock { $0.insert(directory).inserted }
    if firstVisit { removeAbandonedTemporaries(in: directory.isEmpty ? "." : directory) }
    let temporary =
      (directory.isEmpty ? "" : directory + "/")
      + ".\(name).litmus-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
    var mode: mode_t = 0o644
    var info = stat()
    if stat(path, &info) == 0 { mode = info.st_mode & 0o7777 }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_TRUNC, mode)
    guard descriptor >= 0 else {
      throw WriteError(path: requestedPath, reason: String(cString: strerror(errno)))
    }
    var failure: String?
    data.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let result = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          failure = String(cString: strerror(errno))
          return
        }
        written += result
      }
    }
    if failure == nil, fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
    if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
    if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
    if let failure {
      unlink(temporary)
      throw WriteError(path: requestedPath, reason: failure)
    }
  }

  /// The file that writing to `path` replaces: `path` itself, or, while it is a
  /// symbolic link, what the link leads to (a relative link read against the link's
  /// directory).
  /// - Parameter path: The path to write.
  /// - Returns: The path of the file to replace.
  /// - Throws: `WriteError` for more than 40 links in a row (a loop of links).
  static func target(of path: String) throws -> String {
    var current = path
    for _ in 0..<40 {
      var info = stat()
      guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
        let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current)
      else { return current }
      let directory = (current as NSString).deletingLastPathComponent
      current =
        destination.hasPrefix("/") || directory.isEmpty
        ? destination : directory + "/" + destination
    }
    throw WriteError(path: path, reason: "too many levels of symbolic links")
  }

  /// Removes the temporary files that killed Litmus processes left in `directory`:
  /// hidden files named `.NAME.litmus-PID-RANDOM.tmp` whose process no longer
  /// exists. Files of running processes, and every other file, are left alone;
  /// errors are ignored (the sweep is housekeeping, never a reason to fail).
  /// - Parameter directory: The directory to sweep (not its subdirectories).
  /// - Returns: The names removed.
  @discardableResult
  public static func removeAbandonedTemporaries(in directory: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return []
    }
    var removed: [String] = []
    for name in names {
      guard let pid = temporaryOwner(name), pid != getpid(), !isRunning(pid) else { continue }
      if unlink(directory + "/" + name) == 0 { removed.append(name) }
    }
    return removed
  }

  /// The process id in a temporary file name `.NAME.litmus-PID-RANDOM.tmp`, or nil
  /// when `name` is not one.
  static func temporaryOwner(_ name: String) -> pid_t? {
    guard name.hasPrefix("."), name.hasSuffix(".tmp"),
      let marker = name.range(of: ".litmus-", options: .backwards)
    else { return nil }
    let fields = name[marker.upperBound...].dropLast(4).split(
      separator: "-", omittingEmptySubsequences: false)
    guard fields.count == 2, let pid = pid_t(fields[0]), pid > 0, UInt32(fields[1]) != nil else {
      return nil
    }
    return pid
  }

  /// Whether a process with this id exists (one we may not signal still exists).
  private static func isRunning(_ pid: pid_t) -> Bool {
    kill(pid, 0) == 0 || errno == EPERM
  }

  private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int)
    -> Int
  {
    #if canImport(Glibc)
      return Glibc.write(descriptor, bytes, count)
    #else
      return Darwin.write(descriptor, bytes, count)
    #endif
  }
}

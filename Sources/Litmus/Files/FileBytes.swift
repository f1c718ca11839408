import LitmusMarkdown

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files with `open` and `read`.
///
/// Foundation's `FileManager.contents(atPath:)` and `Data(contentsOf:)` leak their
/// 4 KiB read buffer when a file reports size 0 or a read fails (LeakSanitizer finds
/// it when reading `/proc/self/mem` or an empty file, in Swift 6.3's
/// FoundationEssentials), so Litmus reads notes, templates and tool output here.
public enum FileBytes {
  /// The contents of the file at `path`, or nil when it cannot be opened or read to
  /// the end (a missing file, a directory, a read error such as EIO).
  /// - Parameters:
  ///   - path: The file.
  ///   - limit: Read at most this many bytes and stop (for notes: one more than the
  ///     largest note, so that a longer file is read only far enough to be refused, and a
  ///     huge file named `.md` is never loaded whole).
  /// - Returns: Its bytes, or its first `limit` bytes.
  public static func read(_ path: String, limit: Int = .max) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    // The size is a hint (files in /proc report 0, a file may grow): read until the end.
    var capacity = 64 * 1024
    if fstat(descriptor, &info) == 0, info.st_size > 0 {
      capacity = Int(info.st_size) + 1
    }
    capacity = max(1, min(capacity, limit))
    // Read straight into the result, so that there is one copy of the file in memory.
    var bytes = [UInt8](repeating: 0, count: capacity)
    var count = 0
    while count < limit {
      if count == bytes.count {
        bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit - count)))
      }
      let read = bytes.withUnsafeMutableBytes { buffer in
        systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if read < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if read == 0 { break }
      count += read
    }
    bytes.removeLast(bytes.count - count)
    return bytes
  }

  /// The bytes of the note at `path`, read no further than the parser's size limit
  /// allows (one byte past it, so that ``NoteParser`` refuses a longer note with a
  /// positioned error); nil when it cannot be read.
  /// - Parameter path: The note.
  /// - Returns: Its bytes, whole when it is no longer than the limit.
  public static func readNote(_ path: String) -> [UInt8]? {
    read(path, limit: ParseOptions.defaultMaximumBytes + 1)
  }

  /// The contents of the file at `path` as UTF-8 text (invalid bytes replaced), or
  /// nil when it cannot be read.
  /// - Parameter path: The file.
  /// - Returns: Its text.
  public static func readText(_ path: String) -> String? {
    read(path).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Why the file at `path` cannot be read, for a message after ``read(_:)`` failed:
  /// `cannot read this file`, followed by `: it is a broken symbolic link`, `: it is a
  /// loop of symbolic links` or `: it is a directory` when that is the reason.
  /// - Parameter path: The file.
  /// - Returns: The message.
  public static func unreadableMessage(_ path: String) -> String {
    var info = stat()
    if stat(path, &info) != 0 {
      let reason = errno
      if lstat(path, &info) == 0 {
        return "cannot read this file: it is "
          + (reason == ELOOP ? "a loop of symbolic links" : "a broken symbolic link")
      }
    } else if (info.st_mode & S_IFMT) == S_IFDIR {
      return "cannot read this file: it is a directory"
    }
    return "cannot read this file"
  }

  private static func systemRead(
    _ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int
  )
    -> Int
  {
    #if canImport(Glibc)
      return Glibc.read(descriptor, buffer, count)
    #elseif canImport(Musl)
      return Musl.read(descriptor, buffer, count)
    #else
      return Darwin.read(descriptor, buffer, count)
    #endif
  }
}

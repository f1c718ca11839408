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
  /// - Parameter path: The file.
  /// - Returns: Its bytes.
  public static func read(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    var capacity = 64 * 1024
    if fstat(descriptor, &info) == 0, info.st_size > 0 {
      capacity = Int(info.st_size) + 1
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: capacity)
    while true {
      let count = chunk.withUnsafeMutableBytes { buffer in
        systemRead(descriptor, buffer.baseAddress!, buffer.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { return bytes }
      bytes.append(contentsOf: chunk[..<count])
    }
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

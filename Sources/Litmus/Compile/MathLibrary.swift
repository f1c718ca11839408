import Foundation

/// LitmusMath (and LitmusPlot, when present) compiled as static libraries
/// and modules, ready to link generated programs against.
///
/// It is built once from LitmusMath's sources with
/// `swiftc -emit-module -emit-library -static -wmo -Onone` into a cache
/// directory named after a hash of the compiler's version, the flags and
/// every source file's path and bytes; later runs reuse it. A build goes to a
/// temporary directory that is renamed into place, so concurrent runs never
/// see half a library.
struct MathLibrary: Sendable {
  /// The directory holding `LitmusMath.swiftmodule` and `libLitmusMath.a`.
  let directory: URL
  /// Whether this call built it (`false`: it came from the cache).
  let wasBuilt: Bool
  /// The modules built, in link order: `LitmusMath`, then `LitmusPlot` when
  /// its sources sit beside LitmusMath's (`../LitmusPlot`), so that notes
  /// drawing figures compile too.
  let modules: [String]

  /// The flags the library is compiled with.
  static let flags = ["-swift-version", "6", "-Onone", "-wmo", "-parse-as-library"]

  /// Finds or builds the library.
  static func prepare(toolchain: SwiftToolchain, options: CompileOptions) throws(CompileError)
    -> MathLibrary
  {
    let sources = try locateSources(options.mathSources)
    let files = swiftFiles(in: sources)
    guard !files.isEmpty else {
      throw .mathSourcesNotFound(searched: [sources.path + " (no .swift files)"])
    }
    let plotFiles = swiftFiles(
      in: sources.deletingLastPathComponent().appendingPathComponent("LitmusPlot"))
    var modules = [(name: "LitmusMath", files: files)]
    if !plotFiles.isEmpty { modules.append(("LitmusPlot", plotFiles)) }
    let names = modules.map(\.name)
    var hash = StableHash()
    hash.combine(toolchain.version.utf8)
    hash.combine(flags.joined(separator: " ").utf8)
    for module in modules {
      hash.combine(module.name.utf8)
      for file in module.files {
        hash.combine(file.relative.utf8)
        hash.combine(FileBytes.read(file.url.path) ?? [])
      }
    }
    let cache = cacheDirectory(options.cacheDirectory)
    let target = cache.appendingPathComponent("LitmusMath-\(hash.hex)")
    let fileManager = FileManager.default
    if isComplete(target, names) {
      return MathLibrary(directory: target, wasBuilt: false, modules: names)
    }

    do {
      try fileManager.createDirectory(at: cache, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: cache.path, reason: error.localizedDescription)
    }
    let staging = cache.appendingPathComponent(".building-\(hash.hex)-\(UUID().uuidString)")
    do {
      try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: staging.path, reason: error.localizedDescription)
    }
    defer { try? fileManager.removeItem(at: staging) }
    for module in modules {
      let arguments =
        ["-emit-module", "-emit-library", "-static", "-module-name", module.name] + flags
        + [
          "-I", staging.path,
          "-emit-module-path", staging.appendingPathComponent("\(module.name).swiftmodule").path,
          "-o", staging.appendingPathComponent("lib\(module.name).a").path,
        ] + module.files.map(\.url.path)
      guard
        let outcome = ProcessRunner.run(
          toolchain.swiftc, arguments, in: staging, timeout: options.timeout)
      else { throw .noToolchain("\(toolchain.swiftc) could not be started") }
      guard outcome.succeeded else {
        let lines = (outcome.standardError + outcome.standardOutput)
          .split(separator: "\n").filter { $0.contains("error") }.prefix(10)
        let detail =
          outcome.timedOut ? "it did not finish in time" : lines.joined(separator: "\n")
        throw .libraryBuildFailed(
          "\(module.name): "
            + (detail.isEmpty ? "swiftc exited with \(outcome.status)" : detail))
      }
    }
    guard isComplete(staging, names) else {
      throw .libraryBuildFailed("swiftc wrote no library")
    }
    for name in (try? fileManager.contentsOfDirectory(atPath: staging.path)) ?? []
    where !isProduct(name) {
      try? fileManager.removeItem(at: staging.appendingPathComponent(name))
    }
    do {
      try fileManager.moveItem(at: staging, to: target)
    } catch {
      // Another run may have finished the same build first.
      guard isComplete(target, names) else {
        throw .cannotWrite(path: target.path, reason: error.localizedDescription)
      }
    }
    return MathLibrary(directory: target, wasBuilt: true, modules: names)
  }

  private static func isProduct(_ name: String) -> Bool {
    name.hasPrefix("Litmus") || (name.hasPrefix("libLitmus") && name.hasSuffix(".a"))
  }

  private static func isComplete(_ directory: URL, _ modules: [String]) -> Bool {
    let fileManager = FileManager.default
    return modules.allSatisfy { name in
      fileManager.fileExists(atPath: directory.appendingPathComponent("\(name).swiftmodule").path)
        && fileManager.fileExists(atPath: directory.appendingPathComponent("lib\(name).a").path)
    }
  }

  /// The `.swift` files under `directory`, sorted by relative path.
  private static func swiftFiles(in directory: URL) -> [(relative: String, url: URL)] {
    let fileManager = FileManager.default
    guard let enumerator = fileManager.enumerator(atPath: directory.path) else { return [] }
    var files: [(String, URL)] = []
    while let relative = enumerator.nextObject() as? String {
      if relative.hasSuffix(".swift") {
        files.append((relative, directory.appendingPathComponent(relative)))
      }
    }
    return files.sorted { $0.0 < $1.0 }
  }

  /// The cache root: explicit, `LITMUS_CACHE_DIR`, `$XDG_CACHE_HOME/litmus`, `~/.cache/litmus`.
  static func cacheDirectory(_ explicit: String?) -> URL {
    let environment = ProcessInfo.processInfo.environment
    if let path = explicit ?? environment["LITMUS_CACHE_DIR"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg).appendingPathComponent("litmus")
    }
    return FileManager.default.homeDirectoryForCurrentUser
      .appendingPathComponent(".cache").appendingPathComponent("litmus")
  }

  /// LitmusMath's source directory (see ``CompileOptions`` for the search order).
  static func locateSources(_ explicit: String?) throws(CompileError) -> URL {
    let fileManager = FileManager.default
    let environment = ProcessInfo.processInfo.environment
    if let path = explicit ?? environment["LITMUS_MATH_SOURCES"], !path.isEmpty {
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue
      else { throw .mathSourcesNotFound(searched: [path]) }
      return URL(fileURLWithPath: path)
    }
    var searched: [String] = []
    var starts = [URL(fileURLWithPath: fileManager.currentDirectoryPath)]
    // The running binary's real path (argv[0] may be a bare name found on PATH).
    let executable =
      (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments.first ?? ""))
      .resolvingSymlinksInPath()
    starts.append(executable.deletingLastPathComponent())
    for start in starts {
      var directory = start.standardizedFileURL
      while true {
        let candidate = directory.appendingPathComponent("Sources/LitmusMath")
        searched.append(candidate.path)
        if fileManager.fileExists(
          atPath: candidate.appendingPathComponent("Values/Vector.swift").path)
        {
          return candidate
        }
        let parent = directory.deletingLastPathComponent()
        if parent.path == directory.path || directory.path == "/" { break }
        directory = parent
      }
    }
    let installed = executable.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("share/litmus/LitmusMath")
    searched.append(installed.path)
    if fileManager.fileExists(atPath: installed.path) { return installed }
    // Name the nearest places only: the whole walk up is noise.
    throw .mathSourcesNotFound(searched: Array(searched.prefix(1)) + [installed.path])
  }
}

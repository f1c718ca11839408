#if canImport(Glibc)
  import Glibc
#endif

/// Whether the tests run under AddressSanitizer or ThreadSanitizer (`make sanitize`),
/// whose instrumented code is several times slower: wall-clock guards scale by
/// ``slowdown``.
enum Sanitizer {
  /// Whether a sanitizer runtime is loaded.
  static let isActive: Bool = {
    #if canImport(Glibc)
      let everywhere = UnsafeMutableRawPointer(bitPattern: 0)
      return dlsym(everywhere, "__asan_init") != nil || dlsym(everywhere, "__tsan_init") != nil
    #else
      return false
    #endif
  }()

  /// How many times longer a guarded operation may take.
  static var slowdown: Int { isActive ? 5 : 1 }
}

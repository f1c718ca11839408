/// A 64-bit FNV-1a hash, stable across runs and machines (Swift's `Hasher`
/// is seeded per process). It keys the LitmusMath cache; it is not meant to
/// resist deliberate collisions.
struct StableHash {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  /// Mixes in bytes exactly as FNV-1a does.
  mutating func feed(_ bytes: some Sequence<UInt8>) {
    for byte in bytes {
      value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
    }
  }

  /// Mixes in bytes, then their count, so that `"ab","c"` and `"a","bc"` differ.
  mutating func combine(_ bytes: some Collection<UInt8>) {
    feed(bytes)
    withUnsafeBytes(of: UInt64(bytes.count).littleEndian) { feed($0) }
  }

  /// The hash as 16 lowercase hex digits.
  var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}

/// Finds the first byte that is not part of well-formed UTF-8.
enum UTF8Validator {
  /// The offset of the first byte that starts no well-formed sequence, or nil when all of `bytes` is valid UTF-8.
  static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch lead {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return index
      }
      for continuation in 1..<length {
        let position = index + continuation
        guard position < count else { return index }
        let byte = bytes[position]
        let (min, max) = continuation == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
        if byte < min || byte > max { return index }
      }
      index += length
    }
    return nil
  }
}

/// GitHub-style heading ids: lowercase, punctuation dropped, spaces to hyphens, repeats
/// numbered `-1`, `-2`, …; a heading with no letters or digits gets `section`.
struct HeadingSlugger {
  private var used: [String: Int] = [:]

  /// The id for a heading's plain text, unique among the ids this slugger has given.
  mutating func slug(for text: String) -> String {
    var base = ""
    for character in text.lowercased() {
      if character.isLetter || character.isNumber || character == "-" || character == "_" {
        base.append(character)
      } else if character == " " {
        base.append("-")
      }
    }
    if base.isEmpty { base = "section" }
    var candidate = base
    if let count = used[base] {
      var next = count
      repeat {
        next += 1
        candidate = "\(base)-\(next)"
      } while used[candidate] != nil
      used[base] = next
    }
    used[candidate] = used[candidate] ?? 0
    return candidate
  }
}

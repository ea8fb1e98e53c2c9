import Archive
import ArgumentParser
import Citations

/// Turns what a user typed (an id or a number in any form) into one letter id.
enum LetterLookup {
  /// The id, or a one-line error listing the candidates when several letters fit.
  /// `allowMissing` accepts a cited number the archive lacks (its placeholder id).
  static func id(_ text: String, year: Int?, in archive: any LetterArchive, allowMissing: Bool = false) throws -> String
  {
    if try archive.letter(id: text) != nil { return text }
    guard var pattern = NumberPattern(text) else {
      throw UserError("\(text): not a letter number or id (try มท 0812/ว 1565, 0812/ว1565, ว 1565)")
    }
    if let year { pattern.year = year }
    let found = try archive.find(pattern)
    if found.letters.count == 1, let only = found.letters.first { return only.id }
    if found.letters.count > 1 {
      let list = found.letters.map { "\($0.id)" }.joined(separator: ", ")
      throw UserError(
        "\(pattern.display) is ambiguous: \(found.letters.count) letters fit (\(list)); give --year or the full number")
    }
    if allowMissing, found.missing.count == 1, let only = found.missing.first { return only.key }
    if allowMissing, found.missing.count > 1 {
      throw UserError(
        "\(pattern.display) is ambiguous: \(found.missing.map(\.key).joined(separator: ", ")); give --year or the full number"
      )
    }
    throw UserError("no letter \(pattern.display) in the archive")
  }
}

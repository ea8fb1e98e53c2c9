import Archive

/// Letters whose numbers are near misses of each other, citing each other, for the tests that
/// check a store's resolution against ``Citations/CitationResolver`` given every letter: a
/// store narrows its candidate queries (one digit away, the same register), and that must
/// never change an answer, whatever the order of arrival.
public enum NearMissLetters {
  /// Numbers one or two digits apart in code and serial, in and out of the ว register, with
  /// another prefix and a code with a dot: near misses of every kind the resolver weighs.
  public static let numbers = [
    "มท ๐๘๑๒/ว ๑๕๖๕", "มท ๐๘๑๒/ว ๑๔๖๕", "มท ๐๘๑๒/ว ๑๕๐๕", "มท ๐๘๑๒/ว ๑๕๖", "มท ๐๘๑๒/ว ๑๕๖๕๐",
    "มท ๐๕๑๒/ว ๑๕๖๕", "มท ๐๕๑๒/ว ๑๕๐๕", "มท ๘๑๒/ว ๑๕๖๕", "มท ๐๘๑๒/๑๕๖๕", "กค ๐๘๑๒/ว ๑๕๖๕",
    "มท ๐๘๑๒.๓/ว ๑๕๖๕", "มท ๐๘๑๒.๓/ว ๑๕๖๗", "มท ๐๘๑๒/ว ๒๗๑", "มท ๐๘๑๒/ว ๗๗๑",
  ]
  public static let dates = ["๙ กรกฎาคม ๒๕๖๔", "๑๒ กรกฎาคม ๒๕๖๔", "๒๐ กรกฎาคม ๒๕๖๔", "๙ กรกฎาคม ๒๕๖๕"]

  /// Letters with every number on two dates, each citing another number and date (chosen by
  /// `seed`), in an order that `seed` also sets: letters arrive before and after the letters
  /// they cite, in batches of three.
  public static func files(seed: Int) -> [SourceInput] {
    var files: [SourceInput] = []
    for (n, number) in numbers.enumerated() {
      for d in [n % dates.count, (n + 1) % dates.count] {
        let k = files.count
        let cited = numbers[(k * (2 * seed + 1) + seed) % numbers.count]
        let citedDate = dates[(k + seed) % dates.count]
        // Every fifth citation gives no date (so no year): resolved only by the exact number.
        let cites = k % 5 == 4 ? cited : "\(cited) ลงวันที่ \(citedDate)"
        files.append(
          SourceInput(
            path: "\(n)-\(d).txt", content: .bytes(Corpus.letter(number: number, date: dates[d], cites: cites))))
      }
    }
    // Strides prime to the count visit every file once, in a different order for each seed.
    let stride = [1, 3, 5, 9][seed % 4]
    let order = (0..<files.count).map { ($0 * stride + seed) % files.count }
    return seed % 2 == 0 ? order.map { files[$0] } : order.reversed().map { files[$0] }
  }
}

import Letters

/// The letters the parser reads in `text`, as if it were a file at `path` (its extension picks
/// plain text or markdown): what the suites that write their letters inline parse them with.
func lettersIn(_ text: String, path: String = "t.txt") -> [Letter] {
  LetterParser().parse(bytes: Array(text.utf8), path: path).letters
}

import ArgumentParser

/// `--max-file-size`: the largest input file read. Parsing holds a file and what is made of
/// it in memory — about 11× its size at the peak for text (a 64 MiB file: about 700 MB) — so a
/// file larger than this is refused with a one-line reason rather than read.
struct ReadLimit: ParsableArguments {
  /// Letters are kilobytes, and Tesseract's hOCR of a page about 60 KiB: 64 MiB is a
  /// thousand-page scan.
  static let defaultSize = ByteSize(bytes: 64 << 20)

  @Option(
    name: .customLong("max-file-size"),
    help: "Refuse input files larger than this (e.g. 64M, 1G; default 64M).")
  var maxFileSize: ByteSize = Self.defaultSize

  var bytes: Int { maxFileSize.bytes }
}

import ArgumentParser
import Letters

/// `--max-file-size`: the largest input file read whole. Parsing holds a file and what is made
/// of it in memory — about 11× its size at the peak for text (a 64 MiB file: about 700 MB) — so
/// a file larger than this is refused with a one-line reason rather than read. A plain-text
/// file larger than `--chunk-size` is not held whole but read in chunks (``ChunkedFile``), so
/// neither limit applies to it.
struct ReadLimit: ParsableArguments {
  /// Letters are kilobytes, and Tesseract's hOCR of a page about 60 KiB: 64 MiB is a
  /// thousand-page scan.
  static let defaultSize = ByteSize(bytes: 64 << 20)

  @Option(
    name: .customLong("max-file-size"),
    help: "Refuse input files larger than this (e.g. 64M, 1G; default 64M).")
  var maxFileSize: ByteSize = Self.defaultSize

  @Option(
    name: .customLong("chunk-size"),
    help:
      "Read plain-text and markdown files larger than this in chunks of about this size, in bounded memory and with no size limit (default 4M)."
  )
  var chunkSize: ByteSize = ByteSize(bytes: ChunkOptions().chunkSize)

  /// The options above, for `ManyPaths`.
  static let optionsTakingValues: Set<String> = ["--max-file-size", "--chunk-size"]

  var bytes: Int { maxFileSize.bytes }

  /// How a plain-text file larger than `--chunk-size` is read.
  var chunks: ChunkOptions { ChunkOptions(chunkSize: chunkSize.bytes) }
}

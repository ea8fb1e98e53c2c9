import Archive
import ArgumentParser

/// `saraban check` — is the archive sound?
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the archive: integrity (SQLite), the search index, and every letter's copies.",
    discussion: "Prints ok, or one line per problem with exit status 1.")

  @OptionGroup var archive: ArchiveOptions

  func run() throws {
    _ = try archive.open()  // one that does not exist is an error, not a new archive
    // writable: FTS5's integrity-check is written as an INSERT
    guard let store = try archive.open(create: true) as? any ArchiveCheck else {
      throw UserError("\(archive.displayName): this store cannot be checked")
    }
    let problems = try store.check()
    guard problems.isEmpty else {
      for problem in problems { Console.err("saraban: \(archive.displayName): \(problem)") }
      throw ExitCode.failure
    }
    Console.out("ok")
  }
}

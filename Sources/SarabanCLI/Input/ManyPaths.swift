import ArgumentParser

/// A command whose operands are paths, as many as a shell glob gives (`saraban ingest scans/*`).
///
/// ArgumentParser's reading of a repeating argument is quadratic in the number of values
/// (each value is recorded in a set that is copied and rehashed): 2,000 paths cost 0.1 s and
/// 20,000 cost 9 s before a file was opened. `ManyPaths` keeps such lists away from it.
protocol TakesManyPaths: ParsableCommand {
  /// Every option of the command that takes a value (`--db x.sqlite`), by each of its names.
  static var optionsTakingValues: Set<String> { get }
  /// The paths the command reads, in the order given.
  var paths: [String] { get set }
}

extension TakesManyPaths {
  /// The command's name on the command line.
  static var name: String { configuration.commandName ?? "" }
}

/// Command-line arguments with the paths after the first taken out (ทางผ่านของรายการไฟล์).
///
/// ArgumentParser still reads every option, every option's value and the first path, so its
/// errors and help stay as they are; the other paths are appended to the command's own list in
/// the order they were given. Arguments are split only when there are more than `threshold`
/// of them: a short command line is read by ArgumentParser alone.
struct ManyPaths {
  /// What ArgumentParser reads.
  var arguments: [String]
  /// The paths after the first, in order.
  var laterPaths: [String]

  static let threshold = 64

  /// The commands whose paths may be many.
  static let commands: [any TakesManyPaths.Type] = [ParseCommand.self, IngestCommand.self]

  /// Splits `arguments` (without the program's name) when they start with a command of
  /// `commands` and are more than `threshold`; otherwise passes them through whole.
  init(_ arguments: [String], threshold: Int = Self.threshold) {
    self.arguments = arguments
    self.laterPaths = []
    guard arguments.count > threshold, let first = arguments.first,
      let command = Self.commands.first(where: { $0.name == first })
    else { return }
    (self.arguments, self.laterPaths) = Self.split(arguments, takingValues: command.optionsTakingValues)
  }

  /// Walks the arguments as ArgumentParser reads them: `--name=value` is one argument,
  /// `--name value` two when the option takes a value, `-` is a path (standard input), and
  /// everything after `--` is a path.
  static func split(_ arguments: [String], takingValues: Set<String>) -> ([String], [String]) {
    // The first argument is the command's name.
    var kept = Array(arguments.prefix(1))
    var later: [String] = []
    var sawPath = false
    var index = arguments.startIndex + 1
    while index < arguments.endIndex {
      let argument = arguments[index]
      index += 1
      if argument == "--" {
        // Keep the terminator with the first path so ArgumentParser still reads it as one.
        if sawPath {
          later.append(contentsOf: arguments[index...])
        } else if index < arguments.endIndex {
          kept.append(contentsOf: ["--", arguments[index]])
          later.append(contentsOf: arguments[(index + 1)...])
        } else {
          kept.append(argument)
        }
        break
      }
      if argument.hasPrefix("-"), argument != "-" {
        kept.append(argument)
        if !argument.contains("="), takingValues.contains(argument), index < arguments.endIndex {
          kept.append(arguments[index])
          index += 1
        }
        continue
      }
      if sawPath {
        later.append(argument)
      } else {
        kept.append(argument)
        sawPath = true
      }
    }
    return (kept, later)
  }

  /// `command` with the later paths appended to its own.
  func completing(_ command: any ParsableCommand) -> any ParsableCommand {
    guard !laterPaths.isEmpty, var many = command as? any TakesManyPaths else { return command }
    many.paths += laterPaths
    return many
  }
}

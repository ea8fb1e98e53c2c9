import Citations

/// เงื่อนไขเลขที่หนังสือ — the parts of a typed number that must hold exactly, as one SQL
/// condition on the number-part columns of `letter` or `citation` (`serial`, `prefix`,
/// `sub_office`, `circular`, `code`, `year_suffix`, `year`), built once for every store so
/// that `find` selects the same rows on each by construction.
///
/// A superset of ``NumberPattern/matches(_:year:)``, which still decides: serials are shared
/// by every office, so the serial alone selects thousands of rows in a large archive, and the
/// other typed parts are narrowed on the index rather than row by row in this process.
/// `package`: for this package's stores only.
package struct NumberPatternFilter: Sendable, Equatable {
  /// A value bound to one placeholder, in the order the placeholders appear.
  package enum Argument: Sendable, Equatable {
    case text(String)
    case int(Int)
  }

  /// What the stores' SQL spells differently; the clauses and their order are shared.
  package enum Dialect: Sendable {
    /// `?` placeholders; the code tail with `substr(code, -n)`.
    case sqlite
    /// `$1, $2, …` placeholders; the code tail with `right(code, n)`.
    case postgres

    /// The placeholder of the `n`th bound value (from 1).
    func placeholder(_ n: Int) -> String {
      switch self {
      case .sqlite: "?"
      case .postgres: "$\(n)"
      }
    }

    /// The last `length` characters of `column` (the whole text when it is shorter).
    func tail(of column: String, length: String) -> String {
      switch self {
      case .sqlite: "substr(\(column), -length(\(length)))"
      case .postgres: "right(\(column), length(\(length)))"
      }
    }
  }

  /// The condition, clauses joined by `AND`.
  package let sql: String
  /// The values of its placeholders, in order.
  package let arguments: [Argument]

  /// The condition for `pattern` in `dialect`.
  package init(_ pattern: NumberPattern, dialect: Dialect) {
    var clauses: [String] = []
    var arguments: [Argument] = []
    /// The next placeholder, bound to `value`.
    func bind(_ value: Argument) -> String {
      arguments.append(value)
      return dialect.placeholder(arguments.count)
    }
    clauses.append("serial = \(bind(.text(pattern.serial)))")
    if let prefix = pattern.prefix { clauses.append("prefix = \(bind(.text(prefix)))") }
    if let subOffice = pattern.subOffice { clauses.append("sub_office = \(bind(.text(subOffice)))") }
    // Both stores keep `circular` as INTEGER 0/1 (SQLite has no boolean; PostgreSQL's column
    // mirrors it), so the flag is bound as that integer on both.
    if let circular = pattern.circular { clauses.append("circular = \(bind(.int(circular ? 1 : 0)))") }
    if let code = pattern.code {
      // A typed code matches the stored code or its tail (`812` finds `0812`).
      let equal = "code = \(bind(.text(code)))"
      let tail = dialect.tail(of: "code", length: bind(.text(code)))
      clauses.append("(\(equal) OR \(tail) = \(bind(.text(code))))")
    }
    if let yearSuffix = pattern.yearSuffix { clauses.append("year_suffix = \(bind(.text(yearSuffix)))") }
    if let year = pattern.year { clauses.append("year = \(bind(.int(year)))") }
    sql = clauses.joined(separator: " AND ")
    self.arguments = arguments
  }
}

import Archive
import Foundation

/// ที่อยู่คลังบน PostgreSQL — where a PostgreSQL archive lives, read from
/// `postgres://user[:password]@host[:port]/dbname`.
///
/// The password may instead come from `$PGPASSWORD`. Printed forms never show it.
/// `?sslmode=require` (or `prefer`) encrypts the connection, verifying the server's
/// certificate against the system's trust store; the default is `disable`.
public struct PostgresLocation: Sendable, Equatable, CustomStringConvertible {
  /// Whether the connection is encrypted (libpq's `sslmode`).
  public enum TLSMode: String, Sendable {
    case disable, prefer, require
  }

  public var host: String
  public var port: Int
  public var user: String
  public var password: String?
  public var database: String
  public var tls: TLSMode = .disable

  public init(host: String, port: Int = 5432, user: String, password: String? = nil, database: String) {
    self.host = host
    self.port = port
    self.user = user
    self.password = password
    self.database = database
  }

  /// Whether `text` names a PostgreSQL archive (`postgres://` or `postgresql://`) rather than a file.
  public static func isPostgres(_ text: String) -> Bool {
    text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
  }

  /// Reads a `postgres://` URL; throws a one-line reason when it is not one.
  public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
    guard Self.isPostgres(text), let components = URLComponents(string: text) else {
      throw ArchiveError(.database, "\(Self.redact(text)) is not a postgres://user@host:port/dbname address")
    }
    guard let host = components.host, !host.isEmpty else {
      throw ArchiveError(.database, "\(Self.redact(text)): no host (postgres://user@host:port/dbname)")
    }
    let database = String(components.path.drop(while: { $0 == "/" }))
    guard !database.isEmpty, !database.contains("/") else {
      throw ArchiveError(.database, "\(Self.redact(text)): no database name (postgres://user@host:port/dbname)")
    }
    let user = components.user ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
    self.init(
      host: host, port: components.port ?? 5432, user: user.removingPercentEncoding ?? user,
      password: components.password.map { $0.removingPercentEncoding ?? $0 } ?? environment["PGPASSWORD"],
      database: database.removingPercentEncoding ?? database)
    if let mode = components.queryItems?.first(where: { $0.name == "sslmode" })?.value {
      guard let tls = TLSMode(rawValue: mode) else {
        throw ArchiveError(.database, "\(Self.redact(text)): sslmode must be disable, prefer or require")
      }
      self.tls = tls
    }
  }

  /// `postgres://user@host:port/dbname`, without the password.
  public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

  /// The same server, another database (tests make one database per archive).
  public func database(_ name: String) -> PostgresLocation {
    var other = self
    other.database = name
    return other
  }

  /// The URL with any password replaced by `***`.
  static func redact(_ text: String) -> String {
    guard let components = URLComponents(string: text), components.password != nil else { return text }
    var shown = components
    shown.password = "***"
    return shown.string ?? "postgres://…"
  }
}

import Archive
import Foundation
import Logging
import PostgresNIO

/// A value bound to a `$n` parameter.
enum SQLValue: Sendable {
  case null
  case int(Int)
  case double(Double)
  case text(String)
  case texts([String])
  case ints([Int])

  init(_ text: String?) { self = text.map(SQLValue.text) ?? .null }
  init(_ int: Int?) { self = int.map(SQLValue.int) ?? .null }
  init(_ double: Double?) { self = double.map(SQLValue.double) ?? .null }
  init(_ flag: Bool) { self = .int(flag ? 1 : 0) }
}

/// One connection to the server, used from synchronous code: each call waits for its
/// answer on the caller's thread (never on Swift's cooperative pool, which a waiting test
/// could starve). Calls are serialized by a lock; a transaction holds it until it ends.
final class PostgresSession: @unchecked Sendable {
  let location: PostgresLocation
  let logger: Logger
  private let lock = NSRecursiveLock()
  private let connection: PostgresConnection
  /// How often a transaction that lost a serialization race or a deadlock is run again.
  static let retries = 12

  /// Connects; a refused connection, a wrong password or a missing database is a one-line
  /// ``ArchiveError``.
  init(_ location: PostgresLocation, logger: Logger) throws {
    self.location = location
    self.logger = logger
    let tls: PostgresConnection.Configuration.TLS
    do {
      switch location.tls {
      case .disable: tls = .disable
      case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
      case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
      }
    } catch {
      throw ArchiveError(.database, "\(location): cannot set up TLS: \(PostgresErrors.oneLine(error))")
    }
    var configuration = PostgresConnection.Configuration(
      host: location.host, port: location.port, username: location.user, password: location.password,
      database: location.database, tls: tls)
    configuration.options.connectTimeout = .seconds(10)
    configuration.options.additionalStartupParameters = [("application_name", "saraban")]
    do {
      connection = try PostgresConnection.connect(
        on: PostgresConnection.defaultEventLoopGroup.any(), configuration: configuration, id: 1, logger: logger
      ).wait()
    } catch {
      throw PostgresErrors.translate(error, location: location, connecting: true)
    }
    logger.debug("connected", metadata: ["server": "\(location)"])
  }

  deinit {
    _ = try? connection.close().wait()
  }

  /// Runs one statement and returns its rows.
  @discardableResult
  func query(_ sql: String, _ values: [SQLValue] = []) throws -> [PostgresRow] {
    var binds = PostgresBindings(capacity: values.count)
    for value in values {
      switch value {
      case .null: binds.appendNull()
      case let .int(n): binds.append(n)
      case let .double(d): binds.append(d)
      case let .text(s): binds.append(s)
      case let .texts(list): binds.append(list)
      case let .ints(list): binds.append(list)
      }
    }
    let query = PostgresQuery(unsafeSQL: sql, binds: binds)
    return try lock.withLock {
      do {
        guard !connection.isClosed else { throw lost }
        return Array(try wait(for: connection.query(query, logger: logger)))
      } catch {
        throw PostgresErrors.translate(error, location: location, connecting: false)
      }
    }
  }

  private var lost: ArchiveError {
    ArchiveError(
      .database, "\(location): the connection to the server was lost; nothing of the unfinished batch was kept")
  }

  /// Waits for a query's answer. A query written just as the server closed the connection
  /// is never answered (postgres-nio drops it), so a closed connection ends the wait.
  private func wait<T>(for future: EventLoopFuture<T>) throws -> T {
    let answer = Answer<T>()
    future.whenComplete { answer.set($0) }
    var closedFor = 0
    while answer.semaphore.wait(timeout: .now() + .milliseconds(250)) == .timedOut {
      if connection.isClosed {
        closedFor += 1
        if closedFor >= 8 { throw lost }
      }
    }
    return try answer.get()
  }

  /// Runs `body` in one transaction, again from the start (after a short random pause)
  /// when PostgreSQL aborts it for a serialization failure or a deadlock.
  /// Anything else rolls back and is thrown.
  func transaction<T>(_ body: () throws -> T) throws -> T {
    try lock.withLock {
      var attempt = 0
      while true {
        do {
          try query("BEGIN")
          let value = try body()
          try query("COMMIT")
          return value
        } catch {
          _ = try? query("ROLLBACK")
          if let archiveError = error as? ArchiveError, PostgresErrors.isRetryable(archiveError),
            attempt < Self.retries
          {
            attempt += 1
            logger.debug("transaction retried", metadata: ["attempt": "\(attempt)", "error": "\(archiveError)"])
            usleep(UInt32.random(in: 1_000...(20_000 * UInt32(min(attempt, 8)))))
            continue
          }
          throw error
        }
      }
    }
  }
}

/// A future's result, handed from the event loop to the waiting thread.
private final class Answer<T>: @unchecked Sendable {
  let semaphore = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var result: Result<T, any Error>?

  func set(_ value: Result<T, any Error>) {
    lock.withLock { result = value }
    semaphore.signal()
  }

  func get() throws -> T {
    guard let result = lock.withLock({ result }) else { throw CancellationError() }
    return try result.get()
  }
}

extension PostgresRow {
  /// Cells by column name.
  var cells: PostgresCells { PostgresCells(row: makeRandomAccess()) }
}

/// A row's cells read by column name, with the types the archive uses.
struct PostgresCells {
  let row: PostgresRandomAccessRow

  func text(_ name: String) throws -> String { try row[name].decode(String.self) }
  func optionalText(_ name: String) throws -> String? { try row[name].decode(String?.self) }
  func int(_ name: String) throws -> Int { try row[name].decode(Int.self) }
  func optionalInt(_ name: String) throws -> Int? { try row[name].decode(Int?.self) }
  func optionalDouble(_ name: String) throws -> Double? { try row[name].decode(Double?.self) }
  func bool(_ name: String) throws -> Bool { try row[name].decode(Int.self) != 0 }
}

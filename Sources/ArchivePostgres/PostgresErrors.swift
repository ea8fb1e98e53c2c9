import Archive
import PostgresNIO

/// Turns what postgres-nio throws into one line a person can act on (``ArchiveError``),
/// keeping the SQLSTATE so that transactions know what to retry.
enum PostgresErrors {
  /// SQLSTATEs after which a transaction is simply run again.
  static let retryable: Set<String> = ["40001", "40P01"]

  static func isRetryable(_ error: ArchiveError) -> Bool {
    retryable.contains { error.description.hasSuffix("(SQLSTATE \($0))") }
  }

  static func translate(_ error: any Error, location: PostgresLocation, connecting: Bool) -> any Error {
    if error is ArchiveError { return error }
    guard let psql = error as? PSQLError else {
      if connecting { return ArchiveError(.database, "cannot connect to \(location): \(oneLine(error))") }
      return ArchiveError(.database, "\(location): \(oneLine(error))")
    }
    if let info = psql.serverInfo {
      let state = info[.sqlState] ?? "?????"
      let message = info[.message] ?? "error"
      switch state {
      case "28P01", "28000":
        return ArchiveError(
          .database,
          "\(location): the server refused user \(location.user): \(message) (check the password or PGPASSWORD)")
      case "3D000":
        return ArchiveError(
          .missing,
          "\(location): there is no database \(location.database) on the server (createdb \(location.database))")
      case "57P01", "57P02", "57P03":
        return ArchiveError(
          .database, "\(location): the server is shutting down or went away; nothing of the unfinished batch was kept")
      default:
        return ArchiveError(.database, "\(location): \(message) (SQLSTATE \(state))")
      }
    }
    switch psql.code {
    case .connectionError:
      return ArchiveError(.database, "cannot connect to \(location): \(connectionProblem(psql.underlying))")
    case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
      return ArchiveError(
        .database, "\(location): the connection to the server was lost; nothing of the unfinished batch was kept")
    case .authMechanismRequiresPassword:
      return ArchiveError(
        .database, "\(location): the server asks for a password: put it in the URL or in PGPASSWORD")
    case .sslUnsupported:
      return ArchiveError(.database, "\(location): the server does not offer TLS, and sslmode=require asks for it")
    case .unsupportedAuthMechanism, .saslError:
      return ArchiveError(.database, "\(location): the server asks for a login method saraban cannot use")
    default:
      return ArchiveError(.database, "\(location): \(psql.code)\(psql.underlying.map { ": " + oneLine($0) } ?? "")")
    }
  }

  /// Why a connection could not be made, in a few words.
  static func connectionProblem(_ error: (any Error)?) -> String {
    guard let error else { return "connection error" }
    let text = oneLine(error)
    let known = [
      ("Connection refused", "connection refused (is the server running and listening there?)"),
      ("No route to host", "no route to host"), ("Network is unreachable", "network unreachable"),
      ("timed out", "no answer in time"), ("Timeout", "no answer in time"),
      ("dns", "cannot resolve the host name"), ("resolve", "cannot resolve the host name"),
    ]
    return known.first { text.localizedCaseInsensitiveContains($0.0) }?.1 ?? text
  }

  /// An error's text on one line.
  static func oneLine(_ error: any Error) -> String {
    var text = "\(error)"
    if let range = text.range(of: "connect(descriptor:addr:size:): ") { text.removeSubrange(range) }
    return text.split(whereSeparator: \.isNewline).joined(separator: " ")
  }
}

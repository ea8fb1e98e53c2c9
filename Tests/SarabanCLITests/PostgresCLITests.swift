import Foundation
import Logging
import Testing

@testable import ArchivePostgres

/// The PostgreSQL server of the store suite, when there is one.
let testServerURL: String? = {
  let url = ProcessInfo.processInfo.environment["SARABAN_TEST_POSTGRES"] ?? ""
  return url.isEmpty ? nil : url
}()

/// `saraban` on a PostgreSQL archive as a person runs it (needs `SARABAN_TEST_POSTGRES`, as
/// the store suite does): `check` finds a damaged archive in one line per problem, and never
/// prints the password of the address it was given.
@Suite(.enabled(if: testServerURL != nil, "SARABAN_TEST_POSTGRES is not set"))
struct PostgresCLITests {
  static let serverURL = testServerURL

  /// A new database on the test server, as a URL with the password in it.
  static func freshDatabase() throws -> (url: String, location: PostgresLocation) {
    let server = try PostgresLocation(url: try #require(serverURL))
    let name = "saraban_cli_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
    try PostgresSession(server, logger: Logger(label: "t")).query("CREATE DATABASE \(name)")
    let url = "postgres://\(server.user):\(server.password ?? "")@\(server.host):\(server.port)/\(name)"
    return (url, server.database(name))
  }

  @Test func checkReportsADamagedArchiveWithoutThePassword() throws {
    let (url, location) = try Self.freshDatabase()
    let password = try #require(location.password)
    let folder = try Saraban.temporaryFolder()
    for k in 1...3 { try Saraban.letter(k).write(to: folder.appendingPathComponent("\(k).txt")) }
    let ingest = try Saraban.run(["ingest", "--db", url, "1.txt", "2.txt", "3.txt"], in: folder)
    #expect(ingest.status == 0, "\(ingest.err)")
    let sound = try Saraban.run(["check", "--db", url], in: folder)
    #expect(sound.status == 0 && sound.out == "ok\n", "\(sound.err)")
    try PostgresSession(location, logger: Logger(label: "t")).query("UPDATE letter_copy SET is_primary = 0")
    let damaged = try Saraban.run(["check", "--db", url], in: folder)
    #expect(damaged.status == 1)
    #expect(damaged.errLines.count == 1, "\(damaged.err)")
    #expect(damaged.err.contains("letters without exactly one primary copy: 3"), "\(damaged.err)")
    #expect(!damaged.err.contains(password), "\(damaged.err)")
  }
}

// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "saraban",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "saraban", targets: ["SarabanCLI"]),
    .executable(name: "saraban-corpus", targets: ["SarabanCorpus"]),
    .library(name: "ThaiText", targets: ["ThaiText"]),
    .library(name: "Letters", targets: ["Letters"]),
    .library(name: "Citations", targets: ["Citations"]),
    .library(name: "Archive", targets: ["Archive"]),
    .library(name: "ArchivePostgres", targets: ["ArchivePostgres"]),
    // For Benchmarks/ (a separate package), which draws its queries from the same generator.
    .library(name: "SeededRandom", targets: ["SeededRandom"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
  ],
  targets: [
    // C wrappers. Swift never imports CICU: Foundation on Linux bundles its own ICU and
    // the system headers clash with it, so every ICU call lives in ICUShim's C file.
    .systemLibrary(
      name: "CICU", path: "Sources/CICU", pkgConfig: "icu-i18n",
      providers: [.apt(["libicu-dev"])]),
    .target(
      name: "ICUShim", dependencies: ["CICU"], path: "Sources/ICUShim",
      linkerSettings: [
        .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
      ]),
    // SQL functions the archive's queries call once per index entry (C: no Swift call cost).
    .target(name: "SQLiteFunctions", path: "Sources/SQLiteFunctions", linkerSettings: [.linkedLibrary("sqlite3")]),
    // SHA-256 blocks on the CPU's SHA instructions where it has them (source.sha256 of every file).
    .target(name: "SHA256Kernel", path: "Sources/SHA256Kernel"),
    .systemLibrary(
      name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),

    // The pipeline, one module a stage.
    .target(name: "ThaiText", dependencies: ["ICUShim"]),
    .target(
      name: "Letters",
      dependencies: [
        "ThaiText", "CLibXML2", "SHA256Kernel", .product(name: "Logging", package: "swift-log"),
      ]),
    .target(name: "Citations", dependencies: ["Letters", "ThaiText"]),
    .target(
      name: "Archive",
      dependencies: [
        "Citations", "Letters", "ThaiText", "CLibXML2", "SQLiteFunctions",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    // The same archive on PostgreSQL (a ministry-wide store, many writers).
    .target(
      name: "ArchivePostgres",
      dependencies: [
        "Archive", "Citations", "Letters", "ThaiText",
        .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    .executableTarget(
      name: "SarabanCLI",
      dependencies: [
        "ThaiText", "Letters", "Citations", "Archive", "ArchivePostgres",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    // The deterministic generator of the corpus, the tests and the benchmark tools.
    .target(name: "SeededRandom"),
    // A synthetic corpus with its ground truth, for benchmarks and accuracy at scale.
    .executableTarget(name: "SarabanCorpus", dependencies: ["Letters", "SeededRandom", "ThaiText"]),
    // Lookup latency on filled SQLite and PostgreSQL archives (scripts/postgres-figures.sh).
    .executableTarget(
      name: "ArchiveStoreFigures", dependencies: ["Archive", "ArchivePostgres", "Citations"]),

    .testTarget(name: "ThaiTextTests", dependencies: ["ThaiText"]),
    .testTarget(
      name: "LettersTests", dependencies: ["Letters", "ThaiText", "SeededRandom"],
      resources: [.copy("Fixtures")]),
    .testTarget(name: "CitationsTests", dependencies: ["Citations", "Letters", "ThaiText", "SeededRandom"]),
    .testTarget(
      name: "SarabanCorpusTests", dependencies: ["SarabanCorpus", "Letters", "SeededRandom", "ArchiveTestSupport"]),
    // Runs the built `saraban` as a person would: exit status, one-line errors, files on disk.
    .testTarget(
      name: "SarabanCLITests",
      dependencies: [
        "SarabanCLI", "Archive", "ArchivePostgres", "ArchiveTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Logging", package: "swift-log"),
      ]),
    // The Corpus files and made-up letters both archive test targets read, and the folders
    // every test writes in (tests only).
    .target(name: "ArchiveTestSupport", dependencies: ["Archive"]),
    .testTarget(
      name: "ArchiveTests",
      dependencies: [
        "Archive", "ArchiveTestSupport", "Citations", "Letters", "ThaiText",
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "ArchiveStoreTests",
      dependencies: ["Archive", "ArchivePostgres", "ArchiveTestSupport", "Citations", "Letters", "ThaiText"]),
  ]
)

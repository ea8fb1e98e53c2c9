// swift-tools-version: 6.1
// Benchmarks live in their own package so that `swift build` / `swift test` of saraban
// never compile the benchmark harness. Run: `cd Benchmarks && swift package benchmark`.
import PackageDescription

let package = Package(
  name: "saraban-benchmarks",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "archive-latency", targets: ["ArchiveLatency"]),
    .executable(name: "peer-kernels", targets: ["PeerKernels"]),
  ],
  dependencies: [
    .package(name: "saraban", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
  ],
  targets: [
    .executableTarget(
      name: "ThaiTextBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "ThaiText", package: "saraban"),
      ],
      path: "Benchmarks/ThaiTextBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "LettersBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "Letters", package: "saraban"),
      ],
      path: "Benchmarks/LettersBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "ArchiveBenchmarks",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "Archive", package: "saraban"),
        .product(name: "Citations", package: "saraban"),
      ],
      path: "Benchmarks/ArchiveBenchmarks",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    // Query latency (p50/p95/p99) on an archive of any size: `scale.sh` runs it at 10k, 100k, 1M.
    .executableTarget(
      name: "ArchiveLatency",
      dependencies: [
        .product(name: "Archive", package: "saraban"),
        .product(name: "Citations", package: "saraban"),
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "SeededRandom", package: "saraban"),
      ],
      path: "Tools/ArchiveLatency"
    ),
    // saraban's text layer in-process on a peer's input file (`peers/run.sh`).
    .executableTarget(
      name: "PeerKernels",
      dependencies: [.product(name: "ThaiText", package: "saraban")],
      path: "Tools/PeerKernels"
    ),
  ]
)

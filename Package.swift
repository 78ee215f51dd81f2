// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Watchfloor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "watchfloor", targets: ["watchfloor"]),
        .executable(name: "watchfloor-bench", targets: ["watchfloor-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // Plain value types shared by every other target. No dependencies.
        .target(name: "WatchfloorModel"),
        // The extractor: text in, facts out. Pure; gazetteers arrive as bytes.
        .target(name: "WatchfloorExtraction", dependencies: ["WatchfloorModel"]),
        // Generated gazetteer files (see Scripts/) and their loader: the only file reads the extractor needs.
        .target(
            name: "WatchfloorData",
            dependencies: ["WatchfloorExtraction"],
            resources: [.copy("Resources")]
        ),
        // The event store: the only importer of GRDB.
        .target(
            name: "WatchfloorStore",
            dependencies: [
                "WatchfloorModel", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the writer's statement binding (RawStatement).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Readers, the directory watcher and the ingest pipeline.
        .target(
            name: "WatchfloorIngest",
            dependencies: [
                "WatchfloorModel", "WatchfloorExtraction", "WatchfloorData", "WatchfloorStore",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // App state, messages and the pure update function.
        .target(name: "WatchfloorCore", dependencies: ["WatchfloorModel"]),
        // Screen buffer, layout, themes and pane rendering. Pure.
        .target(name: "WatchfloorUI", dependencies: ["WatchfloorModel", "WatchfloorCore"]),
        // ncursesw, always the wide-character build.
        .systemLibrary(
            name: "CNCursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The terminal backend: the only importer of CNCursesw.
        .target(name: "WatchfloorTerminal", dependencies: ["CNCursesw", "WatchfloorUI", "WatchfloorCore"]),
        // The command-line program.
        .executableTarget(
            name: "watchfloor",
            dependencies: [
                "WatchfloorModel", "WatchfloorExtraction", "WatchfloorData", "WatchfloorStore", "WatchfloorIngest",
                "WatchfloorCore", "WatchfloorUI", "WatchfloorTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Benchmarks: `swift run -c release watchfloor-bench [--quick]`.
        .executableTarget(
            name: "watchfloor-bench",
            dependencies: [
                "WatchfloorModel", "WatchfloorExtraction", "WatchfloorData", "WatchfloorStore", "WatchfloorIngest",
                "WatchfloorCore", "WatchfloorUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "WatchfloorModelTests", dependencies: ["WatchfloorModel"]),
        .testTarget(name: "WatchfloorExtractionTests", dependencies: ["WatchfloorExtraction", "WatchfloorData", "WatchfloorModel"]),
        .testTarget(name: "WatchfloorStoreTests", dependencies: ["WatchfloorStore", "WatchfloorModel"]),
        .testTarget(
            name: "WatchfloorIngestTests",
            dependencies: ["WatchfloorIngest", "WatchfloorExtraction", "WatchfloorStore", "WatchfloorModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "WatchfloorCoreTests", dependencies: ["WatchfloorCore", "WatchfloorModel"]),
        .testTarget(
            name: "WatchfloorUITests", dependencies: ["WatchfloorUI", "WatchfloorCore", "WatchfloorModel"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "WatchfloorCLITests",
            dependencies: ["watchfloor", "WatchfloorModel", "WatchfloorStore", "WatchfloorExtraction"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

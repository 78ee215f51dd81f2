import ArgumentParser
import Foundation
import WatchfloorData
import WatchfloorExtraction
import WatchfloorIngest
import WatchfloorStore

/// Hidden child-process measures: each prints one `RESULT key=value ...` line for the parent.
struct ProbeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "probe", abstract: "Internal: one measure in a fresh process.", shouldDisplay: false
    )

    @Argument(help: "ingest | monitor")
    var kind: String

    @Option(help: "Article directory (ingest).")
    var dir: String?

    @Option(help: "Store file.")
    var store: String

    mutating func run() throws {
        switch kind {
        case "ingest":
            guard let dir else { throw ValidationError("ingest needs --dir") }
            try Self.ingest(dir: dir, storePath: store)
        case "monitor":
            try MonitorProbe.run(storePath: store)
        default:
            throw ValidationError("unknown probe \(kind)")
        }
    }

    /// Ingests a directory into a new store as `watchfloor ingest` would; reports time, outcomes and memory.
    static func ingest(dir: String, storePath: String) throws {
        let start = Stopwatch.now()
        let extractor = Extractor(gazetteer: try GazetteerLoader.loadBundled())
        let setup = Stopwatch.now() - start
        let counts = EventCounter()
        var elapsed = 0.0
        var cpu = 0.0
        do {
            let store = try EventStore(path: storePath)
            let service = IngestService(store: store, extractor: extractor)
            let t0 = Stopwatch.now()
            let c0 = Stopwatch.processCPU()
            _ = service.ingestAll(paths: [dir]) { counts.add($0) }
            elapsed = Stopwatch.now() - t0
            cpu = Stopwatch.processCPU() - c0
        }
        let c = counts.snapshot
        print("RESULT elapsed=\(elapsed) cpu=\(cpu) setup=\(setup) stored=\(c.stored) failed=\(c.failed) unchanged=\(c.unchanged) "
              + "incidents=\(c.incidents) hwm=\(MemoryProbe.peakBytes()) rss=\(MemoryProbe.residentBytes())")
        if let message = c.firstFailure { print("first failure: \(message)") }
    }
}

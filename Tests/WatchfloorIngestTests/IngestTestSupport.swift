import Foundation
import Synchronization
import WatchfloorExtraction
import WatchfloorModel
import WatchfloorStore
@testable import WatchfloorIngest

/// Collects events from any thread and waits for conditions with a deadline.
final class EventLog: Sendable {
    private let events = Mutex<[IngestEvent]>([])

    /// Appends an event (the `onEvent` callback).
    func append(_ event: IngestEvent) { events.withLock { $0.append(event) } }

    /// Everything so far.
    var all: [IngestEvent] { events.withLock { $0 } }

    /// Polls every 20 ms until `condition` holds or `seconds` pass; returns whether it held.
    func wait(seconds: Double = 10, until condition: ([IngestEvent]) -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition(all) { return true }
            usleep(20_000)
        }
        return condition(all)
    }
}

extension IngestEvent {
    /// The path of a per-file event.
    var path: String? {
        switch self {
        case .stored(let p, _, _, _, _), .unchanged(let p), .failed(let p, _), .removed(let p): p
        case .progress, .warning: nil
        }
    }

    /// Whether this is `.stored` for a path ending in `suffix`.
    func isStored(_ suffix: String) -> Bool {
        if case .stored(let p, _, _, _, _) = self { return p.hasSuffix(suffix) }
        return false
    }
}

/// A temp directory holding a copy of the fixture articles, plus a store and a service.
struct IngestHarness {
    let dir: TemporaryDirectory
    let articles: String
    let store: EventStore
    let service: IngestService

    init(options: IngestOptions = IngestOptions(), copyFixtures: Bool = true) throws {
        dir = try TemporaryDirectory()
        articles = dir.path + "/articles"
        if copyFixtures {
            guard let fixtures = Bundle.module.resourceURL?.appendingPathComponent("Fixtures/articles").path else {
                throw CocoaError(.fileNoSuchFile)
            }
            try FileManager.default.copyItem(atPath: fixtures, toPath: articles)
        } else {
            try FileManager.default.createDirectory(atPath: articles, withIntermediateDirectories: true)
        }
        store = try EventStore(path: dir.path + "/store/watchfloor.sqlite")
        service = IngestService(store: store, extractor: Extractor(gazetteer: Gazetteer()), options: options)
    }

    /// Writes a file the way editors and `cp` do: write, then close.
    func write(_ relative: String, _ text: String) throws {
        let path = articles + "/" + relative
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }
}

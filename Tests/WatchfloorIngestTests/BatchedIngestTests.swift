import Foundation
import Synchronization
import Testing
import WatchfloorModel
@testable import WatchfloorStore
@testable import WatchfloorIngest

/// A backlog is written several files per transaction; each article stays whole and one that the
/// store refuses fails alone.
@Suite struct BatchedIngestTests {
    /// Files whose text the store refuses (a trigger standing in for an article SQLite cannot take).
    private func poison(_ store: EventStore) throws {
        try store.executeForTesting("""
            CREATE TRIGGER poison BEFORE INSERT ON articles WHEN new.text LIKE '%POISON%'
            BEGIN SELECT RAISE(ABORT, 'poisoned article'); END
            """)
    }

    @Test func aRefusedArticleFailsAloneAndTheRestOfItsBatchIsStored() throws {
        let h = try IngestHarness(copyFixtures: false)
        for n in 0..<12 {
            let marker = n == 5 ? " POISON" : ""
            try h.write("n\(n).txt", "Talks \(n)\nDate: 2024-03-0\(n % 9 + 1)\n\nEnvoys met in Berlin on Monday to discuss item \(n).\(marker)\n")
        }
        try h.write("list.json", #"[{"title": "A", "text": "Police arrested two men in Lyon."}, {"title": "B", "text": "POISON in Paris."}]"#)
        try poison(h.store)
        let log = EventLog()
        let summary = h.service.ingestAll(paths: [h.articles]) { log.append($0) }
        #expect(summary == IngestSummary(stored: 12, unchanged: 0, failed: 2, removed: 0))
        let failed = log.all.compactMap { e -> String? in if case .failed(let p, let m) = e { return (p as NSString).lastPathComponent + " " + m } else { return nil } }
        #expect(failed.count == 2)
        #expect(failed.contains { $0.hasPrefix("n5.txt store write failed: poisoned article") })
        #expect(failed.contains { $0.hasPrefix("list.json#2 store write failed") })
        #expect(try h.store.stats().articles == 12)
        #expect(try h.store.stats().errors == 2)
        #expect(try h.store.counterDrift().isEmpty)
        // Progress reaches the end once, after every file's outcome.
        #expect(log.all.last == .progress(done: 13, total: 13))
        let progress = log.all.compactMap { e -> Int? in if case .progress(let done, _) = e { return done } else { return nil } }
        #expect(progress == Array(0...13))
    }

    @Test func aBatchedBacklogStoresEachFileOnceAndAgainAddsNothing() throws {
        let h = try IngestHarness(copyFixtures: false)
        for n in 0..<(IngestBatch.maxArticles + 30) {
            try h.write("d\(n % 7)/f\(n).txt", "Item \(n)\n\nProtesters gathered in Nairobi over fuel prices, report \(n).\n")
        }
        // Two files with the same content in one batch: the second is a copy, not a second article.
        try h.write("copy-a.txt", "Same\n\nThe same text twice.\n")
        try h.write("copy-b.txt", "Same\n\nThe same text twice.\n")
        let first = h.service.ingestAll(paths: [h.articles]) { _ in }
        #expect(first == IngestSummary(stored: IngestBatch.maxArticles + 31, unchanged: 1, failed: 0, removed: 0))
        #expect(try h.store.stats().articles == IngestBatch.maxArticles + 31)
        let again = h.service.ingestAll(paths: [h.articles]) { _ in }
        #expect(again == IngestSummary(stored: 0, unchanged: IngestBatch.maxArticles + 32, failed: 0, removed: 0))
        #expect(try h.store.counterDrift().isEmpty)
        #expect(try h.store.integrityCheck() == ["ok"])
    }

    @Test func cancellingCommitsWhatWasReadAndStops() throws {
        let h = try IngestHarness(copyFixtures: false)
        for n in 0..<10 { try h.write("k\(n).txt", "Other \(n)\n\nTalks resumed in Doha, note \(n).\n") }
        let counter = CallCounter()
        let partial = h.service.ingestAll(paths: [h.articles], isCancelled: { counter.next() > 4 }) { _ in }
        // Four files were read before the fifth check said stop: all four are stored whole, nothing else.
        #expect(partial.stored == 4)
        #expect(try h.store.stats().articles == 4)
        #expect(try h.store.counterDrift().isEmpty)
    }
}

/// Counts calls from any thread.
final class CallCounter: Sendable {
    private let count = Mutex<Int>(0)

    /// The number of this call, from 1.
    func next() -> Int { count.withLock { $0 += 1; return $0 } }
}

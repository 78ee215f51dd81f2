import Foundation
import Testing
import WatchfloorModel
@testable import WatchfloorIngest
@testable import WatchfloorStore

/// `--keep-days` through the ingest service: old articles go, their unchanged files stay out.
@Suite struct RetentionIngestTests {
    @Test func keepDaysPrunesOldArticlesAndDoesNotReadThemAgain() throws {
        let h = try IngestHarness(options: IngestOptions(keepDays: 30), copyFixtures: false)
        try h.write("old.txt", "Old\n\nIngested long ago.")
        try h.write("fresh.txt", "Fresh\n\nIngested just now.")
        _ = h.service.ingestAll(paths: [h.articles]) { _ in }
        #expect(try h.store.stats().articles == 2)
        // Pretend old.txt was ingested 40 days ago.
        let longAgo = Date().timeIntervalSince1970 - 40 * 86_400
        try h.store.executeForTesting("UPDATE articles SET ingested_at = \(longAgo) WHERE path LIKE '%/old.txt'")
        let log = EventLog()
        let summary = h.service.ingestAll(paths: [h.articles]) { log.append($0) }
        #expect(log.all.contains(.warning("retention: forgot 1 article ingested more than 30 days ago")))
        #expect(summary == IngestSummary(stored: 0, unchanged: 2, failed: 0, removed: 0))
        #expect(try h.store.stats().articles == 1)
        // Once changed, it is new again.
        try h.write("old.txt", "Old\n\nIngested long ago, and edited today.")
        #expect(h.service.ingestAll(paths: [h.articles]) { _ in }.stored == 1)
        #expect(try h.store.stats().articles == 2)
    }

    @Test func theWatcherPrunesOnItsSchedule() throws {
        let h = try IngestHarness(options: IngestOptions(keepDays: 1, pruneInterval: 0.1), copyFixtures: false)
        try h.write("a.txt", "A\n\nSoon old.")
        let log = EventLog()
        let watch = try h.service.startWatching(paths: [h.articles]) { log.append($0) }
        defer { watch.stop() }
        #expect(log.wait { $0.contains { $0.isStored("/a.txt") } })
        try h.store.executeForTesting("UPDATE articles SET ingested_at = 0")
        #expect(log.wait { $0.contains(.warning("retention: forgot 1 article ingested more than 1 day ago")) })
        #expect(try h.store.stats().articles == 0)
    }
}

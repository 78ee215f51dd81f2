import Foundation
import GRDB
import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// Session 5's writer: during a one-shot ingest (`withBulkWriteCache`) the write-ahead log is copied
/// into the database file by `WALCheckpointer`'s thread instead of the committing connection, and the
/// commit hook (SQLite's automatic checkpoint) is given back afterwards.
@Suite struct WALCheckpointerTests {
    /// A pragma's value on the writing connection.
    private func writerPragma(_ store: EventStore, _ sql: String) throws -> Int? {
        try store.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: sql) }
    }

    /// Bytes of the database file itself (not its log).
    private func fileBytes(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// A group of new articles whose commit leaves well over 1,000 pages (4 MiB) in the log.
    private func largeGroup(_ prefix: String) -> [BatchArticle] {
        let body = String(repeating: "Ships were seized near the port on Monday and the crews were held. ", count: 400)
        return (0..<200).map { n in
            BatchArticle(article: StoreFixtures.article("/bulk/\(prefix)\(n).txt", body: body + "\(prefix) \(n)."),
                         contentHash: "\(prefix)-\(n)", size: body.utf8.count, extraction: StoreFixtures.extraction())
        }
    }

    @Test func aBulkRunCopiesTheLogIntoTheFileWhileTheWriterDoesNot() throws {
        let (store, path) = try StoreFixtures.fileStore()
        // The writing connection never checkpoints on its own here, so only the checkpointer can grow the file.
        _ = try writerPragma(store, "PRAGMA wal_autocheckpoint = 0")
        let before = fileBytes(path)
        try store.withBulkWriteCache { _ = try store.recordBatch(largeGroup("a")) }
        // `withBulkWriteCache` waits for the checkpointer's last checkpoint before it returns.
        #expect(fileBytes(path) > before + 4_000_000)
        #expect(try writerPragma(store, "PRAGMA wal_autocheckpoint") == 0)
        #expect(try store.stats().articles == 200)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func afterABulkRunTheWriterCheckpointsOnItsOwnAgain() throws {
        let (store, path) = try StoreFixtures.fileStore()
        try store.withBulkWriteCache { _ = try store.recordBatch(largeGroup("a")) }
        #expect(try writerPragma(store, "PRAGMA wal_autocheckpoint") == 1_000)
        let before = fileBytes(path)
        // Outside a bulk run the commit hook is SQLite's automatic checkpoint again (not a stopped checkpointer's).
        _ = try store.recordBatch(largeGroup("b"))
        #expect(fileBytes(path) > before + 4_000_000)
        #expect(try store.stats().articles == 400)
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
    }

    @Test func aBulkRunKeepsTheLogBounded() throws {
        let (store, path) = try StoreFixtures.fileStore()
        // Groups of over 1,000 pages back to back: each next transaction begins while the thread still copies
        // the last one, so only the writer's own copy past the limit lets SQLite start the log over.
        var largest = 0
        try store.withBulkWriteCache(logLimit: 2_000) {
            for n in 0..<6 {
                _ = try store.recordBatch(largeGroup("g\(n)-"))
                largest = max(largest, fileBytes(path + "-wal"))
            }
        }
        // 2,000 pages (8 MiB) plus one group; unbounded it grew by every group (over 25 MB here).
        #expect(largest < 16_000_000, "log reached \(largest) bytes")
        #expect(try store.stats().articles == 1_200)
        #expect(try store.integrityCheck() == ["ok"])
    }

    @Test func contentStatusAnswersShortAndLongListsAlike() throws {
        let (store, _) = try StoreFixtures.fileStore()
        let x = StoreFixtures.extraction()
        _ = try store.recordBatch((0..<20).map { n in
            BatchArticle(article: StoreFixtures.article("/s/\(n).txt", body: "Body \(n)."), contentHash: "h\(n)", size: 1, extraction: x)
        })
        _ = try store.prune(olderThan: .infinity)
        _ = try store.recordBatch([BatchArticle(article: StoreFixtures.article("/s/new.txt", body: "New."), contentHash: "stored",
                                                size: 1, extraction: x)])
        // Short lists use a cached statement (asked twice, with other values the second time), long ones a fresh one.
        for count in [1, 2, EventStore.cachedInListLimit, EventStore.cachedInListLimit + 1] {
            for round in 0..<2 {
                var items: [(path: String, contentHash: String)] = []
                for n in 0..<count {
                    switch (n + round) % 3 {
                    case 0: items.append(("/s/\(n).txt", "h\(n)"))            // pruned with this content
                    case 1: items.append(("/s/other\(n).txt", "stored"))     // the content is stored under another path
                    default: items.append(("/s/\(n).txt", "changed\(n)"))   // pruned path, new content
                    }
                }
                let expected = items.indices.map { n -> ContentStatus in
                    switch (n + round) % 3 {
                    case 0: .pruned
                    case 1: .stored
                    default: .new
                    }
                }
                #expect(try store.contentStatus(items) == expected, "count \(count) round \(round)")
            }
        }
    }
}

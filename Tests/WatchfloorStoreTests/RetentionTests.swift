import Foundation
import Synchronization
import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// Retention (`prune(olderThan:)`), deleted articles, vacuum and integrity (issue 5, "Bounded resources").
@Suite struct RetentionTests {
    private func count(_ store: EventStore, _ table: String) throws -> Int {
        try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    /// Mentions or times (`column`) packed on the stored articles (v7), counted.
    private func packed(_ store: EventStore, _ column: String) throws -> Int {
        try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT coalesce(SUM(json_array_length(\(column))), 0) FROM articles") ?? -1 }
    }

    @Test func pruneDeletesOldArticlesWithTheirFactsAndOrphanActors() throws {
        let store = try EventStore.inMemory()
        _ = try store.record(article: StoreFixtures.article("/w/old.txt"), extraction: StoreFixtures.extraction(incidents: 2, actor: "Old Actor"),
                             contentHash: "old", size: 10, at: 1_000)
        _ = try store.record(article: StoreFixtures.article("/w/new.txt", body: "Talks resumed."),
                             extraction: StoreFixtures.extraction(incidents: 1, actor: "New Actor"), contentHash: "new", size: 10, at: 5_000)
        _ = try store.recordIfKnown(path: "/w/old-copy.txt", contentHash: "old")
        let token = try store.changeToken()
        #expect(try store.prune(olderThan: 2_000) == 1)
        #expect(try store.changeToken() != token)
        let stats = try store.stats()
        #expect(stats.articles == 1)
        #expect(stats.incidents == 1)
        for table in ["article_countries", "article_actors", "timeline", "actors"] {
            #expect(try count(store, table) == 1, "\(table)")
        }
        #expect(try packed(store, "mentions") == 1)
        #expect(try packed(store, "times") == 1)
        #expect(try count(store, "article_aliases") == 0)
        #expect(try store.incidents(filter: QueryFilter(text: "seized"), limit: 10, offset: 0).isEmpty)
        #expect(try store.prune(olderThan: 2_000) == 0)
    }

    @Test func aPrunedFileIsNotReadAgainUntilItChanges() throws {
        let store = try EventStore.inMemory()
        _ = try store.record(article: StoreFixtures.article("/w/a.txt"), extraction: StoreFixtures.extraction(), contentHash: "h1", size: 1, at: 1_000)
        _ = try store.recordIfKnown(path: "/w/copy.txt", contentHash: "h1")
        #expect(try store.prune(olderThan: 2_000) == 1)
        // The same file (and its copy) with the same content: skipped, before any extraction.
        #expect(try store.contentStatus([("/w/a.txt", "h1"), ("/w/copy.txt", "h1"), ("/w/other.txt", "h1")]) == [.pruned, .pruned, .new])
        #expect(try store.isPruned(path: "/w/a.txt", contentHash: "h1"))
        // Changed content is new again, and recording it drops the marker.
        #expect(try store.contentStatus([("/w/a.txt", "h2")]) == [.new])
        _ = try store.record(article: StoreFixtures.article("/w/a.txt"), extraction: StoreFixtures.extraction(), contentHash: "h2", size: 1)
        #expect(try !store.isPruned(path: "/w/a.txt", contentHash: "h1"))
        // A pruned file that is deleted is forgotten entirely.
        #expect(try store.storedFiles(under: "/w").contains("/w/copy.txt"))
        try store.markRemoved(path: "/w/copy.txt")
        #expect(try !store.isPruned(path: "/w/copy.txt", contentHash: "h1"))
        #expect(try count(store, "pruned_articles") == 0)
    }

    @Test func deletedArticlesTakeTheirFactsWithThem() throws {
        // The documented choice: a deleted file's article and facts are dropped (not kept as "removed").
        let store = try EventStore.inMemory()
        _ = try store.record(article: StoreFixtures.article("/w/a.txt"), extraction: StoreFixtures.extraction(incidents: 3), contentHash: "h", size: 1)
        try store.recordError(path: "/w/b.txt", message: "binary")
        #expect(try store.markRemoved(path: "/w/a.txt") == ["/w/a.txt"])
        #expect(try store.markRemoved(path: "/w/b.txt") == [])
        #expect(try store.stats() == StoreStats())
        for table in ["article_countries", "article_actors", "timeline", "incidents", "articles"] {
            #expect(try count(store, table) == 0, "\(table)")
        }
        #expect(try store.timeline(filter: QueryFilter(), limit: 10, offset: 0).isEmpty)
        #expect(try store.incidents(filter: QueryFilter(text: "seized"), limit: 10, offset: 0).isEmpty)
    }

    @Test func batchesRecordEachArticleWholeAndRollBackTogether() throws {
        let store = try EventStore.inMemory()
        let items = (1...3).map { n in
            BatchArticle(article: StoreFixtures.article("/w/l.json#\(n)"), contentHash: "h\(n)", size: 5, extraction: StoreFixtures.extraction())
        }
        #expect(try store.recordBatch(items).map { $0?.stored } == [true, true, true])
        // Known content settles without an extraction; unknown content without one comes back nil.
        let again = try store.recordBatch([BatchArticle(article: StoreFixtures.article("/w/l.json#1"), contentHash: "h1", size: 5, extraction: nil),
                                           BatchArticle(article: StoreFixtures.article("/w/l.json#4"), contentHash: "h4", size: 5, extraction: nil)])
        #expect(again.first??.stored == false)
        #expect(again.last == .some(nil))
        try store.executeForTesting("CREATE TRIGGER fail_third BEFORE INSERT ON articles WHEN new.path LIKE '%#6' BEGIN SELECT RAISE(ABORT, 'injected'); END")
        let failing = (5...6).map { n in
            BatchArticle(article: StoreFixtures.article("/w/l.json#\(n)"), contentHash: "h\(n)", size: 5, extraction: StoreFixtures.extraction())
        }
        #expect(throws: (any Error).self) { try store.recordBatch(failing) }
        #expect(try store.stats().articles == 3)
    }

    @Test func vacuumShrinksAPrunedStoreAndIntegrityHolds() throws {
        let (store, _) = try StoreFixtures.fileStore()
        let body = String(repeating: "Ships were seized near the port on Monday. ", count: 200)
        for n in 0..<300 {
            _ = try store.record(article: StoreFixtures.article("/w/\(n).txt", body: body + "\(n)"), extraction: StoreFixtures.extraction(actor: "Actor \(n)"),
                                 contentHash: "h\(n)", size: body.utf8.count, at: Double(n))
        }
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.prune(olderThan: 290) == 290)
        #expect(try count(store, "actors") == 10)
        let sizes = try store.vacuum()
        #expect(sizes.after < sizes.before / 2, "\(sizes)")
        #expect(try store.integrityCheck() == ["ok"])
        #expect(try store.stats().articles == 10)
    }

    @Test func manyOpenersCreatingOneStoreAtOnceAllSucceed() throws {
        // GRDB checks applied migrations before locking: concurrent creators race on `v1`.
        let dir = NSTemporaryDirectory() + "watchfloor-race-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/store.sqlite"
        let failures = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 6) { _ in
            do {
                let store = try EventStore(path: path)
                _ = try store.changeToken()
            } catch {
                failures.withLock { $0.append("\(error)") }
            }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(try EventStore(path: path).appliedMigrations() == StoreSchema.migrator.migrations)
    }
}

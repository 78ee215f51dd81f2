import GRDB
import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// Session 4's writer: a group of new paths written without foreign key checks (and the checks back on
/// after it, whatever happened), filter rows inserted in index order at the flush, and the bulk cache of
/// a one-shot ingest given back.
@Suite struct WriterBatchTests {
    /// A pragma's value on the writing connection.
    private func writerPragma(_ store: EventStore, _ name: String) throws -> Int? {
        try store.writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA \(name)") }
    }

    private func item(_ path: String, _ hash: String, _ x: Extraction?) -> BatchArticle {
        BatchArticle(article: StoreFixtures.article(path, body: "Body \(hash)."), contentHash: hash, size: 1, extraction: x)
    }

    @Test func aGroupOfNewPathsLeavesForeignKeysOnAndCascadesStillWork() throws {
        let (store, _) = try StoreFixtures.fileStore()
        let x = StoreFixtures.extraction(incidents: 3, actor: "Anna")
        let outcomes = try store.recordBatch([item("/w/a.txt", "a", x), item("/w/b.txt", "b", x), item("/w/c.txt", "a", nil)], at: 5)
        #expect(outcomes.map { $0?.stored } == [true, true, false])
        #expect(try writerPragma(store, "foreign_keys") == 1)
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
        // The cascade from a removed article reaches every fact table (it needs foreign keys on).
        try store.markRemoved(path: "/w/b.txt")
        let orphans = try store.writer.read { db in
            try Int.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM incidents WHERE article_id NOT IN (SELECT id FROM articles))
                     + (SELECT COUNT(*) FROM timeline WHERE article_id NOT IN (SELECT id FROM articles))
                     + (SELECT COUNT(*) FROM incident_countries WHERE incident_id NOT IN (SELECT id FROM incidents))
                     + (SELECT COUNT(*) FROM timeline_countries WHERE timeline_id NOT IN (SELECT id FROM timeline))
                     + (SELECT COUNT(*) FROM article_actors WHERE article_id NOT IN (SELECT id FROM articles))
                """)
        }
        #expect(orphans == 0)
        #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA foreign_key_check") } == nil)
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
    }

    @Test func aGroupWithAStoredOrRepeatedPathTakesTheCheckedPath() throws {
        let store = try EventStore.inMemory()
        let x = StoreFixtures.extraction(incidents: 2, actor: "Anna")
        _ = try store.recordBatch([item("/w/a.txt", "a1", x)], at: 1)
        // A stored path replaced, and a path written twice in one group: both delete what was written.
        let y = StoreFixtures.extraction(country: "DE", name: "Germany", incidents: 1, type: .talks, incidentCountry: "DE", actor: "Bert")
        let outcomes = try store.recordBatch([item("/w/a.txt", "a2", y), item("/w/b.txt", "b1", x), item("/w/b.txt", "b2", y)], at: 2)
        #expect(outcomes.map { $0?.stored } == [true, true, true])
        #expect(try writerPragma(store, "foreign_keys") == 1)
        #expect(try store.stats().articles == 2)
        #expect(try store.stats().incidents == 2)
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
        #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM incident_countries") } == 2)
    }

    @Test func aFailingGroupOfNewPathsRollsBackAndTurnsForeignKeysBackOn() throws {
        let store = try EventStore.inMemory()
        try store.executeForTesting("""
            CREATE TRIGGER fail_c AFTER INSERT ON articles WHEN new.path = '/w/c.txt' BEGIN SELECT RAISE(ABORT, 'refused'); END;
            """)
        let x = StoreFixtures.extraction(incidents: 2, actor: "Anna")
        #expect(throws: (any Error).self) {
            try store.recordBatch([item("/w/a.txt", "a", x), item("/w/b.txt", "b", x), item("/w/c.txt", "c", x)])
        }
        #expect(try writerPragma(store, "foreign_keys") == 1)
        #expect(try store.stats().articles == 0)
        #expect(try store.writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM incident_countries") } == 0)
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
    }

    @Test func filterRowsFollowTheRuleWhateverOrderTheyAreWrittenIn() throws {
        // Several articles whose incidents and entries fall into many (country, type, day) groups, written
        // in one group: the rows written at the flush are exactly the own-country / focus rule's.
        let store = try EventStore.inMemory()
        var items: [BatchArticle] = []
        let types: [IncidentType] = [.talks, .attackDrone, .protest]
        for n in 0..<12 {
            let x = StoreFixtures.extraction(country: n % 2 == 0 ? "FR" : "UA", name: n % 2 == 0 ? "France" : "Ukraine",
                                             incidents: 1 + n % 3, type: types[n % 3], date: "2024-03-0\(1 + n % 7)",
                                             incidentCountry: n % 4 == 0 ? "RU" : nil, actor: "Actor \(n % 5)")
            items.append(item("/w/\(n).txt", "h\(n)", x))
        }
        _ = try store.recordBatch(items, at: 3)
        #expect(try store.filterIndexDrift().isEmpty && store.counterDrift().isEmpty)
        let rows = try store.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM incident_countries) + (SELECT COUNT(*) FROM timeline_countries)")
        }
        #expect((rows ?? 0) > 0)
    }

    @Test func indexOrderSortsByCountryTypeThenNewestFirst() {
        typealias Row = CountryRows.Row
        let a = Row(id: 1, country: "FR", type: nil, dayStart: "2024-01-01", dayEnd: nil, ingestedAt: 1)
        let b = Row(id: 2, country: "FR", type: "attack", dayStart: "2024-01-02", dayEnd: nil, ingestedAt: 1)
        let c = Row(id: 3, country: "FR", type: "attack", dayStart: "2024-01-01", dayEnd: nil, ingestedAt: 1)
        let d = Row(id: 4, country: "FR", type: "attack", dayStart: nil, dayEnd: nil, ingestedAt: 1)
        let e = Row(id: 5, country: "FR", type: "attack", dayStart: "2024-01-01", dayEnd: nil, ingestedAt: 1)
        let f = Row(id: 6, country: "DE", type: "talks", dayStart: "2024-01-09", dayEnd: nil, ingestedAt: 1)
        let rows = [a, b, c, d, e, f]
        #expect(CountryRows.indexOrder(rows).map { rows[$0].id } == [6, 1, 2, 5, 3, 4])
    }

    @Test func aGroupOfNewPathsClearsTheAliasErrorAndPrunedRowsOfItsPathsOnly() throws {
        let (store, _) = try StoreFixtures.fileStore()
        let x = StoreFixtures.extraction(actor: "Anna")
        // /w/copy.txt is a copy of /w/a.txt, /w/bad.txt failed, /w/old.txt and /w/kept.txt were pruned.
        _ = try store.recordBatch([item("/w/old.txt", "old", x), item("/w/kept.txt", "kept", x)], at: 1)
        #expect(try store.prune(olderThan: 2) == 2)
        _ = try store.recordBatch([item("/w/a.txt", "a", x), item("/w/copy.txt", "a", x)], at: 5)
        try store.recordError(path: "/w/bad.txt", message: "broken", at: 5)
        try store.recordError(path: "/w/other.txt", message: "still broken", at: 5)
        // None of these paths is stored, so the group takes the unchecked way; three of them have rows to clear.
        let outcomes = try store.recordBatch([item("/w/copy.txt", "c", x), item("/w/bad.txt", "b", x), item("/w/old.txt", "o", x),
                                              item("/w/new.txt", "n", x)], at: 9)
        #expect(outcomes.map { $0?.stored } == [true, true, true, true])
        let rows = try store.writer.read { db in
            try String.fetchAll(db, sql: """
                SELECT 'alias ' || path FROM article_aliases UNION ALL SELECT 'error ' || path FROM ingest_errors
                UNION ALL SELECT 'pruned ' || path FROM pruned_articles ORDER BY 1
                """)
        }
        #expect(rows == ["error /w/other.txt", "pruned /w/kept.txt"])
        #expect(try store.stats().articles == 5 && store.stats().errors == 1)
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
    }

    @Test func theBulkCacheIsGivenBack() throws {
        let (store, _) = try StoreFixtures.fileStore()
        let inside = store.withBulkWriteCache { try? writerPragma(store, "cache_size") }
        #expect(inside == -EventStore.bulkWriteCacheKiB)
        #expect(try writerPragma(store, "cache_size") == -EventStore.writerCacheKiB)
    }
}

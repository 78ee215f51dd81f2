import Foundation
import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// Migrations, named writes, duplicates, replacement, atomicity and change tokens.
@Suite struct EventStoreWriteTests {
    @Test func migrationsOnAnEmptyStore() throws {
        let (store, path) = try StoreFixtures.fileStore()
        #expect(try store.appliedMigrations() == StoreSchema.migrator.migrations)
        #expect(StoreSchema.migrator.migrations.starts(with: ["v1", "v2", "v3", "v4", "v5", "v6", "v7"]))
        #expect(try store.stats() == StoreStats())
        #expect(try store.incidents(filter: QueryFilter(), limit: 10, offset: 0).isEmpty)
        #expect(try store.countryFacets().isEmpty)
        // Reopening an existing store applies nothing new and keeps the data.
        _ = try store.record(article: StoreFixtures.article("/a.txt"), extraction: StoreFixtures.extraction(), contentHash: "h1", size: 10)
        let reopened = try EventStore(path: path)
        #expect(try reopened.appliedMigrations() == StoreSchema.migrator.migrations)
        #expect(try reopened.stats().articles == 1)
    }

    @Test func sameContentAddsNothing() throws {
        let store = try EventStore.inMemory()
        let first = try store.record(article: StoreFixtures.article("/d/a.txt"), extraction: StoreFixtures.extraction(), contentHash: "h1", size: 10)
        guard case .inserted(let id) = first else { Issue.record("expected insert, got \(first)"); return }
        let again = try store.record(article: StoreFixtures.article("/d/a.txt"), extraction: StoreFixtures.extraction(), contentHash: "h1", size: 10)
        #expect(again == .unchanged(articleID: id))
        let copy = try store.recordIfKnown(path: "/d/copy.txt", contentHash: "h1")
        #expect(copy == .duplicate(articleID: id, existingPath: "/d/a.txt"))
        #expect(try store.recordIfKnown(path: "/d/new.txt", contentHash: "h2") == nil)
        let stats = try store.stats()
        #expect(stats.articles == 1)
        #expect(stats.incidents == 1)
    }

    @Test func changedContentReplacesFacts() throws {
        let store = try EventStore.inMemory()
        let first = try store.record(article: StoreFixtures.article("/a.txt"), extraction: StoreFixtures.extraction(incidents: 3), contentHash: "h1", size: 10)
        let second = try store.record(article: StoreFixtures.article("/a.txt", body: "Talks resumed in the capital today."),
                                      extraction: StoreFixtures.extraction(country: "DE", name: "Germany", incidents: 1, type: .talks, incidentCountry: "DE"),
                                      contentHash: "h2", size: 12)
        #expect(second == .replaced(articleID: first.articleID))
        let rows = try store.incidents(filter: QueryFilter(), limit: 10, offset: 0)
        #expect(rows.map(\.type) == [.talks])
        #expect(try store.countryFacets().map(\.code) == ["DE"])
        #expect(try store.timeline(filter: QueryFilter(), limit: 10, offset: 0).count == 1)
        #expect(try store.article(id: first.articleID)?.text.contains("Talks resumed") == true)
        // The full-text index follows the new text.
        #expect(try store.incidents(filter: QueryFilter(text: "seized"), limit: 10, offset: 0).isEmpty)
        #expect(try store.incidents(filter: QueryFilter(text: "talks capital"), limit: 10, offset: 0).count == 1)
    }

    @Test func failingWriteLeavesNoPartialArticle() throws {
        let store = try EventStore.inMemory()
        // The timeline is written last: a failure there must roll back the article and every fact before it.
        try store.executeForTesting("CREATE TRIGGER fail_timeline BEFORE INSERT ON timeline BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
        let before = try store.changeToken()
        #expect(throws: (any Error).self) {
            try store.record(article: StoreFixtures.article("/a.txt"), extraction: StoreFixtures.extraction(incidents: 2), contentHash: "h1", size: 10)
        }
        #expect(try store.stats() == StoreStats())
        #expect(try store.changeToken() == before)
        #expect(try store.actors(filter: QueryFilter(), sort: .mentions, limit: 10, offset: 0, trendDays: 0, endingAt: CalendarDay(daysSinceEpoch: 0)).isEmpty)
        #expect(try store.incidents(filter: QueryFilter(text: "seized"), limit: 10, offset: 0).isEmpty)
        try store.executeForTesting("DROP TRIGGER fail_timeline")
        #expect(try store.recordIfKnown(path: "/a.txt", contentHash: "h1") == nil)
        let outcome = try store.record(article: StoreFixtures.article("/a.txt"), extraction: StoreFixtures.extraction(incidents: 2), contentHash: "h1", size: 10)
        #expect(outcome.stored)
        #expect(try store.stats().incidents == 2)
    }

    @Test func removalForgetsArticlesElementsAndDirectories() throws {
        let store = try EventStore.inMemory()
        for (n, path) in ["/w/a.txt", "/w/list.json#1", "/w/list.json#2", "/w/sub/b.txt", "/w/subway.txt"].enumerated() {
            _ = try store.record(article: StoreFixtures.article(path), extraction: StoreFixtures.extraction(), contentHash: "h\(n)", size: 1)
        }
        #expect(try store.markRemoved(path: "/w/list.json").sorted() == ["/w/list.json#1", "/w/list.json#2"])
        #expect(try store.storedFiles(under: "/w") == ["/w/a.txt", "/w/sub/b.txt", "/w/subway.txt"])
        #expect(try store.markRemoved(path: "/w/sub") == ["/w/sub/b.txt"])
        #expect(try store.markRemoved(path: "/w/missing.txt").isEmpty)
        #expect(try store.stats().articles == 2)
        #expect(try store.articlePaths(ids: [1, 2, 3, 4, 5]).values.sorted() == ["/w/a.txt", "/w/subway.txt"])
    }

    @Test func removingTheOriginalKeepsTheCopy() throws {
        let store = try EventStore.inMemory()
        let id = try store.record(article: StoreFixtures.article("/w/a.txt"), extraction: StoreFixtures.extraction(), contentHash: "h", size: 1).articleID
        _ = try store.recordIfKnown(path: "/w/copy.txt", contentHash: "h")
        try store.markRemoved(path: "/w/a.txt")
        #expect(try store.article(id: id)?.path == "/w/copy.txt")
        try store.markRemoved(path: "/w/copy.txt")
        #expect(try store.article(id: id) == nil)
    }

    @Test func pruneDropsElementsNoLongerInTheFile() throws {
        let store = try EventStore.inMemory()
        for n in 1...3 {
            _ = try store.record(article: StoreFixtures.article("/w/l.json#\(n)"), extraction: Extraction(), contentHash: "h\(n)", size: 1)
        }
        #expect(try store.pruneArticles(fromFile: "/w/l.json", keeping: ["/w/l.json#1"]).count == 2)
        #expect(try store.stats().articles == 1)
    }

    @Test func errorsAreKeptPerPathAndClearedBySuccess() throws {
        let store = try EventStore.inMemory()
        try store.recordError(path: "/w/a.txt", message: "file is empty", at: 100)
        try store.recordError(path: "/w/b.txt", message: "binary", at: 200)
        try store.recordError(path: "/w/a.txt", message: "still empty", at: 300)
        let errors = try store.ingestErrors(limit: 10, offset: 0)
        #expect(errors.map(\.path) == ["/w/a.txt", "/w/b.txt"])
        #expect(errors.first?.message == "still empty")
        _ = try store.record(article: StoreFixtures.article("/w/a.txt"), extraction: Extraction(), contentHash: "h", size: 1)
        #expect(try store.ingestErrors(limit: 10, offset: 0).map(\.path) == ["/w/b.txt"])
        #expect(try store.stats().errors == 1)
    }

    @Test func removingAFileClearsItsError() throws {
        let store = try EventStore.inMemory()
        try store.recordError(path: "/w/bad.txt", message: "binary")
        #expect(try store.storedFiles(under: "/w") == ["/w/bad.txt"])
        #expect(try store.markRemoved(path: "/w/bad.txt").isEmpty)
        #expect(try store.ingestErrors(limit: 10, offset: 0).isEmpty)
    }

    @Test func changeTokenSeesCommitsFromAnotherConnection() throws {
        let (store, path) = try StoreFixtures.fileStore()
        let other = try EventStore(path: path)
        let before = try store.changeToken()
        _ = try other.record(article: StoreFixtures.article("/a.txt"), extraction: Extraction(), contentHash: "h", size: 1)
        let afterRecord = try store.changeToken()
        #expect(afterRecord != before)
        try other.recordError(path: "/b.txt", message: "x")
        #expect(try store.changeToken() != afterRecord)
    }

    @Test func openingAnUnusablePathIsAClearError() throws {
        #expect {
            try EventStore(path: "/proc/watchfloor-cannot-exist/store.sqlite")
        } throws: { error in
            guard let e = error as? StoreError, case .cannotOpen = e else { return false }
            return e.description.contains("--store")
        }
    }
}

import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// `textSearchCap(for:)` tells when a search reads only the newest `textMatchLimit` matching articles.
@Suite struct TextSearchCapTests {
    @Test func theCapIsReportedOnlyWhenMoreArticlesMatchThanASearchReads() throws {
        let store = try EventStore.inMemory()
        let limit = FilterSQL.textMatchLimit
        let items = (0...limit).map { n in
            BatchArticle(article: StoreFixtures.article("/w/c\(n).txt", body: n < 3 ? "Curfew and ceasefire, item \(n)." : "Curfew declared, item \(n)."),
                         contentHash: "c\(n)", size: 1, extraction: StoreFixtures.extraction())
        }
        _ = try store.recordBatch(items, at: 1)
        // limit + 1 articles match "curfew": one more than a search reads.
        #expect(try store.textSearchCap(for: "curfew") == limit)
        #expect(try store.textSearchCap(for: "curfews") == limit)
        #expect(try store.textSearchCap(for: "ceasefire") == nil)
        #expect(try store.textSearchCap(for: "nothing") == nil)
        #expect(try store.textSearchCap(for: "  ") == nil)
        _ = try store.markRemoved(path: "/w/c5.txt")
        #expect(try store.textSearchCap(for: "curfew") == nil)
    }
}

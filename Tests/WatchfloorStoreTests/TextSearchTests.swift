import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// Text search: prefixes from three letters on, shorter words whole, user text never FTS syntax.
@Suite struct TextSearchTests {
    @Test func shortWordsMatchWholeWordsAndLongerOnesArePrefixes() throws {
        #expect(FilterSQL.ftsQuery("Berl ab x") == #""Berl"* "ab" "x""#)
        #expect(FilterSQL.ftsQuery("U.S. \"a OR (b") == #""U.S." "a" "OR" "b""#)
        #expect(FilterSQL.ftsQuery("-- ()") == nil)
    }

    @Test func aTwoLetterWordDoesNotMatchLongerWordsStartingWithIt() throws {
        let store = try EventStore.inMemory()
        _ = try store.record(article: StoreFixtures.article("/w/a.txt", body: "Envoys met in Berlin."), extraction: StoreFixtures.extraction(),
                             contentHash: "a", size: 1, at: 1)
        _ = try store.record(article: StoreFixtures.article("/w/b.txt", body: "Talks will be held soon."), extraction: StoreFixtures.extraction(),
                             contentHash: "b", size: 1, at: 2)
        let berlin = try store.incidents(filter: QueryFilter(text: "ber"), limit: 10, offset: 0).map(\.articleID)
        let be = try store.incidents(filter: QueryFilter(text: "be"), limit: 10, offset: 0).map(\.articleID)
        #expect(berlin == [1])
        #expect(be == [2])
    }
}

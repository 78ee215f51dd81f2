import GRDB
import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// Filtered actor lists (totals summed in memory by `ActorLinkTotals`, the page ordered by SQLite) give
/// every page exactly as one SQL `ORDER BY total DESC, name COLLATE NOCASE, id` over all actors would,
/// ties at the page's edge included.
@Suite struct ActorQueryTests {
    typealias Random = CounterConsistencyTests.Random

    /// A store of random articles whose actors tie often (five names, two of them equal but for case).
    static func randomStore(seed: UInt64) throws -> EventStore {
        let store = try EventStore.inMemory()
        var r = Random(state: seed)
        for n in 0..<60 {
            let (article, extraction, hash) = CounterConsistencyTests.randomArticle("/s/a\(n).txt", 0, &r)
            _ = try store.record(article: article, extraction: extraction, contentHash: hash, size: 10, at: 100 + Double(n))
        }
        return store
    }

    /// The byte order of SQLite's NOCASE collation: ASCII letters folded, everything else as UTF-8 bytes.
    static func nocase(_ s: String) -> [UInt8] {
        s.utf8.map { (65...90).contains($0) ? $0 + 32 : $0 }
    }

    /// Every matching actor as "name|kind", in the list's order, from the plain SQL totals.
    static func referenceOrder(_ store: EventStore, _ filter: QueryFilter, sort: ActorSort) throws -> [String] {
        let totals = try FilterIndexTests.plainActorTotals(store, filter)
        let ids = try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT name || '|' || kind AS key, id FROM actors").reduce(into: [String: Int64]()) {
                $0[$1["key"]] = $1["id"]
            }
        }
        let keyed = totals.map { (key: $0.key, total: $0.value, name: nocase(String($0.key.split(separator: "|")[0])), id: ids[$0.key] ?? 0) }
        return keyed.sorted { a, b in
            if sort == .mentions, a.total != b.total { return a.total > b.total }
            if a.name != b.name { return a.name.lexicographicallyPrecedes(b.name) }
            if sort == .name, a.total != b.total { return a.total > b.total }
            return a.id < b.id
        }.map(\.key)
    }

    static let filters: [QueryFilter] = [
        QueryFilter(text: "talks"),
        QueryFilter(text: "sanctions"),
        QueryFilter(types: [.arrest, .talks]),
        QueryFilter(countries: ["FR", "DE"]),
        QueryFilter(countries: ["FR", "DE", "UA"]),
        QueryFilter(countries: ["UA"]),
        QueryFilter(types: [.protest]),
        QueryFilter(since: CalendarDay(iso: "2024-03-02")),
        QueryFilter(countries: ["JP"], types: [.sanctions], text: "drones"),
    ]

    @Test(arguments: [21, 22, 23] as [UInt64])
    func everyPageIsASliceOfTheFullSQLOrder(seed: UInt64) throws {
        let store = try ActorQueryTests.randomStore(seed: seed)
        let end = try #require(CalendarDay(iso: "2024-03-05"))
        var sawTie = false
        for filter in ActorQueryTests.filters {
            for sort in [ActorSort.mentions, .name] {
                let reference = try ActorQueryTests.referenceOrder(store, filter, sort: sort)
                let totals = try FilterIndexTests.plainActorTotals(store, filter)
                if Set(totals.values).count < totals.count { sawTie = true }
                for useCounters in [true, false] {
                    let all = try store.actors(filter: filter, sort: sort, limit: 100, offset: 0, trendDays: 0, endingAt: end,
                                               useCounters: useCounters)
                    #expect(all.map { "\($0.name)|\($0.kind.rawValue)" } == reference, "\(filter) \(sort) counters \(useCounters)")
                    for limit in 1...3 {
                        for offset in 0...(reference.count + 1) {
                            let page = try store.actors(filter: filter, sort: sort, limit: limit, offset: offset, trendDays: 0,
                                                        endingAt: end, useCounters: useCounters)
                            let expected = Array(reference.dropFirst(offset).prefix(limit))
                            #expect(page.map { "\($0.name)|\($0.kind.rawValue)" } == expected,
                                    "\(filter) \(sort) counters \(useCounters) limit \(limit) offset \(offset)")
                        }
                    }
                }
            }
        }
        // Ties are what the page's edge must get right; the random store has to produce them.
        #expect(sawTie)
    }

    @Test func candidatesKeepEveryTieAtThePagesLastTotal() {
        let totals = ActorLinkTotals(totals: [1: 9, 2: 5, 3: 5, 4: 5, 5: 2, 6: 1])
        func ids(_ sort: ActorSort, _ limit: Int, _ offset: Int) -> [Int64] {
            totals.candidates(sort: sort, limit: limit, offset: offset).map(\.id).sorted()
        }
        // The page ends at a total of 5 that three actors share: all three are needed to order them by name.
        #expect(ids(.mentions, 2, 0) == [1, 2, 3, 4])
        #expect(ids(.mentions, 1, 0) == [1])
        #expect(ids(.mentions, 1, 4) == [1, 2, 3, 4, 5])
        // A page past the end, or sorted by name, needs every actor.
        #expect(ids(.mentions, 10, 0) == [1, 2, 3, 4, 5, 6])
        #expect(ids(.name, 1, 0) == [1, 2, 3, 4, 5, 6])
        #expect(ids(.mentions, Int.max, 1) == [1, 2, 3, 4, 5, 6])
    }
}

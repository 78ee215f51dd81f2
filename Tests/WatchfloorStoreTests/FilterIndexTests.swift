import GRDB
import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// The v6 filter indexes: `timeline_countries`, `actor_countries` and `actor_types` stay equal to a
/// recount after any mix of writes, and the filtered timeline, histogram and actor lists answer exactly
/// what straightforward queries over the fact tables answer (the rules before v6).
@Suite struct FilterIndexTests {
    typealias Random = CounterConsistencyTests.Random

    static let types: [IncidentType] = [.arrest, .talks, .protest, .sanctions]

    /// A random filter over the random articles' countries, types, words and days.
    static func randomFilter(_ r: inout Random) -> QueryFilter {
        var filter = QueryFilter()
        if r.chance(60) { filter.countries = Set((0..<r.int(1...2)).map { _ in r.pick(CounterConsistencyTests.codes) }) }
        if r.chance(40) { filter.types = Set((0..<r.int(1...2)).map { _ in r.pick(types) }) }
        if r.chance(10) { filter.text = r.pick(["sanctions", "drone", "talks"]) }
        if r.chance(25) { filter.since = CalendarDay(iso: r.pick(CounterConsistencyTests.days)) }
        if r.chance(20) { filter.until = CalendarDay(iso: r.pick(CounterConsistencyTests.days)) }
        return filter
    }

    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func filterIndexesMatchARecountAndTheFastPathsMatchPlainQueries(seed: UInt64) throws {
        let store = try EventStore.inMemory()
        var r = Random(state: seed)
        var writes = RandomStoreWrites()
        for step in 0..<150 {
            try writes.apply(store, step: step, clock: 100 + Double(step), &r)
            let drift = try store.filterIndexDrift()
            #expect(drift.isEmpty, "seed \(seed), step \(step): \(drift)")
            if !drift.isEmpty { return }
            if step % 15 == 14 { try FilterIndexTests.expectFastPathsMatch(store, &r, "seed \(seed), step \(step)") }
        }
    }

    @Test func theMigrationBackfillsAStoreWrittenBeforeIt() throws {
        // The writer of the migration before this one is gone (v7 changed the article row), so the store is
        // written by today's writer and the tables this migration fills are emptied and backfilled again.
        let store = try EventStore.inMemory()
        var r = Random(state: 99)
        var writes = RandomStoreWrites()
        for step in 0..<120 {
            try writes.apply(store, step: step, clock: 100 + Double(step), &r)
        }
        try store.executeForTesting("DELETE FROM timeline_countries; DELETE FROM actor_countries; DELETE FROM actor_types;")
        #expect(try !store.filterIndexDrift().isEmpty)
        try store.executeForTesting(StoreSchema.filterIndexBackfill)
        // v6 counted an actor link for every country of its article; v9 recounts by its focus countries.
        #expect(try store.filterIndexDrift().contains { $0.hasPrefix("actor_countries") })
        try store.executeForTesting(StoreSchema.v9Recount)
        #expect(try store.appliedMigrations().contains(StoreSchema.filterIndexesName))
        #expect(try store.appliedMigrations().contains(StoreSchema.actorFocusName))
        #expect(try store.filterIndexDrift().isEmpty)
        #expect(try store.counterDrift().isEmpty)
        try FilterIndexTests.expectFastPathsMatch(store, &r, "after migration")
        // And the triggers keep it exact from there on.
        for step in 120..<160 {
            try writes.apply(store, step: step, clock: 100 + Double(step), &r)
        }
        #expect(try store.filterIndexDrift().isEmpty)
        try FilterIndexTests.expectFastPathsMatch(store, &r, "after more writes")
    }

    @Test func anActorCountsForItsOwnCountryAndItsArticlesFocusCountriesOnly() throws {
        let store = try EventStore.inMemory()
        // An article about Ukraine that mentions Japan in passing, naming a Russian and an actor without a country.
        var x = StoreFixtures.extraction(country: "UA", name: "Ukraine", actor: "Vladimir Putin")
        x.countries.append(CountryCount(code: "JP", name: "Japan", mentions: 1, focus: false))
        x.actors = [
            EventActor(name: "Vladimir Putin", kind: .person, role: "President", country: "RU", spans: [Span(start: 27, end: 32)]),
            EventActor(name: "Red Cross", kind: .organization, role: nil, country: nil, spans: [Span(start: 40, end: 44)]),
        ]
        _ = try store.record(article: StoreFixtures.article("/a.txt"), extraction: x, contentHash: "a", size: 10)
        let end = try #require(CalendarDay(iso: "2024-03-31"))
        func names(_ codes: Set<String>) throws -> [String] {
            var filter = QueryFilter()
            filter.countries = codes
            let fast = try store.actors(filter: filter, sort: .name, limit: 10, offset: 0, trendDays: 1, endingAt: end).map(\.name)
            let plain = try store.actors(filter: filter, sort: .name, limit: 10, offset: 0, trendDays: 1, endingAt: end, useCounters: false)
            #expect(fast == plain.map(\.name), "\(codes)")
            return fast
        }
        #expect(try names(["UA"]) == ["Red Cross", "Vladimir Putin"])
        #expect(try names(["RU"]) == ["Vladimir Putin"])
        #expect(try names(["JP"]) == [])
        #expect(try names(["JP", "RU"]) == ["Vladimir Putin"])
        #expect(try store.filterIndexDrift().isEmpty)
        try store.markRemoved(path: "/a.txt")
        #expect(try store.filterIndexDrift().isEmpty)
        #expect(try names(["UA"]) == [])
    }

    /// Timeline pages, histograms and actor lists against the plain queries, for random filters.
    static func expectFastPathsMatch(_ store: EventStore, _ r: inout Random, _ context: String) throws {
        let end = try #require(CalendarDay(iso: "2024-03-05"))
        for _ in 0..<16 {
            let filter = randomFilter(&r)
            let limit = r.int(1...5), offset = r.int(0...3)
            let fast = try store.timeline(filter: filter, limit: limit, offset: offset).map(\.id)
            #expect(fast == (try plainTimeline(store, filter, limit: limit, offset: offset)), "\(context): timeline \(filter) \(limit)/\(offset)")
            let histogram = try store.timelineHistogram(filter: filter, days: 7, endingAt: end)
            #expect(histogram == (try plainHistogram(store, filter, days: 7, endingAt: end)), "\(context): histogram \(filter)")
            for sort in [ActorSort.mentions, .name] {
                let counted = try store.actors(filter: filter, sort: sort, limit: limit + 3, offset: offset, trendDays: 3, endingAt: end)
                let summed = try store.actors(filter: filter, sort: sort, limit: limit + 3, offset: offset, trendDays: 3, endingAt: end,
                                              useCounters: false)
                #expect(counted == summed, "\(context): actors \(filter) \(sort)")
            }
            let all = try store.actors(filter: filter, sort: .name, limit: 1_000, offset: 0, trendDays: 0, endingAt: end)
            let totals = Dictionary(uniqueKeysWithValues: all.map { ("\($0.name)|\($0.kind.rawValue)", $0.mentions) })
            #expect(totals == (try plainActorTotals(store, filter)), "\(context): actor totals \(filter)")
        }
    }

    /// The conditions of the rules before v6, for timeline entries (alias `t`).
    static func plainConditions(_ filter: QueryFilter) -> (String, [String]) {
        var conditions: [String] = ["1"]
        var values: [String] = []
        let codes = filter.countries.map { $0.uppercased() }.sorted()
        if !codes.isEmpty {
            let marks = FilterSQL.marks(codes.count)
            conditions.append("""
                (t.country IN (\(marks)) OR (t.country IS NULL AND EXISTS (SELECT 1 FROM article_countries c
                    WHERE c.article_id = t.article_id AND c.code IN (\(marks)) AND (c.focus = 1
                    OR NOT EXISTS (SELECT 1 FROM article_countries f WHERE f.article_id = t.article_id AND f.focus = 1)))))
                """)
            values += codes + codes
        }
        if !filter.types.isEmpty {
            conditions.append("t.type IN (\(FilterSQL.marks(filter.types.count)))")
            values += filter.types.map(\.rawValue).sorted()
        }
        if let text = filter.text, let query = FilterSQL.ftsQuery(text) {
            conditions.append("t.article_id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT \(FilterSQL.textMatchLimit))")
            values.append(query)
        }
        if let since = filter.since {
            conditions.append("t.day_end >= ?")
            values.append(since.iso)
        }
        if let until = filter.until {
            conditions.append("t.day_start <= ?")
            values.append(until.iso)
        }
        return (conditions.joined(separator: " AND "), values)
    }

    static func plainTimeline(_ store: EventStore, _ filter: QueryFilter, limit: Int, offset: Int) throws -> [Int64] {
        let (conditions, values) = plainConditions(filter)
        return try store.writer.read { db in
            try Int64.fetchAll(db, sql: """
                SELECT t.id FROM timeline t WHERE \(conditions) ORDER BY t.day_start DESC, t.ingested_at DESC, t.id DESC LIMIT ? OFFSET ?
                """, arguments: StatementArguments(values) + [limit, offset])
        }
    }

    static func plainHistogram(_ store: EventStore, _ filter: QueryFilter, days: Int, endingAt: CalendarDay) throws -> [Int] {
        let (conditions, values) = plainConditions(filter)
        let first = endingAt.adding(days: 1 - days)
        let counts = try store.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT t.day_start AS day, COUNT(*) AS n FROM timeline t
                WHERE \(conditions) AND t.day_start = t.day_end AND t.day_start BETWEEN ? AND ? GROUP BY t.day_start
                """, arguments: StatementArguments(values) + [first.iso, endingAt.iso])
        }
        var result = [Int](repeating: 0, count: days)
        for row in counts {
            let day: String = row["day"]
            if let d = CalendarDay(iso: day) { result[d.daysSinceEpoch - first.daysSinceEpoch] = row["n"] }
        }
        return result
    }

    /// Mentions per actor ("name|kind") summed over the actor links of the matching articles, as before v6.
    static func plainActorTotals(_ store: EventStore, _ filter: QueryFilter) throws -> [String: Int] {
        var conditions: [String] = ["1"]
        var values: [String] = []
        let codes = filter.countries.map { $0.uppercased() }.sorted()
        if !codes.isEmpty {
            let marks = FilterSQL.marks(codes.count)
            conditions.append("(aa.country IN (\(marks)) OR EXISTS (SELECT 1 FROM article_countries c WHERE c.article_id = aa.article_id AND c.code IN (\(marks)) AND c.focus = 1))")
            values += codes + codes
        }
        if !filter.types.isEmpty {
            conditions.append("EXISTS (SELECT 1 FROM incidents i WHERE i.article_id = aa.article_id AND i.type IN (\(FilterSQL.marks(filter.types.count))))")
            values += filter.types.map(\.rawValue).sorted()
        }
        if let text = filter.text, let query = FilterSQL.ftsQuery(text) {
            conditions.append("aa.article_id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT \(FilterSQL.textMatchLimit))")
            values.append(query)
        }
        if let since = filter.since {
            conditions.append("a.published >= ?")
            values.append(since.iso)
        }
        if let until = filter.until {
            conditions.append("a.published <= ?")
            values.append(until.iso)
        }
        let rows = try store.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT ac.name || '|' || ac.kind AS key, SUM(aa.mentions) AS total
                FROM article_actors aa JOIN actors ac ON ac.id = aa.actor_id JOIN articles a ON a.id = aa.article_id
                WHERE \(conditions.joined(separator: " AND ")) GROUP BY ac.id
                """, arguments: StatementArguments(values))
        }
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["key"] as String, $0["total"] as Int) })
    }
}

import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// The counters the writer keeps (v4) stay equal to a recount of the fact tables after any mix of
/// inserts, replacements, copies, removals, JSON element pruning, retention and error records, and
/// the fast query paths answer exactly what the plain sorted queries answer.
@Suite struct CounterConsistencyTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    static let codes = ["FR", "DE", "jp", "UA"]
    static let days = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-05"]
    static let names = ["Jean Dupont", "Anna Schmidt", "Kenji Sato", "Olena Shevchenko", "jean dupont"]

    /// An article with random facts; `variant` changes its text (and so its content hash).
    static func randomArticle(_ path: String, _ variant: Int, _ r: inout Random) -> (Article, Extraction, String) {
        let published = r.chance(85) ? r.pick(days) : nil
        let body = "Talks on \(r.pick(["sanctions", "drones", "ceasefire"])) continued, version \(variant)."
        let article = StoreFixtures.article(path, body: body, published: published)
        let countries = (0..<r.int(0...3)).map { _ in
            let code = r.pick(codes)
            return CountryCount(code: code, name: code == "jp" ? "Japan" : r.pick(["Name A", "Name B"]), mentions: r.int(1...3), focus: r.chance(40))
        }
        let actors = (0..<r.int(0...3)).map { _ in
            EventActor(name: r.pick(names), kind: r.chance(80) ? .person : .organization, role: r.chance(50) ? r.pick(["Minister", "Envoy"]) : nil,
                       country: r.chance(50) ? r.pick(codes) : nil,
                       spans: (0..<r.int(0...3)).map { Span(start: 27 + $0 * 5, end: 30 + $0 * 5) })
        }
        let sentence = Span(start: 27, end: 40)
        let incidents = (0..<r.int(0...4)).map { n -> Incident in
            let date: String? = r.chance(20) ? nil : (r.chance(15) ? "2024-03" : r.pick(days))
            return Incident(type: r.pick([.arrest, .talks, .protest, .sanctions]), trigger: Span(start: 30 + n, end: 32 + n), text: "talks",
                            sentence: sentence, date: date, datePrecision: date == nil ? nil : (date?.count == 7 ? .month : .day),
                            country: r.chance(50) ? r.pick(codes) : nil, place: nil, actors: [r.pick(names)], targets: [], count: nil)
        }
        var timeline = incidents.enumerated().map { n, i in
            TimelineEntry(date: i.date ?? "PAST_REF", precision: i.datePrecision ?? .reference, label: "talks", incident: n, sentence: sentence)
        }
        if r.chance(30) { timeline.append(TimelineEntry(date: r.pick(days), precision: .day, label: "other", incident: nil, sentence: sentence)) }
        let extraction = Extraction(countries: countries, actors: actors, incidents: incidents, timeline: timeline, sentences: [sentence])
        return (article, extraction, "hash-\(path)-\(variant)")
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func countersMatchARecountAfterRandomOperations(seed: UInt64) throws {
        let store = try EventStore.inMemory()
        var r = Random(state: seed)
        var writes = RandomStoreWrites()
        var clock = 100.0
        for step in 0..<160 {
            clock += 1
            try writes.apply(store, step: step, clock: clock, &r)
            let drift = try store.counterDrift() + store.filterIndexDrift()
            #expect(drift.isEmpty, "seed \(seed), step \(step): \(drift)")
            if !drift.isEmpty { return }
            if step % 20 == 19 { try expectFastPathsMatch(store, &r) }
        }
    }

    /// The range-merge incident pages and the counter-based actor list equal the plain queries.
    private func expectFastPathsMatch(_ store: EventStore, _ r: inout Random) throws {
        for _ in 0..<12 {
            var filter = QueryFilter()
            if r.chance(80) { filter.countries = Set((0..<r.int(1...2)).map { _ in r.pick(CounterConsistencyTests.codes) }) }
            if r.chance(50) { filter.types = Set((0..<r.int(1...2)).map { _ in r.pick([IncidentType.arrest, .talks, .protest, .sanctions]) }) }
            if r.chance(20) { filter.since = CalendarDay(iso: "2024-03-02") }
            if r.chance(20) { filter.until = CalendarDay(iso: "2024-03-03") }
            let limit = r.int(1...4), offset = r.int(0...3)
            let fast = try store.incidents(filter: filter, limit: limit, offset: offset).map(\.id)
            let plain = try store.incidents(query: .sortedScan(filter: filter, limit: limit, offset: offset)).map(\.id)
            #expect(fast == plain, "\(filter) limit \(limit) offset \(offset)")
        }
        let end = try #require(CalendarDay(iso: "2024-03-05"))
        for sort in [ActorSort.mentions, .name] {
            let kept = try store.actors(filter: QueryFilter(), sort: sort, limit: 50, offset: 0, trendDays: 7, endingAt: end)
            let counted = try store.actors(filter: QueryFilter(), sort: sort, limit: 50, offset: 0, trendDays: 7, endingAt: end, useCounters: false)
            #expect(kept == counted)
        }
    }

    @Test func migrationFourBackfillsAnOldStore() throws {
        let store = try EventStore.inMemory(migratedUpTo: "v3")
        // Rows as the v3 writer left them: no published day on article_actors, no counters.
        try store.executeForTesting("""
            INSERT INTO articles (id, path, content_hash, title, published, published_source, ingested_at, size, body_start, text)
                VALUES (1, '/w/a.txt', 'h1', 'A', '2024-03-05', 'header', 10, 1, 0, 'Talks in Paris'),
                       (2, '/w/b.txt', 'h2', 'B', '2024-03-04', 'header', 20, 1, 0, 'Protest in Berlin');
            INSERT INTO article_countries (article_id, code, name, mentions, focus)
                VALUES (1, 'FR', 'France', 2, 1), (1, 'DE', 'Germany', 1, 0), (2, 'DE', 'Germany', 1, 0), (2, 'JP', 'Japan', 1, 0);
            INSERT INTO actors (id, name, kind, country) VALUES (1, 'Jean Dupont', 'person', 'FR'), (2, 'Orphan', 'person', NULL);
            INSERT INTO article_actors (article_id, actor_id, role, country, mentions, first_start, first_end, spans)
                VALUES (1, 1, 'Minister', 'FR', 3, 0, 4, '0-4'), (2, 1, NULL, NULL, 2, 1, 5, '1-5');
            INSERT INTO incidents (id, article_id, ordinal, type, trigger_start, trigger_end, trigger_text, sentence_start, sentence_end,
                    date, precision, day_start, day_end, country, actors, targets, summary, ingested_at)
                VALUES (1, 1, 0, 'talks', 0, 5, 'Talks', 0, 14, '2024-03-05', 'day', '2024-03-05', '2024-03-05', NULL, '', '', 's', 10),
                       (2, 2, 0, 'protest', 0, 7, 'Protest', 0, 17, '2024-03', 'month', '2024-03-01', '2024-03-31', NULL, '', '', 's', 20),
                       (3, 2, 1, 'arrest', 0, 7, 'Arrest', 0, 17, NULL, NULL, '2024-03-04', '2024-03-04', 'UA', '', '', 's', 20);
            INSERT INTO timeline (article_id, incident_id, date, precision, day_start, day_end, type, country, label,
                    sentence_start, sentence_end, ingested_at)
                VALUES (1, 1, '2024-03-05', 'day', '2024-03-05', '2024-03-05', 'talks', NULL, 'Talks', 0, 14, 10);
            INSERT INTO ingest_errors (path, at, message) VALUES ('/w/bad.txt', 5, 'broken');
            """)
        try store.migrateForTesting()
        #expect(try store.appliedMigrations() == StoreSchema.migrator.migrations)
        #expect(try store.counterDrift().isEmpty)
        #expect(try store.stats() == StoreStats(articles: 2, incidents: 3, errors: 1, lastIngestAt: 20))
        // Article 1 has a focus (France); article 2 has none, so all its countries count.
        #expect(try store.incidents(filter: QueryFilter(countries: ["FR"]), limit: 10, offset: 0).map(\.id) == [1])
        #expect(try store.incidents(filter: QueryFilter(countries: ["DE"]), limit: 10, offset: 0).map(\.id) == [2])
        #expect(try store.incidents(filter: QueryFilter(countries: ["JP", "UA"]), limit: 10, offset: 0).map(\.id) == [3, 2])
        let end = try #require(CalendarDay(iso: "2024-03-05"))
        let actors = try store.actors(filter: QueryFilter(), sort: .mentions, limit: 10, offset: 0, trendDays: 2, endingAt: end)
        #expect(actors.map(\.name) == ["Jean Dupont"])
        #expect(actors.first?.mentions == 5)
        #expect(actors.first?.trend == [2, 3])
        #expect(actors.first?.latestArticleID == 1)
        #expect(try store.countryFacets().map(\.code) == ["UA", "DE", "FR", "JP"])
        #expect(try store.timelineHistogram(filter: QueryFilter(), days: 2, endingAt: end) == [0, 1])
    }

    @Test func textSearchIsBoundedToTheNewestMatchingArticles() throws {
        let store = try EventStore.inMemory()
        let limit = FilterSQL.textMatchLimit
        let items = (0...limit).map { n in
            BatchArticle(article: StoreFixtures.article("/w/t\(n).json#0", body: "Curfew declared, item \(n)."),
                         contentHash: "t\(n)", size: 1, extraction: StoreFixtures.extraction())
        }
        _ = try store.recordBatch(items, at: 1)
        let rows = try store.incidents(filter: QueryFilter(text: "curfew"), limit: limit + 10, offset: 0)
        #expect(rows.count == limit)
        // The oldest matching article (id 1) is the one left out.
        #expect(!rows.contains { $0.articleID == 1 })
    }
}

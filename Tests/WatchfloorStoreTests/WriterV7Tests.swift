import GRDB
import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// The v7 writer: mentions and times packed on the article row, repeated actors and countries merged as
/// the v1-v6 upserts merged them, counters summed per transaction and exact on every path, and the v7
/// migration of a v6 store.
@Suite struct WriterV7Tests {
    private func rows(_ store: EventStore, _ sql: String) throws -> [[String]] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map(\.description) }
        }
    }

    @Test func mentionsAndTimesRoundTripThroughSQLiteJSON() throws {
        let store = try EventStore.inMemory()
        var x = StoreFixtures.extraction()
        x.mentions = [
            Mention(span: Span(start: 1, end: 4), text: "Zürich", kind: .place, country: "CH"),
            Mention(span: Span(start: 7, end: 9), text: "", kind: .person, country: nil),
        ]
        x.times = [TimeExpression(span: Span(start: 10, end: 16), text: "Monday \"1\"", value: "2024-03-04", precision: .day)]
        let id = try store.record(article: StoreFixtures.article("/w/a.txt"), extraction: x, contentHash: "h", size: 1).articleID
        let mentions = try store.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT j.value ->> 0 AS s, j.value ->> 1 AS e, j.value ->> 2 AS t, j.value ->> 3 AS k, j.value ->> 4 AS c
                FROM articles, json_each(articles.mentions) j WHERE articles.id = ? ORDER BY j.key
                """, arguments: [id]).map { row in
                Mention(span: Span(start: row["s"], end: row["e"]), text: row["t"], kind: MentionKind(rawValue: row["k"]) ?? .place,
                        country: row["c"])
            }
        }
        #expect(mentions == x.mentions)
        let times = try store.writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT j.value ->> 0 AS s, j.value ->> 1 AS e, j.value ->> 2 AS t, j.value ->> 3 AS v, j.value ->> 4 AS p
                FROM articles, json_each(articles.times) j WHERE articles.id = ? ORDER BY j.key
                """, arguments: [id]).map { row in
                TimeExpression(span: Span(start: row["s"], end: row["e"]), text: row["t"], value: row["v"],
                               precision: DatePrecision(rawValue: row["p"]) ?? .reference)
            }
        }
        #expect(times == x.times)
    }

    @Test func packedTextsAreExactlyTheMentionTexts() throws {
        // The check above compares DatabaseValue descriptions; this one compares the decoded strings themselves.
        let store = try EventStore.inMemory()
        let texts = ["quote \" back \\ line\nbreak\ttab", "\u{1}\u{7F} Zürich 東京 e\u{301}", "\u{1F}"]
        var x = StoreFixtures.extraction()
        x.mentions = texts.enumerated().map { Mention(span: Span(start: $0.offset, end: $0.offset + 1), text: $0.element, kind: .place) }
        _ = try store.record(article: StoreFixtures.article("/w/a.txt"), extraction: x, contentHash: "h", size: 1)
        let decoded = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT j.value ->> 2 FROM articles, json_each(articles.mentions) j ORDER BY j.key")
        }
        #expect(decoded.map { Array($0.utf8) } == texts.map { Array($0.utf8) })
    }

    @Test func repeatedActorsAndCountriesAreMergedAsBefore() throws {
        let store = try EventStore.inMemory()
        var x = StoreFixtures.extraction(incidents: 1, incidentCountry: nil)
        x.countries = [
            CountryCount(code: "fr", name: "France", mentions: 2, focus: false),
            CountryCount(code: "DE", name: "Germany", mentions: 1, focus: false),
            CountryCount(code: "FR", name: "Frankreich", mentions: 3, focus: true),
        ]
        x.actors = [
            EventActor(name: "Jean Dupont", kind: .person, role: nil, country: nil, spans: [Span(start: 40, end: 44), Span(start: 27, end: 32)]),
            EventActor(name: "Jean Dupont", kind: .organization, role: "Firm", country: "de", spans: []),
            EventActor(name: "Jean Dupont", kind: .person, role: "Minister", country: "fr", spans: [Span(start: 50, end: 52)]),
        ]
        _ = try store.record(article: StoreFixtures.article("/w/a.txt"), extraction: x, contentHash: "h", size: 1)
        #expect(try rows(store, "SELECT code, name, mentions, focus FROM article_countries ORDER BY code")
            == [["\"DE\"", "\"Germany\"", "1", "0"], ["\"FR\"", "\"France\"", "5", "1"]])
        #expect(try rows(store, """
            SELECT ac.kind, aa.role, aa.country, aa.mentions, aa.first_start, aa.first_end, aa.spans, ac.country
            FROM article_actors aa JOIN actors ac ON ac.id = aa.actor_id ORDER BY ac.kind
            """) == [
                ["\"organization\"", "\"Firm\"", "\"DE\"", "1", "NULL", "NULL", "\"\"", "\"DE\""],
                ["\"person\"", "\"Minister\"", "NULL", "3", "27", "32", "\"27-32,40-44,50-52\"", "\"FR\""],
            ])
        // The incident has no country: it matches the article's focus country only.
        #expect(try rows(store, "SELECT country FROM incident_countries") == [["\"FR\""]])
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
    }

    @Test func namesThatOnlyLookEqualStayApart() throws {
        // SQLite compares bytes; Swift strings compare canonically. Precomposed and decomposed "é" are two actors,
        // two roles and two country names, each with its own counters.
        let store = try EventStore.inMemory()
        var x = StoreFixtures.extraction()
        x.actors = [
            EventActor(name: "Ren\u{E9}", kind: .person, role: "Pr\u{E9}fet", spans: [Span(start: 1, end: 2)]),
            EventActor(name: "Ren\u{65}\u{301}", kind: .person, role: "Pr\u{65}\u{301}fet", spans: [Span(start: 3, end: 4)]),
        ]
        x.countries = [
            CountryCount(code: "FR", name: "Fran\u{E7}e", mentions: 1, focus: true),
            CountryCount(code: "DE", name: "Fran\u{63}\u{327}e", mentions: 1, focus: false),
        ]
        _ = try store.record(article: StoreFixtures.article("/w/a.txt"), extraction: x, contentHash: "h1", size: 1)
        _ = try store.record(article: StoreFixtures.article("/w/b.txt", body: "Other."), extraction: x, contentHash: "h2", size: 1)
        #expect(try rows(store, "SELECT COUNT(*) FROM actors WHERE name LIKE 'Ren%'") == [["2"]])
        #expect(try rows(store, "SELECT COUNT(*) FROM actor_roles") == [["2"]])
        #expect(try rows(store, "SELECT articles FROM actors WHERE name LIKE 'Ren%'") == [["2"], ["2"]])
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
    }

    @Test func aBatchThatReplacesAndDeletesWhatItWroteKeepsCountersExact() throws {
        // Within one transaction: an article, then new content for its path (replacement: deletes what this
        // batch wrote), then a path that held other content becoming a copy (deletes that article).
        let store = try EventStore.inMemory()
        let a1 = StoreFixtures.extraction(incidents: 2, actor: "Anna")
        let a2 = StoreFixtures.extraction(country: "DE", name: "Germany", incidents: 1, type: .talks, incidentCountry: "DE", actor: "Anna")
        let b = StoreFixtures.extraction(incidents: 3, date: "2024-03-05", actor: "Bert")
        let outcomes = try store.recordBatch([
            BatchArticle(article: StoreFixtures.article("/w/a.txt"), contentHash: "a1", size: 1, extraction: a1),
            BatchArticle(article: StoreFixtures.article("/w/b.txt", body: "B."), contentHash: "b", size: 1, extraction: b),
            BatchArticle(article: StoreFixtures.article("/w/a.txt", body: "Changed."), contentHash: "a2", size: 1, extraction: a2),
            BatchArticle(article: StoreFixtures.article("/w/b.txt", body: "Changed."), contentHash: "a2", size: 1, extraction: a2),
        ], at: 10)
        #expect(outcomes.map { $0?.stored } == [true, true, true, false])
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
        #expect(try store.stats() == StoreStats(articles: 1, incidents: 1, errors: 0, lastIngestAt: 10))
        #expect(try store.countryFacets().map(\.code) == ["DE"])
        let end = try #require(CalendarDay(iso: "2024-03-05"))
        let actors = try store.actors(filter: QueryFilter(), sort: .mentions, limit: 10, offset: 0, trendDays: 3, endingAt: end)
        #expect(actors.map(\.name) == ["Anna"])
        #expect(actors.first?.mentions == 2)
    }

    @Test func migrationSixPacksOldRowsAndKeepsCountersExact() throws {
        let store = try EventStore.inMemory(migratedUpTo: "v6")
        // Rows as the v6 writer left them (its insert triggers kept the counters).
        try store.executeForTesting("""
            INSERT INTO articles (id, path, content_hash, title, published, published_source, ingested_at, size, body_start, text)
                VALUES (1, '/w/a.txt', 'h1', 'A', '2024-03-05', 'header', 10, 1, 0, 'Talks in Paris'),
                       (2, '/w/b.txt', 'h2', 'B', NULL, 'none', 20, 1, 0, 'Nothing');
            INSERT INTO mentions (id, article_id, start, "end", text, kind, country)
                VALUES (5, 1, 9, 14, 'Paris', 'place', 'FR'), (3, 1, 0, 5, 'Ta"lks', 'other', NULL);
            INSERT INTO times (article_id, start, "end", text, value, precision) VALUES (1, 0, 5, 'today', '2024-03-05', 'day');
            INSERT INTO article_countries (article_id, code, name, mentions, focus) VALUES (1, 'FR', 'France', 1, 1);
            INSERT INTO actors (id, name, kind, country) VALUES (1, 'Jean Dupont', 'person', 'FR');
            INSERT INTO article_actors (article_id, actor_id, role, country, mentions, first_start, first_end, spans, published, ingested_at)
                VALUES (1, 1, 'Minister', 'FR', 2, 0, 4, '0-4,5-9', '2024-03-05', 10);
            INSERT INTO incidents (id, article_id, ordinal, type, trigger_start, trigger_end, trigger_text, sentence_start, sentence_end,
                    date, precision, day_start, day_end, country, actors, targets, summary, ingested_at)
                VALUES (1, 1, 0, 'talks', 0, 5, 'Talks', 0, 14, '2024-03-05', 'day', '2024-03-05', '2024-03-05', 'FR', '', '', 's', 10);
            INSERT INTO incident_countries (incident_id, country, type, day_start, day_end, ingested_at)
                VALUES (1, 'FR', 'talks', '2024-03-05', '2024-03-05', 10);
            INSERT INTO timeline (article_id, incident_id, date, precision, day_start, day_end, type, country, label,
                    sentence_start, sentence_end, ingested_at)
                VALUES (1, 1, '2024-03-05', 'day', '2024-03-05', '2024-03-05', 'talks', 'FR', 'Talks', 0, 14, 10);
            """)
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
        try store.migrateForTesting()
        #expect(try store.appliedMigrations() == StoreSchema.migrator.migrations)
        // Packed in insertion (id) order; an article without any keeps the empty arrays.
        let packed = try store.writer.read { db in try Row.fetchAll(db, sql: "SELECT mentions, times FROM articles ORDER BY id") }
        #expect(packed.map { $0["mentions"] as String } == [#"[[0,5,"Ta\"lks","other",null],[9,14,"Paris","place","FR"]]"#, "[]"])
        #expect(packed.map { $0["times"] as String } == [#"[[0,5,"today","2024-03-05","day"]]"#, "[]"])
        #expect(try rows(store, "SELECT name FROM sqlite_master WHERE name IN ('mentions', 'times')").isEmpty)
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
        #expect(try store.stats() == StoreStats(articles: 2, incidents: 1, errors: 0, lastIngestAt: 20))
        // The v7 writer and the kept delete triggers go on from there.
        _ = try store.record(article: StoreFixtures.article("/w/c.txt"), extraction: StoreFixtures.extraction(incidents: 2), contentHash: "h3", size: 1)
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
        try store.markRemoved(path: "/w/a.txt")
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
        #expect(try store.stats().incidents == 2)
    }
}

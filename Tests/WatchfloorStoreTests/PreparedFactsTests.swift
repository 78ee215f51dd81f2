import GRDB
import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// What the writer derives without the database (`PreparedFacts`) may be made ahead on another thread
/// (`BatchArticle.prepareForStore()`); the rows written must be the same either way, and a prepared item
/// whose article or extraction changes afterwards must be written from the new one.
@Suite struct PreparedFactsTests {
    /// An extraction with what the derived columns depend on: repeated actors and countries, no focus
    /// country, incidents with and without a country and a date, timeline entries without an incident
    /// or with an index out of range, a year and a reference date.
    private func richExtraction() -> Extraction {
        var x = StoreFixtures.extraction(country: "fr", focus: false, incidents: 3, date: "2024-03", incidentCountry: nil)
        x.countries.append(CountryCount(code: "DE", name: "Germany", mentions: 1, focus: false))
        x.countries.append(CountryCount(code: "fr", name: "France", mentions: 3, focus: false))
        x.actors.append(EventActor(name: "Jean Dupont", kind: .person, role: nil, country: "de", spans: [Span(start: 50, end: 54)]))
        x.actors.append(EventActor(name: "Port Authority", kind: .organization, role: "operator", country: nil, spans: []))
        x.incidents[1].country = "de"
        x.incidents[1].actors = ["A\u{1F}B", "C"]
        x.incidents[2].date = nil
        x.timeline.append(TimelineEntry(date: "2023", precision: .year, label: "Earlier", incident: nil, sentence: Span(start: 0, end: 8)))
        x.timeline.append(TimelineEntry(date: "PAST_REF", precision: .reference, label: "Before", incident: 7, sentence: Span(start: 0, end: 8)))
        return x
    }

    /// Every row the facts of the store's articles made, as text.
    private func dump(_ store: EventStore) throws -> [String] {
        try store.writer.read { db in
            var lines: [String] = []
            for sql in ["SELECT id, mentions, times FROM articles ORDER BY id",
                        "SELECT * FROM incidents ORDER BY id", "SELECT * FROM timeline ORDER BY id",
                        "SELECT * FROM incident_countries ORDER BY incident_id, country",
                        "SELECT * FROM timeline_countries ORDER BY timeline_id, country",
                        "SELECT * FROM article_actors ORDER BY article_id, actor_id", "SELECT * FROM actors ORDER BY id",
                        "SELECT * FROM article_countries ORDER BY article_id, code",
                        "SELECT * FROM actor_countries ORDER BY country, actor_id", "SELECT * FROM actor_types ORDER BY type, actor_id",
                        "SELECT * FROM actor_days ORDER BY actor_id, day", "SELECT * FROM timeline_days ORDER BY day"] {
                lines += try Row.fetchAll(db, sql: sql).map { "\(sql.prefix(30)): \($0)" }
            }
            return lines
        }
    }

    private func items(prepared: Bool) -> [BatchArticle] {
        (0..<4).map { n in
            var item = BatchArticle(article: StoreFixtures.article("/p/\(n).txt", body: "Ships were seized near the port on Monday \(n)."),
                                    contentHash: "h\(n)", size: 10, extraction: richExtraction())
            if prepared { item.prepareForStore() }
            return item
        }
    }

    @Test func preparedAndUnpreparedItemsWriteTheSameRows() throws {
        let plain = try EventStore.inMemory(), ahead = try EventStore.inMemory()
        _ = try plain.recordBatch(items(prepared: false), at: 7)
        _ = try ahead.recordBatch(items(prepared: true), at: 7)
        let rows = try dump(plain)
        #expect(rows.count > 50)
        #expect(try dump(ahead) == rows)
        #expect(try ahead.counterDrift().isEmpty && ahead.filterIndexDrift().isEmpty)
    }

    @Test func anItemChangedAfterPreparingIsWrittenFromItsNewContent() throws {
        let store = try EventStore.inMemory()
        var item = BatchArticle(article: StoreFixtures.article("/p/a.txt"), contentHash: "a", size: 10,
                                extraction: StoreFixtures.extraction(incidents: 1))
        item.prepareForStore()
        item.extraction = StoreFixtures.extraction(incidents: 4)
        var other = BatchArticle(article: StoreFixtures.article("/p/b.txt"), contentHash: "b", size: 10,
                                 extraction: StoreFixtures.extraction(incidents: 2))
        other.prepareForStore()
        other.article = StoreFixtures.article("/p/b.txt", body: "Planes were seized near the port on Monday.")
        _ = try store.recordBatch([item, other], at: 7)
        #expect(try store.stats().incidents == 6)
        // The summaries are cut from the new text, not from the one the stale facts were prepared from.
        let summaries = try store.writer.read { db in try String.fetchAll(db, sql: "SELECT summary FROM incidents WHERE article_id = 2") }
        #expect(summaries.count == 2 && summaries.allSatisfy { $0.hasPrefix("Planes were seized") })
        #expect(try store.counterDrift().isEmpty && store.filterIndexDrift().isEmpty)
    }
}

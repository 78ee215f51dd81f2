import Testing
import WatchfloorModel
@testable import WatchfloorStore

/// Filters, ordering and paging of the monitor's questions.
@Suite struct EventStoreQueryTests {
    /// Three articles: France (arrest, 2024-03-04), Germany (talks, 2024-03-10, no incident country),
    /// and Japan (protest, month precision 2024-02).
    private func populated() throws -> EventStore {
        let store = try EventStore.inMemory()
        _ = try store.record(article: StoreFixtures.article("/w/fr.txt", body: "Police arrested a courier in Marseille.", published: "2024-03-05"),
                             extraction: StoreFixtures.extraction(), contentHash: "fr", size: 1, at: 10)
        _ = try store.record(article: StoreFixtures.article("/w/de.txt", body: "Envoys held talks in Berlin.", published: "2024-03-11"),
                             extraction: StoreFixtures.extraction(country: "DE", name: "Germany", incidents: 2, type: .talks, date: "2024-03-10",
                                                                  incidentCountry: nil, actor: "Anna Schmidt"),
                             contentHash: "de", size: 1, at: 20)
        _ = try store.record(article: StoreFixtures.article("/w/jp.txt", body: "Crowds protested in Tokyo.", published: "2024-03-01"),
                             extraction: StoreFixtures.extraction(country: "JP", name: "Japan", type: .protest, date: "2024-02",
                                                                  incidentCountry: "JP", actor: "Jean Dupont"),
                             contentHash: "jp", size: 1, at: 30)
        return store
    }

    @Test func incidentsNewestDateFirst() throws {
        let rows = try populated().incidents(filter: QueryFilter(), limit: 10, offset: 0)
        #expect(rows.map(\.type) == [.talks, .talks, .arrest, .protest])
        #expect(rows[2].actors == ["Jean Dupont"])
        #expect(rows[2].targets == ["ships"])
        #expect(rows[2].count == 3)
        #expect(rows[2].summary.contains("arrested"))
    }

    @Test func pagingWalksTheSameOrder() throws {
        let store = try populated()
        let all = try store.incidents(filter: QueryFilter(), limit: 10, offset: 0).map(\.id)
        let paged = try store.incidents(filter: QueryFilter(), limit: 2, offset: 0).map(\.id) + store.incidents(filter: QueryFilter(), limit: 2, offset: 2).map(\.id)
        #expect(all == paged)
    }

    @Test func countryFilterUsesIncidentCountryThenArticleFocus() throws {
        let store = try populated()
        #expect(try store.incidents(filter: QueryFilter(countries: ["FR"]), limit: 10, offset: 0).map(\.type) == [.arrest])
        // German incidents have no country of their own: the article's focus country decides.
        #expect(try store.incidents(filter: QueryFilter(countries: ["de"]), limit: 10, offset: 0).count == 2)
        #expect(try store.timeline(filter: QueryFilter(countries: ["JP"]), limit: 10, offset: 0).map(\.date) == ["2024-02"])
    }

    @Test func typeTextAndDateFilters() throws {
        let store = try populated()
        #expect(try store.incidents(filter: QueryFilter(types: [.protest, .arrest]), limit: 10, offset: 0).count == 2)
        #expect(try store.incidents(filter: QueryFilter(text: "berlin"), limit: 10, offset: 0).map(\.type) == [.talks, .talks])
        #expect(try store.incidents(filter: QueryFilter(text: "berl*"), limit: 10, offset: 0).map(\.type) == [.talks, .talks])
        #expect(try store.incidents(filter: QueryFilter(text: "\"unbalanced OR ("), limit: 10, offset: 0).isEmpty)
        let since = try #require(CalendarDay(iso: "2024-03-01"))
        #expect(try store.incidents(filter: QueryFilter(since: since), limit: 10, offset: 0).map(\.type) == [.talks, .talks, .arrest])
        let until = try #require(CalendarDay(iso: "2024-02-15"))
        // A month-precision date overlaps any day of its month.
        #expect(try store.incidents(filter: QueryFilter(until: until), limit: 10, offset: 0).map(\.type) == [.protest])
    }

    @Test func actorsAggregateWithTrend() throws {
        let store = try populated()
        let end = try #require(CalendarDay(iso: "2024-03-05"))
        let rows = try store.actors(filter: QueryFilter(), sort: .mentions, limit: 10, offset: 0, trendDays: 5, endingAt: end)
        #expect(rows.map(\.name) == ["Jean Dupont", "Anna Schmidt"])
        #expect(rows[0].mentions == 4)
        #expect(rows[0].role == "Minister")
        #expect(rows[0].trend == [2, 0, 0, 0, 2])  // Japan article on 03-01, France on 03-05
        #expect(rows[0].latestArticleID != nil)
        #expect(rows[0].latestSpan == Span(start: 27, end: 32))
        let byName = try store.actors(filter: QueryFilter(), sort: .name, limit: 10, offset: 0, trendDays: 0, endingAt: end)
        #expect(byName.map(\.name) == ["Anna Schmidt", "Jean Dupont"])
        let german = try store.actors(filter: QueryFilter(countries: ["DE"]), sort: .mentions, limit: 10, offset: 0, trendDays: 0, endingAt: end)
        #expect(german.map(\.name) == ["Anna Schmidt"])
    }

    @Test func facetsStatsHistogramAndArticle() throws {
        let store = try populated()
        let facets = try store.countryFacets()
        #expect(facets.map(\.code) == ["FR", "JP", "DE"])
        #expect(facets.first == CountryFacet(code: "FR", name: "France", articles: 1, incidents: 1))
        let stats = try store.stats()
        #expect(stats == StoreStats(articles: 3, incidents: 4, errors: 0, lastIngestAt: 30))
        let end = try #require(CalendarDay(iso: "2024-03-10"))
        #expect(try store.timelineHistogram(filter: QueryFilter(), days: 7, endingAt: end) == [1, 0, 0, 0, 0, 0, 2])  // 03-04 France, 03-10 Germany twice
        let detail = try #require(try store.article(id: 1))
        #expect(detail.path == "/w/fr.txt")
        #expect(detail.published == "2024-03-05")
        #expect(detail.publishedSource == .header)
    }
}

import Synchronization
import WatchfloorModel

/// An in-memory `MonitorDataSource` with the store's ordering and filtering rules, for tests.
final class FakeDataSource: MonitorDataSource {
    struct Content: Sendable {
        var articles: [ArticleDetail] = []
        var timeline: [TimelineRow] = []
        var incidents: [IncidentRow] = []
        var actors: [ActorRow] = []
        var errors: [IngestErrorRecord] = []
        var histogram: [Int] = []
        var countryNames: [String: String] = [:]
        var token: Int64 = 1
        /// Text searches stop at this many matching articles (nil: never).
        var textCap: Int?
    }

    private let content: Mutex<Content>
    /// Every query made, for tests that check paging.
    let queries = Mutex<[String]>([])

    init(_ content: Content = Content()) {
        self.content = Mutex(content)
    }

    /// Changes the data and bumps the change token.
    func change(_ body: (inout Content) -> Void) {
        content.withLock {
            body(&$0)
            $0.token += 1
        }
    }

    private func matches(_ filter: QueryFilter, country: String?, type: IncidentType?, articleID: Int64, in c: Content) -> Bool {
        if !filter.countries.isEmpty, !filter.countries.contains(country ?? "") { return false }
        if !filter.types.isEmpty, !(type.map(filter.types.contains) ?? false) { return false }
        if let text = filter.text, !text.isEmpty {
            guard let article = c.articles.first(where: { $0.id == articleID }) else { return false }
            if !article.text.lowercased().contains(text.lowercased()) { return false }
        }
        return true
    }

    private func page<T>(_ rows: [T], limit: Int, offset: Int) -> [T] {
        guard offset < rows.count else { return [] }
        return Array(rows[offset..<min(rows.count, offset + limit)])
    }

    func timeline(filter: QueryFilter, limit: Int, offset: Int) throws -> [TimelineRow] {
        queries.withLock { $0.append("timeline \(offset)+\(limit)") }
        return content.withLock { c in
            page(c.timeline.filter { matches(filter, country: $0.country, type: $0.type, articleID: $0.articleID, in: c) }
                .sorted { $0.date > $1.date }, limit: limit, offset: offset)
        }
    }

    func timelineHistogram(filter: QueryFilter, days: Int, endingAt: CalendarDay) throws -> [Int] {
        content.withLock { Array($0.histogram.suffix(days)) }
    }

    func incidents(filter: QueryFilter, limit: Int, offset: Int) throws -> [IncidentRow] {
        queries.withLock { $0.append("incidents \(offset)+\(limit)") }
        return content.withLock { c in
            page(c.incidents.filter { matches(filter, country: $0.country, type: $0.type, articleID: $0.articleID, in: c) }
                .sorted { ($0.date ?? "", $0.ingestedAt) > ($1.date ?? "", $1.ingestedAt) }, limit: limit, offset: offset)
        }
    }

    func actors(filter: QueryFilter, sort: ActorSort, limit: Int, offset: Int, trendDays: Int, endingAt: CalendarDay) throws -> [ActorRow] {
        content.withLock { c in
            let rows = c.actors.filter { filter.countries.isEmpty || filter.countries.contains($0.country ?? "") }
            let sorted = sort == .name ? rows.sorted { $0.name < $1.name } : rows.sorted { ($0.mentions, $1.name) > ($1.mentions, $0.name) }
            return page(sorted, limit: limit, offset: offset)
        }
    }

    func countryFacets() throws -> [CountryFacet] {
        content.withLock { c in
            var counts: [String: Int] = [:]
            for row in c.incidents { if let cc = row.country { counts[cc, default: 0] += 1 } }
            return counts.map { CountryFacet(code: $0.key, name: c.countryNames[$0.key] ?? $0.key, articles: 1, incidents: $0.value) }
                .sorted { ($0.incidents, $1.code) > ($1.incidents, $0.code) }
        }
    }

    func stats() throws -> StoreStats {
        content.withLock { c in
            StoreStats(articles: c.articles.count, incidents: c.incidents.count, errors: c.errors.count,
                       lastIngestAt: c.incidents.map(\.ingestedAt).max())
        }
    }

    func article(id: Int64) throws -> ArticleDetail? {
        content.withLock { $0.articles.first { $0.id == id } }
    }

    func ingestErrors(limit: Int, offset: Int) throws -> [IngestErrorRecord] {
        content.withLock { page($0.errors, limit: limit, offset: offset) }
    }

    func changeToken() throws -> Int64 { content.withLock { $0.token } }

    func textSearchCap(for text: String) throws -> Int? {
        content.withLock { c in
            guard let cap = c.textCap else { return nil }
            let matching = c.articles.filter { $0.text.lowercased().contains(text.lowercased()) }.count
            return matching > cap ? cap : nil
        }
    }
}

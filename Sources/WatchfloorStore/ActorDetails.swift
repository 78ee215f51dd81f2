import GRDB
import WatchfloorModel

/// Per-actor extras for one page of actor rows: most frequent role, a country, the latest article
/// and span, and daily mention counts (over all stored articles, by published day).
struct ActorDetails {
    var roles: [Int64: String] = [:]
    var countries: [Int64: String] = [:]
    var latest: [Int64: (Int64, Span?)] = [:]
    var trends: [Int64: [Int]] = [:]

    /// Fetches the extras for `actorIDs`.
    static func fetch(_ db: Database, actorIDs: [Int64], trendDays: Int, endingAt: CalendarDay) throws -> ActorDetails {
        var d = ActorDetails()
        let marks = FilterSQL.marks(actorIDs.count)
        let ids = StatementArguments(actorIDs)
        for row in try Row.fetchAll(db, sql: """
            SELECT actor_id, role, COUNT(*) AS n FROM article_actors WHERE actor_id IN (\(marks)) AND role IS NOT NULL
            GROUP BY actor_id, role ORDER BY n DESC, role
            """, arguments: ids) {
            let id: Int64 = row["actor_id"]
            if d.roles[id] == nil { d.roles[id] = row["role"] }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT actor_id, country, COUNT(*) AS n FROM article_actors WHERE actor_id IN (\(marks)) AND country IS NOT NULL
            GROUP BY actor_id, country ORDER BY n DESC, country
            """, arguments: ids) {
            let id: Int64 = row["actor_id"]
            if d.countries[id] == nil { d.countries[id] = row["country"] }
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT aa.actor_id, aa.article_id, aa.first_start, aa.first_end FROM article_actors aa JOIN articles a ON a.id = aa.article_id
            WHERE aa.actor_id IN (\(marks)) ORDER BY a.published DESC, a.ingested_at DESC, a.id DESC
            """, arguments: ids) {
            let id: Int64 = row["actor_id"]
            guard d.latest[id] == nil else { continue }
            let start: Int? = row["first_start"], end: Int? = row["first_end"]
            d.latest[id] = (row["article_id"], start.map { Span(start: $0, end: end ?? $0) })
        }
        guard trendDays > 0 else { return d }
        let first = endingAt.adding(days: 1 - trendDays)
        for row in try Row.fetchAll(db, sql: """
            SELECT aa.actor_id, a.published, SUM(aa.mentions) AS n FROM article_actors aa JOIN articles a ON a.id = aa.article_id
            WHERE aa.actor_id IN (\(marks)) AND a.published BETWEEN ? AND ? GROUP BY aa.actor_id, a.published
            """, arguments: ids + [first.iso, endingAt.iso]) {
            let id: Int64 = row["actor_id"]
            guard let iso: String = row["published"], let day = CalendarDay(iso: iso) else { continue }
            let index = day.daysSinceEpoch - first.daysSinceEpoch
            var trend = d.trends[id] ?? [Int](repeating: 0, count: trendDays)
            if trend.indices.contains(index) { trend[index] = row["n"] }
            d.trends[id] = trend
        }
        return d
    }
}

import GRDB
import WatchfloorModel

/// Per-actor extras for one page of actor rows: most frequent role, the latest article and span,
/// and daily mention counts (over all stored articles, by published day). Each is read from a
/// counter table or one index seek per actor, so a page costs the same in any size of store. Rows are
/// read by column position: a page reads about a thousand `actor_days` rows, and GRDB's lookup by name
/// lower-cases the names every time.
struct ActorDetails {
    var roles: [Int64: String] = [:]
    var latest: [Int64: (Int64, Span?)] = [:]
    var trends: [Int64: [Int]] = [:]

    /// Fetches the extras for `actorIDs`.
    static func fetch(_ db: Database, actorIDs: [Int64], trendDays: Int, endingAt: CalendarDay) throws -> ActorDetails {
        var d = ActorDetails()
        let marks = FilterSQL.marks(actorIDs.count)
        let ids = StatementArguments(actorIDs)
        for row in try Row.fetchAll(db, sql: """
            SELECT actor_id, role FROM actor_roles WHERE actor_id IN (\(marks)) ORDER BY articles DESC, role
            """, arguments: ids) {
            let id: Int64 = row[0]
            if d.roles[id] == nil { d.roles[id] = row[1] }
        }
        // One statement for the page, not one per actor: the per-call overhead was most of a page's cost.
        for row in try Row.fetchAll(db, sql: """
            SELECT v.id, aa.article_id, aa.first_start, aa.first_end FROM actors v JOIN article_actors aa
                ON aa.actor_id = v.id AND aa.article_id = (SELECT x.article_id FROM article_actors x WHERE x.actor_id = v.id
                    ORDER BY x.published DESC, x.ingested_at DESC, x.article_id DESC LIMIT 1)
            WHERE v.id IN (\(marks))
            """, arguments: ids) {
            let start: Int? = row[2], end: Int? = row[3]
            d.latest[row[0]] = (row[1], start.map { Span(start: $0, end: end ?? $0) })
        }
        guard trendDays > 0 else { return d }
        let first = endingAt.adding(days: 1 - trendDays)
        // The window's days by their ISO text: parsing a date per row was a tenth of a page's CPU.
        let slots = Dictionary(uniqueKeysWithValues: (0..<trendDays).map { (first.adding(days: $0).iso, $0) })
        let rows = try Row.fetchCursor(db, sql: """
            SELECT actor_id, day, mentions FROM actor_days WHERE actor_id IN (\(marks)) AND day BETWEEN ? AND ?
            """, arguments: ids + [first.iso, endingAt.iso])
        while let row = try rows.next() {
            let id: Int64 = row[0]
            guard let iso: String = row[1], let index = slots[iso] else { continue }
            d.trends[id, default: [Int](repeating: 0, count: trendDays)][index] = row[2]
        }
        return d
    }
}

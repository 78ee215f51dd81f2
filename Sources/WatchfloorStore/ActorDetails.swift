import GRDB
import GRDBSQLite
import WatchfloorModel

/// Per-actor extras for one page of actor rows: most frequent role, the latest article and span,
/// and daily mention counts (over all stored articles, by published day). Each is read from a
/// counter table or one index seek per actor, so a page costs the same in any size of store. Rows are
/// stepped through the C API (`StatementSteps`): a page reads about a thousand `actor_days` rows.
struct ActorDetails {
    var roles: [Int64: String] = [:]
    var latest: [Int64: (Int64, Span?)] = [:]
    var trends: [Int64: [Int]] = [:]

    /// Fetches the extras for `actorIDs`.
    static func fetch(_ db: Database, actorIDs: [Int64], trendDays: Int, endingAt: CalendarDay) throws -> ActorDetails {
        var d = ActorDetails()
        let marks = FilterSQL.marks(actorIDs.count)
        let ids = StatementArguments(actorIDs)
        try StatementSteps.forEach(db, sql: """
            SELECT actor_id, role FROM actor_roles WHERE actor_id IN (\(marks)) ORDER BY articles DESC, role
            """, arguments: ids) { row in
            let id = sqlite3_column_int64(row, 0)
            if d.roles[id] == nil { d.roles[id] = StatementSteps.text(row, 1) }
        }
        // One statement for the page, not one per actor: the per-call overhead was most of a page's cost.
        try StatementSteps.forEach(db, sql: """
            SELECT v.id, aa.article_id, aa.first_start, aa.first_end FROM actors v JOIN article_actors aa
                ON aa.actor_id = v.id AND aa.article_id = (SELECT x.article_id FROM article_actors x WHERE x.actor_id = v.id
                    ORDER BY x.published DESC, x.ingested_at DESC, x.article_id DESC LIMIT 1)
            WHERE v.id IN (\(marks))
            """, arguments: ids) { row in
            let span: Span?
            if sqlite3_column_type(row, 2) == SQLITE_NULL {
                span = nil
            } else {
                let start = Int(sqlite3_column_int64(row, 2))
                span = Span(start: start, end: sqlite3_column_type(row, 3) == SQLITE_NULL ? start : Int(sqlite3_column_int64(row, 3)))
            }
            d.latest[sqlite3_column_int64(row, 0)] = (sqlite3_column_int64(row, 1), span)
        }
        guard trendDays > 0 else { return d }
        let first = endingAt.adding(days: 1 - trendDays)
        // The slot is the day's distance from the window's first day, computed by SQLite, so no row makes
        // a Swift string.
        try StatementSteps.forEach(db, sql: """
            SELECT actor_id, CAST(julianday(day) - julianday(?) AS INTEGER), mentions FROM actor_days
            WHERE actor_id IN (\(marks)) AND day BETWEEN ? AND ?
            """, arguments: [first.iso] + ids + [first.iso, endingAt.iso]) { row in
            let slot = Int(sqlite3_column_int64(row, 1))
            guard (0..<trendDays).contains(slot) else { return }
            d.trends[sqlite3_column_int64(row, 0), default: [Int](repeating: 0, count: trendDays)][slot] = Int(sqlite3_column_int64(row, 2))
        }
        return d
    }
}

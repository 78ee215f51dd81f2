import GRDB

// MARK: - Counters against a recount (tests and diagnostics)

extension EventStore {
    /// Each maintained table paired with a query that recounts it from the fact tables; both list the
    /// same columns in the same order, so equal stores give equal multisets of rows.
    static let counterRecounts: [(name: String, kept: String, recount: String)] = [
        ("actors", "SELECT id, mentions, articles FROM actors",
         """
         SELECT ac.id, coalesce(SUM(aa.mentions), 0), COUNT(aa.actor_id) FROM actors ac
         LEFT JOIN article_actors aa ON aa.actor_id = ac.id GROUP BY ac.id
         """),
        ("actor_roles", "SELECT actor_id, role, articles FROM actor_roles",
         "SELECT actor_id, role, COUNT(*) FROM article_actors WHERE role IS NOT NULL GROUP BY actor_id, role"),
        ("actor_days", "SELECT actor_id, day, mentions FROM actor_days",
         """
         SELECT aa.actor_id, a.published, SUM(aa.mentions) FROM article_actors aa JOIN articles a ON a.id = aa.article_id
         WHERE a.published IS NOT NULL GROUP BY aa.actor_id, a.published
         """),
        ("article_actors dates", "SELECT article_id, actor_id, published, ingested_at FROM article_actors",
         "SELECT aa.article_id, aa.actor_id, a.published, a.ingested_at FROM article_actors aa JOIN articles a ON a.id = aa.article_id"),
        ("country_counts", "SELECT code, articles, incidents FROM country_counts",
         """
         SELECT code, SUM(a), SUM(i) FROM (
             SELECT code, COUNT(*) AS a, 0 AS i FROM article_countries GROUP BY code
             UNION ALL SELECT country, 0, COUNT(*) FROM incidents WHERE country IS NOT NULL GROUP BY country
         ) GROUP BY code
         """),
        ("country_names", "SELECT code, name, articles FROM country_names",
         "SELECT code, name, COUNT(*) FROM article_countries GROUP BY code, name"),
        ("timeline_days", "SELECT day, entries FROM timeline_days",
         "SELECT day_start, COUNT(*) FROM timeline WHERE day_start = day_end GROUP BY day_start"),
        ("store_counts", "SELECT articles, incidents, errors FROM store_counts",
         "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM incidents), (SELECT COUNT(*) FROM ingest_errors)"),
        // Written the way the v1-v3 country filter read it: own country, else focus countries, else all.
        ("incident_countries", "SELECT incident_id, country, type, day_start, day_end, ingested_at FROM incident_countries",
         """
         SELECT i.id, i.country, i.type, i.day_start, i.day_end, i.ingested_at FROM incidents i WHERE i.country IS NOT NULL
         UNION ALL
         SELECT i.id, c.code, i.type, i.day_start, i.day_end, i.ingested_at FROM incidents i
         JOIN article_countries c ON c.article_id = i.article_id
         WHERE i.country IS NULL AND (c.focus = 1
             OR NOT EXISTS (SELECT 1 FROM article_countries f WHERE f.article_id = i.article_id AND f.focus = 1))
         """),
    ]

    /// The maintained tables whose rows differ from a recount of the fact tables, with a sample of the
    /// difference; empty when every counter is exact.
    func counterDrift() throws -> [String] {
        try drift(EventStore.counterRecounts)
    }

    /// The checks whose kept rows differ from their recount, each with a sample of the difference.
    func drift(_ checks: [(name: String, kept: String, recount: String)]) throws -> [String] {
        try writer.read { db in
            var drift: [String] = []
            for check in checks {
                let kept = try EventStore.rowTexts(db, check.kept)
                let recount = try EventStore.rowTexts(db, check.recount)
                if kept != recount {
                    let extra = kept.subtracting(recount).sorted().prefix(3)
                    let missing = recount.subtracting(kept).sorted().prefix(3)
                    drift.append("\(check.name): kept but not recounted \(Array(extra)); recounted but not kept \(Array(missing))")
                }
            }
            return drift
        }
    }

    /// Each row as one text, counted (a multiset as a set of "row#n").
    private static func rowTexts(_ db: Database, _ sql: String) throws -> Set<String> {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: sql) {
            let text = row.databaseValues.map(\.description).joined(separator: "|")
            counts[text, default: 0] += 1
        }
        return Set(counts.map { "\($0.key)#\($0.value)" })
    }
}

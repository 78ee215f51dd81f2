// MARK: - Filter indexes against a recount (tests and diagnostics)

extension EventStore {
    /// Each table the v6 triggers keep, paired with a recount from the fact tables written the plain
    /// way (the rules `FilterSQL` documents), listing the same columns in the same order.
    static let filterIndexRecounts: [(name: String, kept: String, recount: String)] = [
        ("timeline_countries", "SELECT timeline_id, country, type, day_start, day_end, ingested_at FROM timeline_countries",
         """
         SELECT t.id, t.country, t.type, t.day_start, t.day_end, t.ingested_at FROM timeline t WHERE t.country IS NOT NULL
         UNION ALL
         SELECT t.id, c.code, t.type, t.day_start, t.day_end, t.ingested_at FROM timeline t
         JOIN article_countries c ON c.article_id = t.article_id
         WHERE t.country IS NULL AND (c.focus = 1
             OR NOT EXISTS (SELECT 1 FROM article_countries f WHERE f.article_id = t.article_id AND f.focus = 1))
         """),
        ("actor_countries", "SELECT country, actor_id, mentions, articles FROM actor_countries",
         """
         SELECT c.code, aa.actor_id, SUM(aa.mentions), COUNT(*)
         FROM (SELECT DISTINCT code FROM article_countries UNION SELECT country FROM article_actors WHERE country IS NOT NULL) c
         JOIN article_actors aa ON aa.country = c.code
             OR EXISTS (SELECT 1 FROM article_countries x WHERE x.article_id = aa.article_id AND x.code = c.code AND x.focus = 1)
         GROUP BY c.code, aa.actor_id
         """),
        ("actor_types", "SELECT type, actor_id, mentions, articles FROM actor_types",
         """
         SELECT k.type, aa.actor_id, SUM(aa.mentions), COUNT(*)
         FROM (SELECT DISTINCT type FROM incidents) k
         JOIN article_actors aa ON EXISTS (SELECT 1 FROM incidents i WHERE i.article_id = aa.article_id AND i.type = k.type)
         GROUP BY k.type, aa.actor_id
         """),
    ]

    /// The v6 tables whose rows differ from a recount, with a sample of the difference; empty when exact.
    func filterIndexDrift() throws -> [String] {
        try drift(EventStore.filterIndexRecounts)
    }
}

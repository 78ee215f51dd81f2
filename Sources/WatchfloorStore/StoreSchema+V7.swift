// MARK: - v7: a cheaper writer

extension StoreSchema {
    /// Fewer rows and statements per stored article (issue 6, ingest speed):
    ///
    /// - Mentions and time expressions (about 40 rows per article, with an index each, read by no
    ///   query) become two JSON columns of the article row (`PackedFacts`); old rows are packed here
    ///   with SQLite's JSON functions, in their insertion order, and the tables dropped.
    /// - The counters of v4 are no longer kept by insert triggers: the writer sums them per write
    ///   transaction (`CounterDeltas`) and writes each counter row once. The delete and update
    ///   triggers stay, so removals, replacements, retention and cascades keep them exact as before;
    ///   anything that inserts facts must go through `FactWriter` (the only writer of those tables).
    /// - The full-text entries of new articles are inserted by the writer at the end of the transaction,
    ///   not by the v1 trigger: FTS5 writes its pending terms out as a new index segment at every
    ///   statement savepoint (a statement with a trigger, an upsert), so each article became a segment
    ///   to merge (about a tenth of the writer's CPU). Updates and deletes keep their triggers.
    /// The counters of an existing store are already exact, so nothing needs recounting.
    static let v7 = """
        ALTER TABLE articles ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE articles ADD COLUMN times TEXT NOT NULL DEFAULT '[]';
        UPDATE articles SET
            mentions = (SELECT json_group_array(json_array(m.start, m."end", m.text, m.kind, m.country))
                        FROM (SELECT * FROM mentions WHERE article_id = articles.id ORDER BY id) m),
            times = (SELECT json_group_array(json_array(t.start, t."end", t.text, t.value, t.precision))
                     FROM (SELECT * FROM times WHERE article_id = articles.id ORDER BY id) t)
        WHERE EXISTS (SELECT 1 FROM mentions WHERE article_id = articles.id)
            OR EXISTS (SELECT 1 FROM times WHERE article_id = articles.id);
        DROP TABLE mentions;
        DROP TABLE times;

        DROP TRIGGER article_actors_count_insert;
        DROP TRIGGER article_countries_count_insert;
        DROP TRIGGER incidents_count_insert;
        DROP TRIGGER timeline_count_insert;
        DROP TRIGGER articles_count_insert;
        DROP TRIGGER articles_fts_insert;
        """
}

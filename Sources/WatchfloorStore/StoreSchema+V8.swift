// MARK: - v8: the filter tables of v6 kept by the writer

extension StoreSchema {
    /// The v6 filter tables (`timeline_countries`, `actor_countries`, `actor_types`) were kept by insert
    /// triggers that ran an upsert per (actor link, country of its article) and per (actor link, incident
    /// type): about 350 statements per generated article, which doubled the writer's CPU (1.55 -> 3.6 s
    /// per 1,000 files). The writer now writes `timeline_countries` rows itself and sums the two counters
    /// per transaction (`CounterDeltas`), like the v4 counters since v7. The delete and update triggers
    /// stay, so removals, replacements, retention and cascades keep them exact as before. Existing rows
    /// are already exact: nothing to backfill.
    static let v8 = """
        DROP TRIGGER timeline_countries_insert;
        DROP TRIGGER article_actors_filter_insert;
        DROP TRIGGER article_countries_filter_insert;
        DROP TRIGGER incidents_filter_insert;
        """
}

// MARK: - Filtered lists read ranges and counters, not every match

extension StoreSchema {
    /// The name this migration is registered under.
    static let filterIndexesName = "v6"

    /// Makes the monitor's filtered timeline, histogram and actor lists independent of the store's size
    /// (issue 6; before, a one-country timeline or actor list at 1M incidents aggregated every match:
    /// 0.8-1.7 s of CPU, and a one-type actor list 17 s).
    ///
    /// - `timeline_countries`: the countries a timeline entry matches (its own, else its article's focus
    ///   countries, else all of them: the rule `incident_countries` follows), in the timeline's order,
    ///   with the day's end last so the histogram counts index entries only. Filled by a trigger when the
    ///   entry is written (the writer writes an article's countries before its timeline, as it must for
    ///   `incident_countries`); removed with the entry.
    /// - `timeline_by_type` in the timeline's full order (a type filter pages by a range read).
    /// - `actor_countries` and `actor_types`: per (country, actor) and (type, actor) the mentions and
    ///   the article links that a one-country or one-type actor list sums. Kept by triggers on
    ///   `article_actors`, `article_countries` and `incidents` that work in any order of insertion and
    ///   deletion (an article's cascade deletes its children in no fixed order).
    /// - `actor_days_by_day`: a date-filtered actor list sums `actor_days` over the days.
    /// Everything is backfilled from the fact tables, so existing stores answer the same (92 s for the
    /// bench's 1M-incident store, which grows by 10%).
    static let filterIndexes = filterIndexTables + filterIndexBackfill + filterIndexTriggers

    /// New tables and indexes.
    static let filterIndexTables = """
        CREATE TABLE timeline_countries (
            timeline_id INTEGER NOT NULL REFERENCES timeline (id) ON DELETE CASCADE,
            country TEXT NOT NULL,
            type TEXT,
            day_start TEXT,
            day_end TEXT,
            ingested_at REAL NOT NULL,
            PRIMARY KEY (timeline_id, country)
        ) WITHOUT ROWID;
        CREATE INDEX timeline_countries_by_country
            ON timeline_countries (country, day_start DESC, ingested_at DESC, timeline_id DESC, day_end);
        CREATE INDEX timeline_countries_by_country_type
            ON timeline_countries (country, type, day_start DESC, ingested_at DESC, timeline_id DESC, day_end);

        -- The country filter reads timeline_countries now; the type filter wants the full list order.
        DROP INDEX timeline_by_country;
        DROP INDEX timeline_by_type;
        CREATE INDEX timeline_by_type ON timeline (type, day_start DESC, ingested_at DESC, id DESC, day_end);

        CREATE TABLE actor_countries (
            country TEXT NOT NULL,
            actor_id INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (country, actor_id)
        ) WITHOUT ROWID;
        CREATE TABLE actor_types (
            type TEXT NOT NULL,
            actor_id INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (type, actor_id)
        ) WITHOUT ROWID;
        CREATE INDEX actor_days_by_day ON actor_days (day, actor_id, mentions);

        """

    /// Rows of `timeline_countries` for the entries a condition appended to this selects (alias `t`).
    static let timelineCountriesSelect = """
        SELECT t.id, coalesce(t.country, c.code), t.type, t.day_start, t.day_end, t.ingested_at
        FROM timeline t LEFT JOIN article_countries c ON t.country IS NULL AND c.article_id = t.article_id
            AND (c.focus = 1 OR NOT EXISTS (SELECT 1 FROM article_countries f WHERE f.article_id = t.article_id AND f.focus = 1))
        WHERE coalesce(t.country, c.code) IS NOT NULL
        """

    /// Per (country, actor): an `article_actors` row counts for its own country and every country of its article.
    static let actorCountriesSelect = """
        SELECT code, actor_id, SUM(mentions), COUNT(*) FROM (
            SELECT aa.country AS code, aa.actor_id, aa.mentions FROM article_actors aa WHERE aa.country IS NOT NULL
            UNION ALL
            SELECT c.code, aa.actor_id, aa.mentions FROM article_actors aa JOIN article_countries c ON c.article_id = aa.article_id
            WHERE aa.country IS NOT c.code
        ) GROUP BY code, actor_id
        """

    /// Per (type, actor): an `article_actors` row counts once for each type of incident its article has.
    static let actorTypesSelect = """
        SELECT it.type, aa.actor_id, SUM(aa.mentions), COUNT(*)
        FROM (SELECT DISTINCT article_id, type FROM incidents) it JOIN article_actors aa ON aa.article_id = it.article_id
        GROUP BY it.type, aa.actor_id
        """

    /// Fills the new tables from the fact tables.
    static let filterIndexBackfill = """
        INSERT INTO timeline_countries (timeline_id, country, type, day_start, day_end, ingested_at)
            \(timelineCountriesSelect);
        INSERT INTO actor_countries (country, actor_id, mentions, articles) \(actorCountriesSelect);
        INSERT INTO actor_types (type, actor_id, mentions, articles) \(actorTypesSelect);

        """

    /// The triggers that keep the new tables equal to a recount.
    static let filterIndexTriggers = """
        CREATE TRIGGER timeline_countries_insert AFTER INSERT ON timeline BEGIN
            INSERT INTO timeline_countries (timeline_id, country, type, day_start, day_end, ingested_at)
                SELECT new.id, new.country, new.type, new.day_start, new.day_end, new.ingested_at WHERE new.country IS NOT NULL
                UNION ALL
                SELECT new.id, c.code, new.type, new.day_start, new.day_end, new.ingested_at FROM article_countries c
                WHERE new.country IS NULL AND c.article_id = new.article_id
                    AND (c.focus = 1 OR NOT EXISTS (SELECT 1 FROM article_countries f WHERE f.article_id = new.article_id AND f.focus = 1));
        END;

        CREATE TRIGGER article_actors_filter_insert AFTER INSERT ON article_actors BEGIN
            \(actorLinkAdd("new"))
        END;
        CREATE TRIGGER article_actors_filter_delete AFTER DELETE ON article_actors BEGIN
            \(actorLinkRemove("old"))
        END;
        CREATE TRIGGER article_actors_filter_update AFTER UPDATE ON article_actors BEGIN
            \(actorLinkRemove("old"))
            \(actorLinkAdd("new"))
        END;

        CREATE TRIGGER article_countries_filter_insert AFTER INSERT ON article_countries BEGIN
            \(articleCountryAdd("new"))
        END;
        CREATE TRIGGER article_countries_filter_delete AFTER DELETE ON article_countries BEGIN
            \(articleCountryRemove("old"))
        END;
        CREATE TRIGGER article_countries_filter_update AFTER UPDATE OF code, article_id ON article_countries BEGIN
            \(articleCountryRemove("old"))
            \(articleCountryAdd("new"))
        END;

        -- Only an article's first incident of a type adds its actors to that type, and only its last removes them.
        CREATE TRIGGER incidents_filter_insert AFTER INSERT ON incidents
        WHEN NOT EXISTS (SELECT 1 FROM incidents i WHERE i.article_id = new.article_id AND i.type = new.type AND i.id <> new.id) BEGIN
            \(incidentTypeAdd("new"))
        END;
        CREATE TRIGGER incidents_filter_delete AFTER DELETE ON incidents
        WHEN NOT EXISTS (SELECT 1 FROM incidents i WHERE i.article_id = old.article_id AND i.type = old.type) BEGIN
            \(incidentTypeRemove("old"))
        END;
        CREATE TRIGGER incidents_filter_update AFTER UPDATE OF type, article_id ON incidents BEGIN
            \(incidentTypeRemove("old", unlessStill: true))
            \(incidentTypeAdd("new", unlessAlready: true))
        END;
        """

    /// The countries one `article_actors` row counts for: its own and its article's.
    static func linkCountries(_ row: String) -> String {
        "SELECT \(row).country AS code WHERE \(row).country IS NOT NULL UNION SELECT code FROM article_countries WHERE article_id = \(row).article_id"
    }

    /// Adds one `article_actors` row to the per-country and per-type counters of its actor (`countries`: the
    /// countries a row counts for, v6's rule unless given).
    static func actorLinkAdd(_ row: String, countries: (String) -> String = linkCountries) -> String {
        """
        INSERT INTO actor_countries (country, actor_id, mentions, articles)
                SELECT code, \(row).actor_id, \(row).mentions, 1 FROM (\(countries(row))) WHERE true
                ON CONFLICT (country, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + 1;
            INSERT INTO actor_types (type, actor_id, mentions, articles)
                SELECT DISTINCT type, \(row).actor_id, \(row).mentions, 1 FROM incidents WHERE article_id = \(row).article_id
                ON CONFLICT (type, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + 1;
        """
    }

    /// Takes one `article_actors` row off those counters; rows that reach no article are deleted.
    static func actorLinkRemove(_ row: String, countries: (String) -> String = linkCountries) -> String {
        """
        UPDATE actor_countries SET mentions = mentions - \(row).mentions, articles = articles - 1
                WHERE country IN (\(countries(row))) AND actor_id = \(row).actor_id;
            DELETE FROM actor_countries WHERE country IN (\(countries(row))) AND actor_id = \(row).actor_id AND articles <= 0;
            UPDATE actor_types SET mentions = mentions - \(row).mentions, articles = articles - 1
                WHERE type IN (SELECT type FROM incidents WHERE article_id = \(row).article_id) AND actor_id = \(row).actor_id;
            DELETE FROM actor_types WHERE type IN (SELECT type FROM incidents WHERE article_id = \(row).article_id)
                AND actor_id = \(row).actor_id AND articles <= 0;
        """
    }

    /// A new country of an article counts for the article's actors that do not already count for it
    /// (`only`: a condition on the row, prefixed to the `WHERE`s, such as v9's "focus = 1 AND ").
    static func articleCountryAdd(_ row: String, only: String = "") -> String {
        """
        INSERT INTO actor_countries (country, actor_id, mentions, articles)
                SELECT \(row).code, aa.actor_id, aa.mentions, 1 FROM article_actors aa
                WHERE \(only)aa.article_id = \(row).article_id AND aa.country IS NOT \(row).code
                ON CONFLICT (country, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + 1;
        """
    }

    /// A country leaving an article stops counting for the article's actors that do not have it themselves.
    static func articleCountryRemove(_ row: String, only: String = "") -> String {
        """
        UPDATE actor_countries SET articles = articles - 1, mentions = mentions - (SELECT aa.mentions FROM article_actors aa
                    WHERE aa.article_id = \(row).article_id AND aa.actor_id = actor_countries.actor_id)
                WHERE \(only)country = \(row).code AND actor_id IN (SELECT actor_id FROM article_actors
                    WHERE article_id = \(row).article_id AND country IS NOT \(row).code);
            DELETE FROM actor_countries WHERE \(only)country = \(row).code AND articles <= 0
                AND actor_id IN (SELECT actor_id FROM article_actors WHERE article_id = \(row).article_id);
        """
    }

    /// An article's first incident of a type makes its actors count for the type.
    private static func incidentTypeAdd(_ row: String, unlessAlready: Bool = false) -> String {
        let guardClause = unlessAlready
            ? " AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.article_id = \(row).article_id AND i.type = \(row).type AND i.id <> \(row).id)"
            : ""
        return """
        INSERT INTO actor_types (type, actor_id, mentions, articles)
                SELECT \(row).type, aa.actor_id, aa.mentions, 1 FROM article_actors aa WHERE aa.article_id = \(row).article_id\(guardClause)
                ON CONFLICT (type, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + 1;
        """
    }

    /// An article's last incident of a type going makes its actors stop counting for the type.
    private static func incidentTypeRemove(_ row: String, unlessStill: Bool = false) -> String {
        let guardClause = unlessStill
            ? " AND NOT EXISTS (SELECT 1 FROM incidents i WHERE i.article_id = \(row).article_id AND i.type = \(row).type)"
            : ""
        return """
        UPDATE actor_types SET articles = articles - 1, mentions = mentions - (SELECT aa.mentions FROM article_actors aa
                    WHERE aa.article_id = \(row).article_id AND aa.actor_id = actor_types.actor_id)
                WHERE type = \(row).type AND actor_id IN (SELECT actor_id FROM article_actors WHERE article_id = \(row).article_id)\(guardClause);
            DELETE FROM actor_types WHERE type = \(row).type AND articles <= 0
                AND actor_id IN (SELECT actor_id FROM article_actors WHERE article_id = \(row).article_id);
        """
    }
}

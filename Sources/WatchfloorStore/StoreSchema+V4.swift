// MARK: - v4: indexes in the monitor's order and counters kept by the writer

extension StoreSchema {
    /// Makes every monitor query independent of the store's size (issue 6).
    ///
    /// - `incident_countries`: the countries an incident matches (its own, else its article's focus
    ///   countries, else all of them), indexed in the incident list's order, so "incidents in UA" is a
    ///   range read of one page instead of a sort of every match. Written by `FactWriter` with the incident.
    /// - Counters kept by triggers, so they stay exact on every path that adds or deletes a row (insert,
    ///   replacement, removal, cascade from an article, retention): per-actor mention totals (`actors`),
    ///   role counts (`actor_roles`), mentions per published day (`actor_days`), per-country article and
    ///   incident counts and names (`country_counts`, `country_names`), day-precise timeline entries per day
    ///   (`timeline_days`) and store totals (`store_counts`).
    /// - `article_actors` carries its article's published day and ingest time, so an actor's newest
    ///   article is one index seek and a removal can update the per-day counts (a cascade trigger can no
    ///   longer see the deleted article row).
    /// Everything is backfilled from the fact tables, so existing stores get the same counters.
    static let v4 = v4Tables + v4Backfill + v4Triggers

    /// New tables, columns and indexes.
    static let v4Tables = """
        CREATE TABLE incident_countries (
            incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
            country TEXT NOT NULL,
            type TEXT NOT NULL,
            day_start TEXT,
            day_end TEXT,
            ingested_at REAL NOT NULL,
            PRIMARY KEY (incident_id, country)
        ) WITHOUT ROWID;
        CREATE INDEX incident_countries_by_country
            ON incident_countries (country, day_start DESC, ingested_at DESC, incident_id DESC);
        CREATE INDEX incident_countries_by_country_type
            ON incident_countries (country, type, day_start DESC, ingested_at DESC, incident_id DESC);

        -- The country filter now reads incident_countries; the type filter wants the full list order.
        DROP INDEX incidents_by_country;
        DROP INDEX incidents_by_type;
        CREATE INDEX incidents_by_type ON incidents (type, day_start DESC, ingested_at DESC, id DESC);

        ALTER TABLE actors ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE actors ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX actors_by_mentions ON actors (mentions DESC, name COLLATE NOCASE, id);
        CREATE INDEX actors_by_name ON actors (name COLLATE NOCASE, mentions DESC, id);

        ALTER TABLE article_actors ADD COLUMN published TEXT;
        ALTER TABLE article_actors ADD COLUMN ingested_at REAL;
        DROP INDEX article_actors_by_actor;
        CREATE INDEX article_actors_by_actor
            ON article_actors (actor_id, published DESC, ingested_at DESC, article_id DESC);

        CREATE TABLE actor_roles (
            actor_id INTEGER NOT NULL,
            role TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (actor_id, role)
        ) WITHOUT ROWID;
        CREATE TABLE actor_days (
            actor_id INTEGER NOT NULL,
            day TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (actor_id, day)
        ) WITHOUT ROWID;
        CREATE TABLE country_counts (
            code TEXT PRIMARY KEY,
            articles INTEGER NOT NULL,
            incidents INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE country_names (
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (code, name)
        ) WITHOUT ROWID;
        CREATE TABLE timeline_days (
            day TEXT PRIMARY KEY,
            entries INTEGER NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE store_counts (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            articles INTEGER NOT NULL,
            incidents INTEGER NOT NULL,
            errors INTEGER NOT NULL
        );

        """

    /// Fills the new tables and columns from the fact tables (the same rules the writer and triggers follow).
    static let v4Backfill = """
        \(incidentCountriesInsert) 1;
        UPDATE article_actors SET
            published = (SELECT a.published FROM articles a WHERE a.id = article_actors.article_id),
            ingested_at = (SELECT a.ingested_at FROM articles a WHERE a.id = article_actors.article_id);
        UPDATE actors SET
            mentions = coalesce((SELECT SUM(aa.mentions) FROM article_actors aa WHERE aa.actor_id = actors.id), 0),
            articles = (SELECT COUNT(*) FROM article_actors aa WHERE aa.actor_id = actors.id);
        INSERT INTO actor_roles (actor_id, role, articles)
            SELECT actor_id, role, COUNT(*) FROM article_actors WHERE role IS NOT NULL GROUP BY actor_id, role;
        INSERT INTO actor_days (actor_id, day, mentions)
            SELECT actor_id, published, SUM(mentions) FROM article_actors WHERE published IS NOT NULL GROUP BY actor_id, published;
        INSERT INTO country_counts (code, articles, incidents)
            SELECT code, SUM(a), SUM(i) FROM (
                SELECT code, COUNT(*) AS a, 0 AS i FROM article_countries GROUP BY code
                UNION ALL
                SELECT country, 0, COUNT(*) FROM incidents WHERE country IS NOT NULL GROUP BY country
            ) GROUP BY code;
        INSERT INTO country_names (code, name, articles)
            SELECT code, name, COUNT(*) FROM article_countries GROUP BY code, name;
        INSERT INTO timeline_days (day, entries)
            SELECT day_start, COUNT(*) FROM timeline WHERE day_start = day_end GROUP BY day_start;
        INSERT INTO store_counts (id, articles, incidents, errors)
            VALUES (1, (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM incidents), (SELECT COUNT(*) FROM ingest_errors));

        """

    /// Rows of `incident_countries` for the incidents a `WHERE` clause appended to this selects
    /// (alias `i`): the incident's own country, else its article's focus countries, else all its countries.
    static let incidentCountriesInsert = """
        INSERT INTO incident_countries (incident_id, country, type, day_start, day_end, ingested_at)
        SELECT i.id, coalesce(i.country, c.code), i.type, i.day_start, i.day_end, i.ingested_at
        FROM incidents i LEFT JOIN article_countries c ON i.country IS NULL AND c.article_id = i.article_id
            AND (c.focus = 1 OR NOT EXISTS (SELECT 1 FROM article_countries f WHERE f.article_id = i.article_id AND f.focus = 1))
        WHERE coalesce(i.country, c.code) IS NOT NULL AND
        """

    /// Triggers that keep the counters equal to a recount of the fact tables.
    static let v4Triggers = """
        CREATE TRIGGER article_actors_count_insert AFTER INSERT ON article_actors BEGIN
            \(actorAdd("new"))
        END;
        CREATE TRIGGER article_actors_count_delete AFTER DELETE ON article_actors BEGIN
            \(actorRemove("old"))
        END;
        CREATE TRIGGER article_actors_count_update AFTER UPDATE ON article_actors BEGIN
            \(actorRemove("old"))
            \(actorAdd("new"))
        END;

        CREATE TRIGGER article_countries_count_insert AFTER INSERT ON article_countries BEGIN
            \(countryAdd("new"))
        END;
        CREATE TRIGGER article_countries_count_delete AFTER DELETE ON article_countries BEGIN
            \(countryRemove("old"))
        END;
        CREATE TRIGGER article_countries_count_update AFTER UPDATE OF code, name ON article_countries BEGIN
            \(countryRemove("old"))
            \(countryAdd("new"))
        END;

        CREATE TRIGGER incidents_count_insert AFTER INSERT ON incidents BEGIN
            UPDATE store_counts SET incidents = incidents + 1 WHERE id = 1;
            INSERT INTO country_counts (code, articles, incidents) SELECT new.country, 0, 1 WHERE new.country IS NOT NULL
                ON CONFLICT (code) DO UPDATE SET incidents = incidents + 1;
        END;
        CREATE TRIGGER incidents_count_delete AFTER DELETE ON incidents BEGIN
            UPDATE store_counts SET incidents = incidents - 1 WHERE id = 1;
            UPDATE country_counts SET incidents = incidents - 1 WHERE code = old.country;
            DELETE FROM country_counts WHERE code = old.country AND articles <= 0 AND incidents <= 0;
        END;

        CREATE TRIGGER timeline_count_insert AFTER INSERT ON timeline WHEN new.day_start = new.day_end BEGIN
            INSERT INTO timeline_days (day, entries) VALUES (new.day_start, 1) ON CONFLICT (day) DO UPDATE SET entries = entries + 1;
        END;
        CREATE TRIGGER timeline_count_delete AFTER DELETE ON timeline WHEN old.day_start = old.day_end BEGIN
            UPDATE timeline_days SET entries = entries - 1 WHERE day = old.day_start;
            DELETE FROM timeline_days WHERE day = old.day_start AND entries <= 0;
        END;

        CREATE TRIGGER articles_count_insert AFTER INSERT ON articles BEGIN
            UPDATE store_counts SET articles = articles + 1 WHERE id = 1;
        END;
        CREATE TRIGGER articles_count_delete AFTER DELETE ON articles BEGIN
            UPDATE store_counts SET articles = articles - 1 WHERE id = 1;
        END;
        CREATE TRIGGER ingest_errors_count_insert AFTER INSERT ON ingest_errors BEGIN
            UPDATE store_counts SET errors = errors + 1 WHERE id = 1;
        END;
        CREATE TRIGGER ingest_errors_count_delete AFTER DELETE ON ingest_errors BEGIN
            UPDATE store_counts SET errors = errors - 1 WHERE id = 1;
        END;
        """

    /// Adds one `article_actors` row (`row` is `new` or `old`) to its actor's counters.
    private static func actorAdd(_ row: String) -> String {
        """
        UPDATE actors SET mentions = mentions + \(row).mentions, articles = articles + 1 WHERE id = \(row).actor_id;
            INSERT INTO actor_roles (actor_id, role, articles) SELECT \(row).actor_id, \(row).role, 1 WHERE \(row).role IS NOT NULL
                ON CONFLICT (actor_id, role) DO UPDATE SET articles = articles + 1;
            INSERT INTO actor_days (actor_id, day, mentions) SELECT \(row).actor_id, \(row).published, \(row).mentions
                WHERE \(row).published IS NOT NULL
                ON CONFLICT (actor_id, day) DO UPDATE SET mentions = mentions + excluded.mentions;
        """
    }

    /// Takes one `article_actors` row off its actor's counters; rows that reach zero are deleted.
    private static func actorRemove(_ row: String) -> String {
        """
        UPDATE actors SET mentions = mentions - \(row).mentions, articles = articles - 1 WHERE id = \(row).actor_id;
            UPDATE actor_roles SET articles = articles - 1 WHERE actor_id = \(row).actor_id AND role = \(row).role;
            DELETE FROM actor_roles WHERE actor_id = \(row).actor_id AND role = \(row).role AND articles <= 0;
            UPDATE actor_days SET mentions = mentions - \(row).mentions WHERE actor_id = \(row).actor_id AND day = \(row).published;
            DELETE FROM actor_days WHERE actor_id = \(row).actor_id AND day = \(row).published AND mentions <= 0;
        """
    }

    /// Adds one `article_countries` row to its country's counters.
    private static func countryAdd(_ row: String) -> String {
        """
        INSERT INTO country_counts (code, articles, incidents) VALUES (\(row).code, 1, 0)
                ON CONFLICT (code) DO UPDATE SET articles = articles + 1;
            INSERT INTO country_names (code, name, articles) VALUES (\(row).code, \(row).name, 1)
                ON CONFLICT (code, name) DO UPDATE SET articles = articles + 1;
        """
    }

    /// Takes one `article_countries` row off its country's counters.
    private static func countryRemove(_ row: String) -> String {
        """
        UPDATE country_counts SET articles = articles - 1 WHERE code = \(row).code;
            DELETE FROM country_counts WHERE code = \(row).code AND articles <= 0 AND incidents <= 0;
            UPDATE country_names SET articles = articles - 1 WHERE code = \(row).code AND name = \(row).name;
            DELETE FROM country_names WHERE code = \(row).code AND name = \(row).name AND articles <= 0;
        """
    }
}

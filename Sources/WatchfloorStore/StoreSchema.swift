import GRDB

/// The store's schema as named, append-only migrations. Never edit a shipped migration: add `v2_...`.
enum StoreSchema {
    /// The migrator that brings any store up to date.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("v5") { db in
            try db.execute(sql: v5)
        }
        migrator.registerMigration(filterIndexesName) { db in try db.execute(sql: filterIndexes) }
        migrator.registerMigration("v7") { db in try db.execute(sql: v7) }
        migrator.registerMigration("v8") { db in try db.execute(sql: v8) }
        migrator.registerMigration(actorFocusName) { db in try db.execute(sql: v9) }
        return migrator
    }

    /// Articles, facts, errors, full-text index and the change generation.
    static let v1 = """
        CREATE TABLE generation (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            value INTEGER NOT NULL
        );
        INSERT INTO generation (id, value) VALUES (1, 0);

        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            title TEXT,
            published TEXT,
            published_source TEXT NOT NULL,
            ingested_at REAL NOT NULL,
            size INTEGER NOT NULL,
            body_start INTEGER NOT NULL,
            source TEXT,
            url TEXT,
            author TEXT,
            language TEXT,
            encoding TEXT,
            text TEXT NOT NULL
        );
        CREATE INDEX articles_by_hash ON articles (content_hash);
        CREATE INDEX articles_by_published ON articles (published DESC, ingested_at DESC);

        -- Other paths whose content equals a stored article (copies); removing the article's own path
        -- moves the article to one of these instead of losing it.
        CREATE TABLE article_aliases (
            path TEXT PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE
        );
        CREATE INDEX article_aliases_by_article ON article_aliases (article_id);

        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            country TEXT
        );
        CREATE INDEX mentions_by_article ON mentions (article_id);

        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            country TEXT,
            UNIQUE (name, kind)
        );

        CREATE TABLE article_actors (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
            role TEXT,
            country TEXT,
            mentions INTEGER NOT NULL,
            first_start INTEGER,
            first_end INTEGER,
            spans TEXT NOT NULL,
            PRIMARY KEY (article_id, actor_id)
        ) WITHOUT ROWID;
        CREATE INDEX article_actors_by_actor ON article_actors (actor_id, article_id);

        CREATE TABLE article_countries (
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            focus INTEGER NOT NULL,
            PRIMARY KEY (article_id, code)
        ) WITHOUT ROWID;
        CREATE INDEX article_countries_by_code ON article_countries (code, focus, article_id);

        CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            type TEXT NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            trigger_text TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            date TEXT,
            precision TEXT,
            day_start TEXT,
            day_end TEXT,
            country TEXT,
            place TEXT,
            actors TEXT NOT NULL,
            targets TEXT NOT NULL,
            count INTEGER,
            summary TEXT NOT NULL,
            ingested_at REAL NOT NULL
        );
        CREATE INDEX incidents_by_date ON incidents (day_start DESC, ingested_at DESC, id DESC);
        CREATE INDEX incidents_by_country ON incidents (country, day_start DESC);
        CREATE INDEX incidents_by_type ON incidents (type, day_start DESC);
        CREATE INDEX incidents_by_article ON incidents (article_id);

        CREATE TABLE times (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            value TEXT NOT NULL,
            precision TEXT NOT NULL
        );
        CREATE INDEX times_by_article ON times (article_id);

        CREATE TABLE timeline (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            incident_id INTEGER REFERENCES incidents (id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            precision TEXT NOT NULL,
            day_start TEXT,
            day_end TEXT,
            type TEXT,
            country TEXT,
            label TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            ingested_at REAL NOT NULL
        );
        CREATE INDEX timeline_by_date ON timeline (day_start DESC, ingested_at DESC, id DESC);
        CREATE INDEX timeline_by_country ON timeline (country, day_start DESC);
        CREATE INDEX timeline_by_type ON timeline (type, day_start DESC);
        CREATE INDEX timeline_by_article ON timeline (article_id);

        CREATE TABLE ingest_errors (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            at REAL NOT NULL,
            message TEXT NOT NULL
        );
        CREATE INDEX ingest_errors_by_time ON ingest_errors (at DESC, id DESC);

        CREATE VIRTUAL TABLE article_fts USING fts5 (
            title, text, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO article_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
            INSERT INTO article_fts (article_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO article_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        """

    /// Retention: what was pruned (so an unchanged file is not read again) and an index to find old articles.
    static let v2 = """
        -- Paths whose article was pruned by retention, with the content it had: the same path with the
        -- same content is skipped; changed content, or a removal of the file, deletes the row.
        CREATE TABLE pruned_articles (
            path TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            pruned_at REAL NOT NULL
        );
        CREATE INDEX articles_by_ingested ON articles (ingested_at);
        """

    /// Deleting an incident makes SQLite look for timeline rows that reference it (the foreign key);
    /// without this index that is a full scan of the timeline per incident, which made removals and
    /// replacements cost a scan of the whole timeline each.
    static let v3 = """
        CREATE INDEX timeline_by_incident ON timeline (incident_id);
        """
}

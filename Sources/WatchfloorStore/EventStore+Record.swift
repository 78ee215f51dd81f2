import GRDB
import WatchfloorModel

// MARK: - Writes

extension EventStore {
    /// Stores one article and its facts in one transaction: a new path is inserted; a path whose
    /// content changed has its old facts deleted and replaced (same article id); content already
    /// stored (under this or another path) adds nothing. Clears any ingest error for the path.
    public func record(article: Article, extraction: Extraction, contentHash: String, size: Int, at: Double? = nil) throws -> RecordOutcome {
        let ingestedAt = at ?? EventStore.now()
        return try writer.write { db in
            if let known = try EventStore.knownContent(db, path: article.path, contentHash: contentHash, session: nil) {
                return known
            }
            let session = try WriteSession(db)
            let outcome = try EventStore.insertOrReplace(db, article: article, extraction: extraction,
                                                         facts: PreparedFacts(article: article, extraction: extraction),
                                                         contentHash: contentHash, size: size, ingestedAt: ingestedAt, session: session)
            try session.flushPending()
            try EventStore.bumpGeneration(db)
            return outcome
        }
    }

    /// Checks, before any extraction work, whether `contentHash` is already stored: returns
    /// `.unchanged` (same path) or `.duplicate` (another path; the alias is noted), else nil when the
    /// caller must extract and call `record`.
    public func recordIfKnown(path: String, contentHash: String) throws -> RecordOutcome? {
        // Most content is new: look first without taking the write lock (and without a write transaction).
        let stored = try writer.read { db in
            try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1"), arguments: [contentHash]) ?? false
        }
        guard stored else { return nil }
        return try writer.write { db in try EventStore.knownContent(db, path: path, contentHash: contentHash, session: nil) }
    }

    /// Records (or refreshes) the latest ingest failure for a path.
    public func recordError(path: String, message: String, at: Double? = nil) throws {
        let time = at ?? EventStore.now()
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO ingest_errors (path, at, message) VALUES (?, ?, ?)
                ON CONFLICT (path) DO UPDATE SET at = excluded.at, message = excluded.message
                """, arguments: [path, time, message])
            try EventStore.bumpGeneration(db)
        }
    }

    /// Forgets a deleted file: its article (and facts), its JSON elements (`path#N`), and everything
    /// under it when it was a directory. An article whose content is also held by a copy moves to the
    /// copy's path instead. Returns the paths forgotten.
    @discardableResult
    public func markRemoved(path: String) throws -> [String] {
        try writer.write { db in
            let paths = try String.fetchAll(db, sql: """
                SELECT path FROM articles WHERE path = ?1 OR (path >= ?1 || '#' AND path < ?1 || '$')
                    OR (path >= ?1 || '/' AND path < ?1 || '0')
                UNION ALL
                SELECT path FROM article_aliases WHERE path = ?1 OR (path >= ?1 || '#' AND path < ?1 || '$')
                    OR (path >= ?1 || '/' AND path < ?1 || '0')
                """, arguments: [path])
            for gone in paths { try EventStore.forget(db, path: gone) }
            // Errors about files that no longer exist are stale, and so is the memory of pruned ones.
            try db.execute(sql: """
                DELETE FROM ingest_errors WHERE path = ?1 OR (path >= ?1 || '#' AND path < ?1 || '$')
                    OR (path >= ?1 || '/' AND path < ?1 || '0')
                """, arguments: [path])
            let errorsCleared = db.changesCount > 0
            try db.execute(sql: """
                DELETE FROM pruned_articles WHERE path = ?1 OR (path >= ?1 || '#' AND path < ?1 || '$')
                    OR (path >= ?1 || '/' AND path < ?1 || '0')
                """, arguments: [path])
            if !paths.isEmpty || errorsCleared { try EventStore.bumpGeneration(db) }
            return paths
        }
    }

    /// After re-reading a multi-article file, forgets its stored elements (`file#N`, or `file` itself)
    /// that are no longer in it. Returns the paths forgotten.
    @discardableResult
    public func pruneArticles(fromFile file: String, keeping: Set<String>) throws -> [String] {
        try writer.write { db in
            let paths = try String.fetchAll(db, sql: """
                SELECT path FROM articles WHERE path = ?1 OR (path >= ?1 || '#' AND path < ?1 || '$')
                UNION ALL
                SELECT path FROM article_aliases WHERE path = ?1 OR (path >= ?1 || '#' AND path < ?1 || '$')
                """, arguments: [file]).filter { !keeping.contains($0) }
            for gone in paths { try EventStore.forget(db, path: gone) }
            let pruned = try String.fetchAll(db, sql: """
                SELECT path FROM pruned_articles WHERE path = ?1 OR (path >= ?1 || '#' AND path < ?1 || '$')
                """, arguments: [file])
            for gone in pruned where !keeping.contains(gone) {
                try db.execute(sql: "DELETE FROM pruned_articles WHERE path = ?", arguments: [gone])
            }
            if !paths.isEmpty { try EventStore.bumpGeneration(db) }
            return paths
        }
    }

    /// The stored files (article paths, copies, files with errors and pruned files; `#N` suffixes removed) at or
    /// under `path`, so a rescan can tell which of them have disappeared.
    public func storedFiles(under path: String) throws -> Set<String> {
        try writer.read { db in
            let paths = try String.fetchAll(db, sql: """
                SELECT path FROM articles WHERE path = ?1 OR (path >= ?1 || '#' AND path < ?1 || '$')
                    OR (path >= ?1 || '/' AND path < ?1 || '0')
                UNION
                SELECT path FROM article_aliases WHERE path = ?1 OR (path >= ?1 || '#' AND path < ?1 || '$')
                    OR (path >= ?1 || '/' AND path < ?1 || '0')
                UNION
                SELECT path FROM ingest_errors WHERE path = ?1 OR (path >= ?1 || '/' AND path < ?1 || '0')
                UNION
                SELECT path FROM pruned_articles WHERE path = ?1 OR (path >= ?1 || '#' AND path < ?1 || '$')
                    OR (path >= ?1 || '/' AND path < ?1 || '0')
                """, arguments: [path])
            return Set(paths.map { p in
                if let hash = p.lastIndex(of: "#"), p[p.index(after: hash)...].allSatisfy(\.isNumber), !p[p.index(after: hash)...].isEmpty {
                    return String(p[..<hash])
                }
                return p
            })
        }
    }

    // MARK: - Helpers

    /// `.unchanged`/`.duplicate` when the content is stored, recording the alias; nil otherwise.
    /// `session` is the transaction's writer, whose pending counters are written before anything is deleted;
    /// `pathIsNew`: no article is stored under `path` (the caller checked in this transaction).
    static func knownContent(_ db: Database, path: String, contentHash: String, session: WriteSession?,
                             pathIsNew: Bool = false) throws -> RecordOutcome? {
        if !pathIsNew, let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT id FROM articles WHERE path = ? AND content_hash = ?"),
                                                  arguments: [path, contentHash]) {
            let id: Int64 = row["id"]
            if try clearError(db, path: path) { try bumpGeneration(db) }
            return .unchanged(articleID: id)
        }
        guard let original = try Row.fetchOne(db.cachedStatement(sql: "SELECT id, path FROM articles WHERE content_hash = ? AND path != ? ORDER BY id LIMIT 1"), arguments: [contentHash, path]) else { return nil }
        let id: Int64 = original["id"]
        let originalPath: String = original["path"]
        let aliased = try Int64.fetchOne(db.cachedStatement(sql: "SELECT article_id FROM article_aliases WHERE path = ?"), arguments: [path])
        if aliased == id {
            if try clearError(db, path: path) { try bumpGeneration(db) }
            return .duplicate(articleID: id, existingPath: originalPath)
        }
        // This path held other content before: that content is gone from it.
        if !pathIsNew, let own = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM articles WHERE path = ?"), arguments: [path]) {
            // The delete triggers take this article's facts off the counters and its text out of the
            // full-text index: both must hold everything written so far.
            try session?.flushPending()
            try db.cachedStatement(sql: "DELETE FROM articles WHERE id = ?").execute(arguments: [own])
        }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO article_aliases (path, article_id) VALUES (?, ?)").execute(arguments: [path, id])
        _ = try clearError(db, path: path)
        try bumpGeneration(db)
        return .duplicate(articleID: id, existingPath: originalPath)
    }

    /// Writes an article whose content is not stored yet (inside the caller's transaction): a new path
    /// is inserted, a known path keeps its id and gets its facts replaced. Clears the path's error and
    /// pruned marker; the caller flushes the session (`flushPending()`) and bumps the generation.
    /// `pathIsNew`: no article is stored under the path; `clearsPathRows` false: the path has no alias,
    /// error or pruned row (the caller checked both in this transaction).
    static func insertOrReplace(_ db: Database, article: Article, extraction: Extraction, facts: PreparedFacts, contentHash: String,
                                size: Int, ingestedAt: Double, session: WriteSession, pathIsNew: Bool = false,
                                clearsPathRows: Bool = true) throws -> RecordOutcome {
        if clearsPathRows { try db.cachedStatement(sql: "DELETE FROM article_aliases WHERE path = ?").execute(arguments: [article.path]) }
        let existing = pathIsNew ? nil
            : try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM articles WHERE path = ?"), arguments: [article.path])
        let id: Int64
        if let existing {
            // The delete triggers take the old facts off the counters and the old text out of the full-text
            // index: both must hold everything written so far.
            try session.flushPending()
            try EventStore.deleteFacts(db, articleID: existing)
            let update = session.updateArticle
            EventStore.bindArticle(update, article, contentHash, ingestedAt, size, facts)
            update.bind(16, existing)
            try update.run()
            id = existing
        } else {
            let insert = session.insertArticle
            EventStore.bindArticle(insert, article, contentHash, ingestedAt, size, facts)
            insert.bind(16, article.path)
            try insert.run()
            id = db.lastInsertedRowID
            session.deltas.articles += 1
            // What the v1 insert trigger did, at the end of the transaction (`WriteSession`).
            session.addSearchText(id: id, title: article.title, text: article.text)
        }
        try FactWriter(db: db, articleID: id, article: article, ingestedAt: ingestedAt, session: session).write(extraction, facts)
        if clearsPathRows {
            try db.cachedStatement(sql: "DELETE FROM ingest_errors WHERE path = ?").execute(arguments: [article.path])
            try db.cachedStatement(sql: "DELETE FROM pruned_articles WHERE path = ?").execute(arguments: [article.path])
        }
        return existing == nil ? .inserted(articleID: id) : .replaced(articleID: id)
    }

    /// Forgets one path (an article's own path or an alias).
    private static func forget(_ db: Database, path: String) throws {
        if try Int64.fetchOne(db, sql: "SELECT article_id FROM article_aliases WHERE path = ?", arguments: [path]) != nil {
            try db.execute(sql: "DELETE FROM article_aliases WHERE path = ?", arguments: [path])
            return
        }
        guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM articles WHERE path = ?", arguments: [path]) else { return }
        if let heir = try String.fetchOne(db, sql: "SELECT path FROM article_aliases WHERE article_id = ? ORDER BY path LIMIT 1", arguments: [id]) {
            try db.execute(sql: "DELETE FROM article_aliases WHERE path = ?", arguments: [heir])
            try db.execute(sql: "UPDATE articles SET path = ? WHERE id = ?", arguments: [heir, id])
        } else {
            try db.execute(sql: "DELETE FROM articles WHERE id = ?", arguments: [id])
        }
    }

    /// Deletes an article's facts (not the article row).
    static func deleteFacts(_ db: Database, articleID: Int64) throws {
        for table in ["timeline", "incidents", "article_actors", "article_countries"] {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE article_id = ?").execute(arguments: [articleID])
        }
    }

    /// Deletes the error row of a path; true if there was one.
    private static func clearError(_ db: Database, path: String) throws -> Bool {
        try db.cachedStatement(sql: "DELETE FROM ingest_errors WHERE path = ?").execute(arguments: [path])
        return db.changesCount > 0
    }

    /// Marks the transaction as a change every process can see through `changeToken()`.
    static func bumpGeneration(_ db: Database) throws {
        try db.cachedStatement(sql: "UPDATE generation SET value = value + 1 WHERE id = 1").execute()
    }

    /// Binds the article row's columns 1-15 of `insertArticle`/`updateArticle` (the 16th is the path or id).
    private static func bindArticle(_ s: RawStatement, _ a: Article, _ hash: String, _ at: Double, _ size: Int, _ facts: PreparedFacts) {
        s.bind(1, hash)
        s.bind(2, a.title)
        s.bind(3, a.published?.iso)
        s.bind(4, a.publishedSource.rawValue)
        s.bind(5, at)
        s.bind(6, size)
        s.bind(7, a.bodyStart)
        s.bind(8, a.headers["source"])
        s.bind(9, a.headers["url"])
        s.bind(10, a.headers["author"])
        s.bind(11, a.headers["language"])
        s.bind(12, a.headers["encoding"])
        s.bind(13, a.text)
        s.bind(14, facts.mentions)
        s.bind(15, facts.times)
    }
}

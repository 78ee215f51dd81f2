import GRDB
import WatchfloorModel

// MARK: - Several articles at once (JSON arrays, JSON Lines)

extension EventStore {
    /// Most values bound in one `IN (...)` list.
    static let inListLimit = 500

    /// For each (path, hash), what the store knows about that content; one read transaction, no lock.
    public func contentStatus(_ items: [(path: String, contentHash: String)]) throws -> [ContentStatus] {
        guard !items.isEmpty else { return [] }
        return try writer.read { db in
            var stored = Set<String>()
            var pruned = Set<String>()
            var start = 0
            while start < items.count {
                let part = items[start..<min(items.count, start + EventStore.inListLimit)]
                let marks = FilterSQL.marks(part.count)
                let hashes = try EventStore.statement(db, "SELECT content_hash FROM articles WHERE content_hash IN (\(marks))", count: part.count)
                stored.formUnion(try String.fetchAll(hashes, arguments: StatementArguments(part.map(\.contentHash))))
                let paths = try EventStore.statement(db, "SELECT path, content_hash FROM pruned_articles WHERE path IN (\(marks))",
                                                     count: part.count)
                for row in try Row.fetchAll(paths, arguments: StatementArguments(part.map(\.path))) {
                    pruned.insert((row[0] as String) + "\u{0}" + (row[1] as String))
                }
                start += EventStore.inListLimit
            }
            return items.map { item in
                if stored.contains(item.contentHash) { return .stored }
                return pruned.contains(item.path + "\u{0}" + item.contentHash) ? .pruned : .new
            }
        }
    }

    /// Lists of at most this many values get a cached statement (one per length and connection).
    static let cachedInListLimit = 16

    /// The statement for `sql`, an `IN` list of `count` values: cached for short lists. Ingest asks
    /// `contentStatus` about one file at a time, mostly one article; compiling its two statements
    /// every time was half of that call and about 0.1 ms of CPU per article (DECISIONS, "Store writer (session 5)").
    static func statement(_ db: Database, _ sql: String, count: Int) throws -> Statement {
        count <= cachedInListLimit ? try db.cachedStatement(sql: sql) : try db.makeStatement(sql: sql)
    }

    /// Records several articles in one write transaction, each exactly as `record` (or, without an
    /// extraction, as `recordIfKnown`) would. An item without an extraction whose content turns out
    /// not to be stored (it was removed meanwhile) gets nil: extract it and call `record`.
    /// A failure rolls back the whole group, so no article is ever half-written.
    public func recordBatch(_ items: [BatchArticle], at: Double? = nil) throws -> [RecordOutcome?] {
        guard !items.isEmpty else { return [] }
        let ingestedAt = at ?? EventStore.now()
        return try writer.writeWithoutTransaction { db in
            if let outcomes = try EventStore.writeNewPaths(db, items, ingestedAt: ingestedAt) { return outcomes }
            var outcomes: [RecordOutcome?] = []
            try db.inTransaction(.immediate) {
                outcomes = try EventStore.writeItems(db, items, ingestedAt: ingestedAt)
                return .commit
            }
            return outcomes
        }
    }

    /// Writes a group whose paths are all new (none stored, none twice) with foreign key checks off;
    /// nil, having written nothing, when some path is not new.
    ///
    /// With foreign keys on, SQLite looks up the parent row of every inserted fact (about 100 lookups
    /// per generated article, a tenth of the writer's CPU); the writer inserts every parent before its
    /// children, so those checks can never fail. A group of new paths deletes nothing, so no cascade is
    /// missed; a group that may replace or remove an article (a stored path, a path twice) takes the
    /// checked path. The pragma cannot change inside a transaction, hence the check inside an
    /// immediate one (nobody else can store those paths meanwhile) and a rollback when it fails.
    static func writeNewPaths(_ db: Database, _ items: [BatchArticle], ingestedAt: Double) throws -> [RecordOutcome?]? {
        let paths = items.map(\.article.path)
        // Swift's canonical equality only makes this stricter than SQLite's bytes: lookalikes take the checked path.
        guard Set(paths).count == paths.count else { return nil }
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        // Outside any transaction again here (inTransaction commits or rolls back before it returns).
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
        var outcomes: [RecordOutcome?]?
        try db.inTransaction(.immediate) {
            var start = 0
            var withRows = Set<String>()
            while start < paths.count {
                let part = Array(paths[start..<min(paths.count, start + EventStore.inListLimit)])
                let marks = FilterSQL.marks(part.count)
                let sql = "SELECT 1 FROM articles WHERE path IN (\(marks)) LIMIT 1"
                if try Bool.fetchOne(db, sql: sql, arguments: StatementArguments(part)) ?? false { return .rollback }
                withRows.formUnion(try String.fetchAll(db, sql: """
                    SELECT path FROM article_aliases WHERE path IN (\(marks)) UNION SELECT path FROM ingest_errors WHERE path IN (\(marks))
                    UNION SELECT path FROM pruned_articles WHERE path IN (\(marks))
                    """, arguments: StatementArguments(part + part + part)))
                start += EventStore.inListLimit
            }
            outcomes = try EventStore.writeItems(db, items, ingestedAt: ingestedAt, newPaths: withRows)
            return .commit
        }
        return outcomes
    }

    /// The body of `recordBatch`, inside its transaction. `newPaths`, for a group whose paths are all new
    /// (`writeNewPaths`): those of its paths that have an alias, error or pruned row to clear. With it, the
    /// per-article lookups of a stored article by path and the deletes of rows a path does not have are
    /// skipped (five statements per article, read once per group instead); an article only ever adds such
    /// rows for its own path, so the set stays right through the group.
    private static func writeItems(_ db: Database, _ items: [BatchArticle], ingestedAt: Double,
                                   newPaths: Set<String>? = nil) throws -> [RecordOutcome?] {
        var outcomes: [RecordOutcome?] = []
        var wrote = false
        let session = try WriteSession(db)
        for item in items {
            let path = item.article.path
            if let known = try EventStore.knownContent(db, path: path, contentHash: item.contentHash, session: session,
                                                       pathIsNew: newPaths != nil) {
                outcomes.append(known)
            } else if let extraction = item.extraction {
                let facts = item.prepared ?? PreparedFacts(article: item.article, extraction: extraction)
                outcomes.append(try EventStore.insertOrReplace(db, article: item.article, extraction: extraction, facts: facts,
                                                               contentHash: item.contentHash, size: item.size, ingestedAt: ingestedAt,
                                                               session: session, pathIsNew: newPaths != nil,
                                                               clearsPathRows: newPaths?.contains(path) ?? true))
                wrote = true
            } else {
                outcomes.append(nil)
            }
        }
        // The counters of the whole group, each counter row written once, then the full-text entries.
        try session.flushPending()
        if wrote { try EventStore.bumpGeneration(db) }
        return outcomes
    }
}

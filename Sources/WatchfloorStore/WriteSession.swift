import GRDB

/// What one write transaction that stores articles shares between them: the prepared inserts (bound
/// through `RawStatement`), the ids of actors already written in it, and what is written once at the
/// end: the counter changes (`CounterDeltas`), the `incident_countries` / `timeline_countries` rows
/// (`CountryRows`, in index order) and the full-text entries. Made by `record`/`recordBatch`
/// inside their transaction and dropped with it; `flushPending()` must run before the transaction
/// commits and before anything in it deletes or updates articles or facts (the delete triggers need
/// the counts in the tables, and FTS5 can only delete an entry it holds).
///
/// Full-text entries wait because FTS5 writes its pending terms out as a new index segment whenever a
/// statement opens a savepoint (any statement with a trigger, an upsert, `RETURNING`): inserted
/// between the facts, each article became a segment of its own, to be merged again later.
final class WriteSession {
    /// The open transaction.
    let db: Database
    /// Counter changes not yet written.
    var deltas = CounterDeltas()
    /// `incident_countries` rows not yet written (inserted in index order at the flush).
    var incidentCountries = CountryRows()
    /// `timeline_countries` rows not yet written (inserted in index order at the flush).
    var timelineCountries = CountryRows()
    /// Full-text entries (article id, title, text) not yet written.
    private var searchTexts: [(id: Int64, title: String?, text: String)] = []
    /// Actor ids by name and kind, and whether the stored actor has a country (one transaction only:
    /// nothing in a write transaction deletes actors).
    private var actorIDs: [ActorKey: (id: Int64, hasCountry: Bool)] = [:]

    /// Name and kind as UTF-8 bytes: SQLite's unique key compares bytes, Swift strings compare canonically.
    private struct ActorKey: Hashable {
        let name: [UInt8]
        let kind: [UInt8]
    }

    let insertArticle: RawStatement
    let updateArticle: RawStatement
    let findActor: RawStatement
    let insertActor: RawStatement
    let giveActorCountry: RawStatement
    let insertArticleActor: RawStatement
    let insertArticleCountry: RawStatement
    let insertIncident: RawStatement
    let insertIncidentCountry: RawStatement
    let insertTimeline: RawStatement
    let insertTimelineCountry: RawStatement

    /// Prepares the statements (from the connection's cache after the first transaction).
    init(_ db: Database) throws {
        self.db = db
        insertArticle = try RawStatement(db, sql: """
            INSERT INTO articles (content_hash, title, published, published_source, ingested_at,
                size, body_start, source, url, author, language, encoding, text, mentions, times, path)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        updateArticle = try RawStatement(db, sql: """
            UPDATE articles SET content_hash = ?, title = ?, published = ?, published_source = ?, ingested_at = ?,
                size = ?, body_start = ?, source = ?, url = ?, author = ?, language = ?, encoding = ?, text = ?,
                mentions = ?, times = ?
            WHERE id = ?
            """)
        // Not an upsert with RETURNING: that opens a statement savepoint (see above); these three do not.
        findActor = try RawStatement(db, sql: "SELECT id, country IS NOT NULL FROM actors WHERE name = ? AND kind = ?")
        insertActor = try RawStatement(db, sql: "INSERT INTO actors (name, kind, country) VALUES (?, ?, ?)")
        giveActorCountry = try RawStatement(db, sql: "UPDATE actors SET country = ? WHERE id = ? AND country IS NULL")
        insertArticleActor = try RawStatement(db, sql: """
            INSERT INTO article_actors (article_id, actor_id, role, country, mentions, first_start, first_end, spans,
                published, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertArticleCountry = try RawStatement(db, sql: """
            INSERT INTO article_countries (article_id, code, name, mentions, focus) VALUES (?, ?, ?, ?, ?)
            """)
        insertIncident = try RawStatement(db, sql: """
            INSERT INTO incidents (article_id, ordinal, type, trigger_start, trigger_end, trigger_text, sentence_start, sentence_end,
                date, precision, day_start, day_end, country, place, actors, targets, count, summary, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertIncidentCountry = try RawStatement(db, sql: """
            INSERT INTO incident_countries (incident_id, country, type, day_start, day_end, ingested_at) VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertTimelineCountry = try RawStatement(db, sql: """
            INSERT INTO timeline_countries (timeline_id, country, type, day_start, day_end, ingested_at) VALUES (?, ?, ?, ?, ?, ?)
            """)
        insertTimeline = try RawStatement(db, sql: """
            INSERT INTO timeline (article_id, incident_id, date, precision, day_start, day_end, type, country, label,
                sentence_start, sentence_end, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    /// The id of the actor `name`/`kind`, creating it, or giving it `country` if it had none (what the
    /// v1-v6 upsert did: `country = coalesce(actors.country, excluded.country)`).
    func actorID(name: String, kind: String, country: String?) throws -> Int64 {
        let key = ActorKey(name: Array(name.utf8), kind: Array(kind.utf8))
        if let known = actorIDs[key], known.hasCountry || country == nil { return known.id }
        findActor.bind(1, name)
        findActor.bind(2, kind)
        let id: Int64
        var hasCountry: Bool
        if let found = try findActor.runReturningIntegers(2) {
            id = found[0]
            hasCountry = found[1] != 0
            if !hasCountry, let country {
                giveActorCountry.bind(1, country)
                giveActorCountry.bind(2, id)
                try giveActorCountry.run()
                hasCountry = true
            }
        } else {
            insertActor.bind(1, name)
            insertActor.bind(2, kind)
            insertActor.bind(3, country)
            try insertActor.run()
            id = db.lastInsertedRowID
            hasCountry = country != nil
        }
        actorIDs[key] = (id, hasCountry)
        return id
    }

    /// Queues the full-text entry of a new article (written by `flushPending()`).
    func addSearchText(id: Int64, title: String?, text: String) {
        searchTexts.append((id, title, text))
    }

    /// Writes the counter changes, the queued filter rows and full-text entries, and starts over.
    func flushPending() throws {
        try flushCounters()
        try incidentCountries.write(insertIncidentCountry)
        try timelineCountries.write(insertTimelineCountry)
        // Last, so no savepoint follows them in this flush; FTS5 writes them out at the commit.
        guard !searchTexts.isEmpty else { return }
        let texts = searchTexts
        searchTexts = []
        let s = try RawStatement(db, sql: "INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)")
        for entry in texts {
            s.bind(1, entry.id)
            s.bind(2, entry.title)
            s.bind(3, entry.text)
            try s.run()
        }
    }

    /// Writes the summed counter changes and starts over.
    private func flushCounters() throws {
        guard !deltas.isEmpty else { return }
        let d = deltas
        deltas = CounterDeltas()
        if !d.actors.isEmpty {
            let s = try RawStatement(db, sql: "UPDATE actors SET mentions = mentions + ?, articles = articles + ? WHERE id = ?")
            for id in d.actors.keys.sorted() {
                guard let change = d.actors[id] else { continue }
                s.bind(1, change.mentions)
                s.bind(2, change.articles)
                s.bind(3, id)
                try s.run()
            }
        }
        for (table, column, total, sums) in [("actor_roles", "role", "articles", d.actorRoles), ("actor_days", "day", "mentions", d.actorDays)]
        where !sums.isEmpty {
            let s = try RawStatement(db, sql: """
                INSERT INTO \(table) (actor_id, \(column), \(total)) VALUES (?, ?, ?)
                ON CONFLICT (actor_id, \(column)) DO UPDATE SET \(total) = \(total) + excluded.\(total)
                """)
            for (key, n) in sums.sorted(by: { CounterDeltas.IDText.ordered($0.key, $1.key) }) {
                s.bind(1, key.id)
                s.bind(2, String(decoding: key.text, as: UTF8.self))
                s.bind(3, n)
                try s.run()
            }
        }
        if !d.countries.isEmpty {
            let s = try RawStatement(db, sql: """
                INSERT INTO country_counts (code, articles, incidents) VALUES (?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET articles = articles + excluded.articles, incidents = incidents + excluded.incidents
                """)
            for code in d.countries.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                guard let change = d.countries[code] else { continue }
                s.bind(1, String(decoding: code, as: UTF8.self))
                s.bind(2, change.articles)
                s.bind(3, change.incidents)
                try s.run()
            }
        }
        if !d.countryNames.isEmpty {
            let s = try RawStatement(db, sql: """
                INSERT INTO country_names (code, name, articles) VALUES (?, ?, ?)
                ON CONFLICT (code, name) DO UPDATE SET articles = articles + excluded.articles
                """)
            for (key, n) in d.countryNames.sorted(by: { CounterDeltas.TextPair.ordered($0.key, $1.key) }) {
                s.bind(1, String(decoding: key.first, as: UTF8.self))
                s.bind(2, String(decoding: key.second, as: UTF8.self))
                s.bind(3, n)
                try s.run()
            }
        }
        if !d.timelineDays.isEmpty {
            let s = try RawStatement(db, sql: """
                INSERT INTO timeline_days (day, entries) VALUES (?, ?) ON CONFLICT (day) DO UPDATE SET entries = entries + excluded.entries
                """)
            for day in d.timelineDays.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
                s.bind(1, String(decoding: day, as: UTF8.self))
                s.bind(2, d.timelineDays[day] ?? 0)
                try s.run()
            }
        }
        for (table, column, sums) in [("actor_countries", "country", d.actorCountries), ("actor_types", "type", d.actorTypes)] where !sums.isEmpty {
            let s = try RawStatement(db, sql: """
                INSERT INTO \(table) (\(column), actor_id, mentions, articles) VALUES (?, ?, ?, ?)
                ON CONFLICT (\(column), actor_id) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + excluded.articles
                """)
            // In primary key order, (country or type, actor): each leaf is read and dirtied once per
            // transaction (actor first scattered consecutive upserts over every country's range).
            for row in d.textFirst(sums) {
                s.bind(1, String(decoding: row.text, as: UTF8.self))
                s.bind(2, row.id)
                s.bind(3, row.mentions)
                s.bind(4, row.articles)
                try s.run()
            }
        }
        if d.articles != 0 || d.incidents != 0 {
            let s = try RawStatement(db, sql: "UPDATE store_counts SET articles = articles + ?, incidents = incidents + ? WHERE id = 1")
            s.bind(1, d.articles)
            s.bind(2, d.incidents)
            try s.run()
        }
    }
}

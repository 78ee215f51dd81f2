import GRDB
import WatchfloorModel

/// Writes one article's extracted facts inside the caller's transaction.
struct FactWriter {
    /// The open transaction.
    let db: Database
    /// The article the facts belong to.
    let articleID: Int64
    /// The article (for its text and published date).
    let article: Article
    /// When the article was ingested.
    let ingestedAt: Double

    /// Separates names in the `actors`/`targets` columns.
    static let nameSeparator: Character = "\u{1F}"

    /// Writes every fact. Statements are cached per connection: a backlog writes hundreds of rows per
    /// article, and compiling each INSERT anew was the largest CPU cost of ingest (benchmark profile).
    func write(_ x: Extraction) throws {
        for m in x.mentions {
            try db.cachedStatement(sql: "INSERT INTO mentions (article_id, start, \"end\", text, kind, country) VALUES (?, ?, ?, ?, ?, ?)").execute(
                           arguments: [articleID, m.span.start, m.span.end, m.text, m.kind.rawValue, m.country])
        }
        for c in x.countries {
            try db.cachedStatement(sql: """
                INSERT INTO article_countries (article_id, code, name, mentions, focus) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (article_id, code) DO UPDATE SET mentions = mentions + excluded.mentions, focus = max(focus, excluded.focus)
                """).execute(arguments: [articleID, c.code.uppercased(), c.name, c.mentions, c.focus])
        }
        for a in x.actors { try writeActor(a) }
        for t in x.times {
            try db.cachedStatement(sql: "INSERT INTO times (article_id, start, \"end\", text, value, precision) VALUES (?, ?, ?, ?, ?, ?)").execute(
                           arguments: [articleID, t.span.start, t.span.end, t.text, t.value, t.precision.rawValue])
        }
        let text = x.incidents.isEmpty ? nil : ScalarText(article.text)
        var incidentIDs: [Int64] = []
        for (ordinal, i) in x.incidents.enumerated() {
            let range = i.date.flatMap(TimexRange.days(of:)) ?? article.published.map { ($0, $0) }
            let summary = text?.summary(sentence: i.sentence, trigger: i.trigger) ?? i.text
            try db.cachedStatement(sql: """
                INSERT INTO incidents (article_id, ordinal, type, trigger_start, trigger_end, trigger_text, sentence_start, sentence_end,
                    date, precision, day_start, day_end, country, place, actors, targets, count, summary, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    articleID, ordinal, i.type.rawValue, i.trigger.start, i.trigger.end, i.text, i.sentence.start, i.sentence.end,
                    i.date, i.datePrecision?.rawValue, range?.0.iso, range?.1.iso, i.country?.uppercased(), i.place,
                    FactWriter.joinNames(i.actors), FactWriter.joinNames(i.targets), i.count, summary, ingestedAt,
                ])
            incidentIDs.append(db.lastInsertedRowID)
        }
        if !incidentIDs.isEmpty {
            try db.cachedStatement(sql: StoreSchema.incidentCountriesInsert + " i.article_id = ?").execute(arguments: [articleID])
        }
        for e in x.timeline {
            let incident = e.incident.flatMap { $0 >= 0 && $0 < x.incidents.count ? $0 : nil }
            let range = TimexRange.days(of: e.date)
            try db.cachedStatement(sql: """
                INSERT INTO timeline (article_id, incident_id, date, precision, day_start, day_end, type, country, label,
                    sentence_start, sentence_end, ingested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [
                    articleID, incident.map { incidentIDs[$0] }, e.date, e.precision.rawValue, range?.0.iso, range?.1.iso,
                    incident.map { x.incidents[$0].type.rawValue }, incident.flatMap { x.incidents[$0].country?.uppercased() },
                    e.label, e.sentence.start, e.sentence.end, ingestedAt,
                ])
        }
    }

    private func writeActor(_ a: EventActor) throws {
        guard let actorID = try Int64.fetchOne(db.cachedStatement(sql: """
            INSERT INTO actors (name, kind, country) VALUES (?, ?, ?)
            ON CONFLICT (name, kind) DO UPDATE SET country = coalesce(actors.country, excluded.country)
            RETURNING id
            """), arguments: [a.name, a.kind.rawValue, a.country?.uppercased()]) else { return }
        let spans = a.spans.sorted()
        try db.cachedStatement(sql: """
            INSERT INTO article_actors (article_id, actor_id, role, country, mentions, first_start, first_end, spans,
                published, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (article_id, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions,
                role = coalesce(role, excluded.role), spans = spans || ',' || excluded.spans
            """).execute(arguments: [
                articleID, actorID, a.role, a.country?.uppercased(), max(1, spans.count), spans.first?.start, spans.first?.end,
                spans.map { "\($0.start)-\($0.end)" }.joined(separator: ","), article.published?.iso, ingestedAt,
            ])
    }

    /// Joins names for one column, dropping the separator from the names themselves.
    static func joinNames(_ names: [String]) -> String {
        names.map { $0.filter { $0 != nameSeparator } }.joined(separator: String(nameSeparator))
    }

    /// Splits a names column.
    static func splitNames(_ column: String) -> [String] {
        column.isEmpty ? [] : column.split(separator: nameSeparator, omittingEmptySubsequences: true).map(String.init)
    }
}

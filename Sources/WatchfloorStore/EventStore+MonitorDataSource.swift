import GRDB
import WatchfloorModel

// MARK: - Reads (MonitorDataSource)

extension EventStore: MonitorDataSource {
    /// Timeline entries matching the filter, newest date first (entries without a calendar date last).
    public func timeline(filter: QueryFilter, limit: Int, offset: Int) throws -> [TimelineRow] {
        try timeline(query: IncidentPageQuery(filter: filter, limit: limit, offset: offset, list: .timeline))
    }

    /// The timeline entries a prepared query selects.
    func timeline(query: IncidentPageQuery) throws -> [TimelineRow] {
        try writer.read { db in
            let ids = try Int64.fetchAll(db, sql: query.sql, arguments: query.arguments)
            let byID = try EventStore.rows(db, table: "timeline", columns: """
                id, article_id, date, precision, type, country, label, sentence_start, sentence_end
                """, ids: ids)
            return ids.compactMap { byID[$0] }.map { row in
                TimelineRow(
                    id: row[0], articleID: row[1], date: row[2],
                    precision: DatePrecision(rawValue: row[3] ?? "") ?? .reference,
                    type: (row[4] as String?).flatMap(IncidentType.init(rawValue:)), country: row[5],
                    label: row[6], sentence: Span(start: row[7], end: row[8]))
            }
        }
    }

    /// Rows of `table` by id (in chunks of `inListLimit`), so a page sorts ids only and reads 100 rows.
    /// `columns` starts with `id`; rows are read by position (GRDB's lookup by name lower-cases both
    /// names, which was a tenth of an incident page's CPU).
    static func rows(_ db: Database, table: String, columns: String, ids: [Int64]) throws -> [Int64: Row] {
        var byID: [Int64: Row] = [:]
        var start = 0
        while start < ids.count {
            let part = ids[start..<min(ids.count, start + EventStore.inListLimit)]
            for row in try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) WHERE id IN (\(FilterSQL.marks(part.count)))",
                                        arguments: StatementArguments(Array(part))) {
                byID[row[0]] = row
            }
            start += EventStore.inListLimit
        }
        return byID
    }

    /// Day-precise timeline entries per day for the `days` days ending at `endingAt`, oldest first.
    /// Only day-precise entries count, so a date filter narrows the window. Without other filters the
    /// counts come from `timeline_days`; by countries or types they count index entries of the window
    /// (`timeline_countries`, `timeline_by_type`); a text filter is bounded by `FilterSQL.textMatchLimit`.
    public func timelineHistogram(filter: QueryFilter, days: Int, endingAt: CalendarDay) throws -> [Int] {
        guard days > 0 else { return [] }
        let first = endingAt.adding(days: 1 - days)
        var result = [Int](repeating: 0, count: days)
        let low = max(first, filter.since ?? first), high = min(endingAt, filter.until ?? endingAt)
        guard low <= high else { return result }
        var rest = filter
        rest.since = nil
        rest.until = nil
        let window: [String] = [low.iso, high.iso]
        let counts: [Row] = try writer.read { db in
            let codes = FilterSQL.countryCodes(rest)
            let types = rest.types.map(\.rawValue).sorted()
            if rest.isEmpty {
                return try Row.fetchAll(db.cachedStatement(sql: "SELECT day, entries AS n FROM timeline_days WHERE day BETWEEN ? AND ?"),
                                        arguments: StatementArguments(window))
            } else if rest.text.flatMap(FilterSQL.ftsQuery) == nil {
                var conditions = ["day_start BETWEEN ? AND ?", "day_end = day_start"]
                var values = window
                if !types.isEmpty {
                    conditions.insert("type IN (\(FilterSQL.marks(types.count)))", at: 0)
                    values.insert(contentsOf: types, at: 0)
                }
                let table: String
                if codes.isEmpty {
                    table = "timeline"
                } else {
                    conditions.insert("country IN (\(FilterSQL.marks(codes.count)))", at: 0)
                    values.insert(contentsOf: codes, at: 0)
                    table = "timeline_countries"
                }
                // An entry can match two of the countries asked for; it counts once.
                let count = codes.count > 1 ? "COUNT(DISTINCT timeline_id)" : "COUNT(*)"
                return try Row.fetchAll(db, sql: """
                    SELECT day_start AS day, \(count) AS n FROM \(table) WHERE \(conditions.joined(separator: " AND ")) GROUP BY day_start
                    """, arguments: StatementArguments(values))
            } else {
                var f = FilterSQL.forFacts(rest, alias: "t")
                f.conditions.append("t.day_start = t.day_end")
                f.add("t.day_start BETWEEN ? AND ?", window)
                return try Row.fetchAll(db, sql: "SELECT t.day_start AS day, COUNT(*) AS n FROM timeline t \(f.whereClause) GROUP BY t.day_start",
                                        arguments: f.arguments)
            }
        }
        let slots = Dictionary(uniqueKeysWithValues: (0..<days).map { (first.adding(days: $0).iso, $0) })
        for row in counts {
            guard let iso: String = row[0], let index = slots[iso] else { continue }
            result[index] = row[1]
        }
        return result
    }

    /// Incidents matching the filter, newest date first, then newest ingest first.
    public func incidents(filter: QueryFilter, limit: Int, offset: Int) throws -> [IncidentRow] {
        try incidents(query: IncidentPageQuery(filter: filter, limit: limit, offset: offset))
    }

    /// The incidents a prepared query selects.
    func incidents(query: IncidentPageQuery) throws -> [IncidentRow] {
        try writer.read { db in
            let ids = try Int64.fetchAll(db, sql: query.sql, arguments: query.arguments)
            let byID = try EventStore.rows(db, table: "incidents", columns: """
                id, article_id, type, date, precision, country, place, actors, targets, count, summary,
                sentence_start, sentence_end, ingested_at
                """, ids: ids)
            return ids.compactMap { byID[$0] }.compactMap { row in
                guard let type = IncidentType(rawValue: row[2]) else { return nil }
                return IncidentRow(
                    id: row[0], articleID: row[1], type: type, date: row[3],
                    precision: (row[4] as String?).flatMap(DatePrecision.init(rawValue:)),
                    country: row[5], place: row[6],
                    actors: FactWriter.splitNames(row[7]), targets: FactWriter.splitNames(row[8]),
                    count: row[9], summary: row[10],
                    sentence: Span(start: row[11], end: row[12]), ingestedAt: row[13])
            }
        }
    }

    /// Actors named in the articles matching the filter, with daily mention counts for a sparkline.
    /// Without a filter the totals are the per-actor counters the writer keeps (one index range read);
    /// with one country, one type or only dates, the per-(country, actor), per-(type, actor) and
    /// per-(actor, day) counters; other filters sum the matching articles' actor links.
    public func actors(
        filter: QueryFilter, sort: ActorSort, limit: Int, offset: Int, trendDays: Int, endingAt: CalendarDay
    ) throws -> [ActorRow] {
        try actors(filter: filter, sort: sort, limit: limit, offset: offset, trendDays: trendDays, endingAt: endingAt, useCounters: true)
    }

    /// `actors(...)`; `useCounters` false aggregates the fact tables whatever the filter (tests compare both).
    func actors(
        filter: QueryFilter, sort: ActorSort, limit: Int, offset: Int, trendDays: Int, endingAt: CalendarDay, useCounters: Bool
    ) throws -> [ActorRow] {
        try writer.read { db in
            let rows: [Row]
            if filter.isEmpty && useCounters {
                let order = sort == .mentions ? "mentions DESC, name COLLATE NOCASE, id" : "name COLLATE NOCASE, mentions DESC, id"
                rows = try Row.fetchAll(db, sql: """
                    SELECT id, name, kind, country, mentions AS total FROM actors WHERE mentions > 0 ORDER BY \(order) LIMIT ? OFFSET ?
                    """, arguments: [max(0, limit), max(0, offset)])
            } else {
                // Rows of (actor, mentions) from the counters, or else from the matching actor links (the
                // articles joined only for their published day); summed per actor in memory, then only the
                // actors that can reach the page are read.
                let source: (sql: String, arguments: StatementArguments)
                if useCounters, let counted = ActorCounterQuery(filter: filter) {
                    source = (counted.sql, counted.arguments)
                } else {
                    let links = FilterSQL.actorLinks(filter)
                    let f = FilterSQL.forActors(filter)
                    let articles = filter.since != nil || filter.until != nil ? "JOIN articles a ON a.id = aa.article_id" : ""
                    source = ("SELECT aa.actor_id, aa.mentions FROM \(links.sql) \(articles) \(f.whereClause)", links.arguments + f.arguments)
                }
                rows = try ActorLinkTotals.sum(db, sql: source.sql, arguments: source.arguments)
                    .page(db, sort: sort, limit: limit, offset: offset)
            }
            let ids: [Int64] = rows.map { $0[0] }
            guard !ids.isEmpty else { return [] }
            let details = try ActorDetails.fetch(db, actorIDs: ids, trendDays: trendDays, endingAt: endingAt)
            return rows.compactMap { row in
                let id: Int64 = row[0]
                guard let kind = ActorKind(rawValue: row[2]) else { return nil }
                // actors.country is the first country any article gave the actor, so it is set whenever
                // any article_actors row has one.
                return ActorRow(
                    name: row[1], kind: kind, role: details.roles[id], country: row[3],
                    mentions: row[4], trend: details.trends[id] ?? [Int](repeating: 0, count: max(0, trendDays)),
                    latestArticleID: details.latest[id]?.0, latestSpan: details.latest[id]?.1)
            }
        }
    }

    /// Countries present in the store, most incidents first, then most articles (from the writer's counters).
    public func countryFacets() throws -> [CountryFacet] {
        try writer.read { db in
            try Row.fetchAll(db, sql: """
                SELECT cc.code, cc.articles, cc.incidents,
                    (SELECT MAX(n.name) FROM country_names n WHERE n.code = cc.code) AS name
                FROM country_counts cc
                """).map { row in
                let code: String = row["code"]
                return CountryFacet(code: code, name: row["name"] ?? code, articles: row["articles"], incidents: row["incidents"])
            }.sorted {
                ($0.incidents, $0.articles, $1.code) > ($1.incidents, $1.articles, $0.code)
            }
        }
    }

    /// Counts for the status bar (the writer's counters, and the newest ingest time by index).
    public func stats() throws -> StoreStats {
        try writer.read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT articles, incidents, errors, (SELECT MAX(ingested_at) FROM articles) AS last FROM store_counts WHERE id = 1
                """) else { return StoreStats() }
            return StoreStats(articles: row["articles"], incidents: row["incidents"], errors: row["errors"], lastIngestAt: row["last"])
        }
    }

    /// One article, or nil if it is gone.
    public func article(id: Int64) throws -> ArticleDetail? {
        try writer.read { db in
            try Row.fetchOne(db, sql: "SELECT id, path, title, published, published_source, text FROM articles WHERE id = ?",
                             arguments: [id]).map { row in
                ArticleDetail(id: row["id"], path: row["path"], title: row["title"], published: row["published"],
                              publishedSource: PublishedDateSource(rawValue: row["published_source"]) ?? .none, text: row["text"])
            }
        }
    }

    /// Ingest errors, newest first.
    public func ingestErrors(limit: Int, offset: Int) throws -> [IngestErrorRecord] {
        try writer.read { db in
            try Row.fetchAll(db, sql: "SELECT id, path, at, message FROM ingest_errors ORDER BY at DESC, id DESC LIMIT ? OFFSET ?",
                             arguments: [max(0, limit), max(0, offset)]).map { row in
                IngestErrorRecord(id: row["id"], path: row["path"], at: row["at"], message: row["message"])
            }
        }
    }

    /// A number that changes whenever any process commits to the store.
    public func changeToken() throws -> Int64 {
        try writer.read { db in try Int64.fetchOne(db, sql: "SELECT value FROM generation WHERE id = 1") ?? 0 }
    }

    /// The paths of stored articles by id (for printing where rows came from).
    public func articlePaths(ids: [Int64]) throws -> [Int64: String] {
        guard !ids.isEmpty else { return [:] }
        return try writer.read { db in
            var result: [Int64: String] = [:]
            let unique = Array(Set(ids))
            for row in try Row.fetchAll(db, sql: "SELECT id, path FROM articles WHERE id IN (\(FilterSQL.marks(unique.count)))",
                                        arguments: StatementArguments(unique)) {
                result[row["id"]] = row["path"]
            }
            return result
        }
    }
}

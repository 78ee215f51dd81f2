import GRDB
import WatchfloorModel

/// The SQL for one page of incidents, chosen so its cost depends on the page, not on the store.
///
/// With countries (and maybe types) and no text, each (country, type) pair is a range of
/// `incident_countries` read in list order with `LIMIT offset + limit`; the ranges are merged and
/// de-duplicated (an incident can match two countries) and the page taken from the merge. With types
/// only, the same over `incidents_by_type`. Text searches are bounded by `FilterSQL.textMatchLimit`,
/// and the remaining cases (no filter, or only dates) walk `incidents_by_date`.
struct IncidentPageQuery {
    /// The SQL, selecting the page's incident ids (`id`) in list order. Rows are fetched by id afterwards,
    /// so the sort handles ids and sort keys only, never whole rows with their summaries.
    let sql: String
    /// Its arguments.
    let arguments: StatementArguments

    /// More ranges than this (many countries times many types) are read as one sorted query instead.
    static let maxRanges = 64

    private init(sql: String, arguments: StatementArguments) {
        self.sql = sql
        self.arguments = arguments
    }

    /// One query with every condition, sorted as a whole: what any filter falls back to (and what tests
    /// compare the range merge with).
    static func sortedScan(filter: QueryFilter, limit: Int, offset: Int) -> IncidentPageQuery {
        let f = FilterSQL.forFacts(filter, alias: "i")
        return IncidentPageQuery(sql: """
            SELECT i.id FROM incidents i \(f.whereClause)
            ORDER BY i.day_start DESC, i.ingested_at DESC, i.id DESC LIMIT ? OFFSET ?
            """, arguments: f.arguments + [max(0, limit), max(0, offset)])
    }

    /// The query for `filter`, `limit` rows from `offset`.
    init(filter: QueryFilter, limit: Int, offset: Int) {
        let limit = max(0, limit), offset = max(0, offset)
        let hasText = filter.text.flatMap(FilterSQL.ftsQuery) != nil
        let codes = filter.countries.map { $0.uppercased() }.sorted()
        let types = filter.types.map(\.rawValue).sorted()
        let ranges = max(1, codes.count) * max(1, types.count)
        guard !hasText, !codes.isEmpty || !types.isEmpty, ranges <= IncidentPageQuery.maxRanges else {
            self = IncidentPageQuery.sortedScan(filter: filter, limit: limit, offset: offset)
            return
        }
        var dates: [String] = []
        var dateArguments: [String] = []
        if let since = filter.since {
            dates.append("day_end >= ?")
            dateArguments.append(since.iso)
        }
        if let until = filter.until {
            dates.append("day_start <= ?")
            dateArguments.append(until.iso)
        }
        var arms: [String] = []
        var args = StatementArguments()
        let pairs: [(String?, String?)] = codes.isEmpty
            ? types.map { (nil, $0) }
            : codes.flatMap { code in types.isEmpty ? [(code, nil)] : types.map { (code, $0) } }
        for (code, type) in pairs {
            var conditions = dates
            var values: [String] = []
            if let code {
                conditions.insert("country = ?", at: 0)
                values.append(code)
            }
            if let type {
                conditions.insert("type = ?", at: code == nil ? 0 : 1)
                values.append(type)
            }
            let (id, table) = code == nil ? ("id", "incidents") : ("incident_id", "incident_countries")
            arms.append("""
                SELECT * FROM (SELECT \(id) AS id, day_start AS d, ingested_at AS g FROM \(table)
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY day_start DESC, ingested_at DESC, \(id) DESC LIMIT ?)
                """)
            args += StatementArguments(values + dateArguments)
            args += [offset + limit]
        }
        sql = """
            SELECT id FROM (\(arms.joined(separator: "\nUNION\n")))
            ORDER BY d DESC, g DESC, id DESC LIMIT ? OFFSET ?
            """
        arguments = args + [limit, offset]
    }
}

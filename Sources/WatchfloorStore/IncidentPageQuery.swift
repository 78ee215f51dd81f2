import GRDB
import WatchfloorModel

/// The SQL for one page of incidents (or timeline entries), chosen so its cost depends on the page,
/// not on the store.
///
/// With countries (and maybe types) and no text, each (country, type) pair is a range of
/// `incident_countries` (`timeline_countries`) read in list order with `LIMIT offset + limit`; the
/// ranges are merged and de-duplicated (a row can match two countries) and the page taken from the
/// merge. With types only, the same over `incidents_by_type` (`timeline_by_type`). Text searches are
/// bounded by `FilterSQL.textMatchLimit`, and the remaining cases (no filter, or only dates) walk
/// `incidents_by_date` (`timeline_by_date`).
struct IncidentPageQuery {
    /// The list a query pages through.
    enum List: Sendable {
        case incidents, timeline

        /// The fact table, its alias in `FilterSQL`, and the table of its countries with its id column.
        var table: String { self == .incidents ? "incidents" : "timeline" }
        var alias: String { self == .incidents ? "i" : "t" }
        var countryTable: (name: String, id: String) {
            self == .incidents ? ("incident_countries", "incident_id") : ("timeline_countries", "timeline_id")
        }
    }

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
    static func sortedScan(filter: QueryFilter, limit: Int, offset: Int, list: List = .incidents) -> IncidentPageQuery {
        let x = list.alias
        let f = FilterSQL.forFacts(filter, alias: x)
        return IncidentPageQuery(sql: """
            SELECT \(x).id FROM \(list.table) \(x) \(f.whereClause)
            ORDER BY \(x).day_start DESC, \(x).ingested_at DESC, \(x).id DESC LIMIT ? OFFSET ?
            """, arguments: f.arguments + [max(0, limit), max(0, offset)])
    }

    /// The query for `filter`, `limit` rows from `offset` of `list`.
    init(filter: QueryFilter, limit: Int, offset: Int, list: List = .incidents) {
        let limit = max(0, limit), offset = max(0, offset)
        let hasText = filter.text.flatMap(FilterSQL.ftsQuery) != nil
        let codes = FilterSQL.countryCodes(filter)
        let types = filter.types.map(\.rawValue).sorted()
        let ranges = max(1, codes.count) * max(1, types.count)
        guard !hasText, !codes.isEmpty || !types.isEmpty, ranges <= IncidentPageQuery.maxRanges else {
            self = IncidentPageQuery.sortedScan(filter: filter, limit: limit, offset: offset, list: list)
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
            let (id, table) = code == nil ? ("id", list.table) : (list.countryTable.id, list.countryTable.name)
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

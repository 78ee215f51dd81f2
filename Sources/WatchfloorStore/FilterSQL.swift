import GRDB
import WatchfloorModel

/// Turns a `QueryFilter` into SQL conditions for each kind of row.
///
/// Countries: an incident or timeline entry matches on its own country, or, when it has none, on
/// its article's focus countries (or any country of the article if the extractor marked no focus).
/// An actor matches on its own country or on the countries of an article that names it.
/// Dates: a row matches when the days its date covers overlap `since...until`; incidents without a
/// date use their article's published day; actors use the published day of the article.
/// Text: full-text search over article title and text, each word as a prefix, all words required.
struct FilterSQL {
    /// `AND`-joined conditions.
    var conditions: [String] = []
    /// Their arguments, in order.
    var arguments = StatementArguments()

    /// The `WHERE ...` clause, or "" when nothing filters.
    var whereClause: String { conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ") }

    /// Conditions for incidents (alias `i`) or timeline entries (alias `t`).
    static func forFacts(_ filter: QueryFilter, alias x: String) -> FilterSQL {
        var sql = FilterSQL()
        if !filter.countries.isEmpty {
            let codes = filter.countries.map { $0.uppercased() }.sorted()
            if x == "i" {
                // incident_countries holds exactly the countries the rule below gives each incident.
                sql.add("EXISTS (SELECT 1 FROM incident_countries ic WHERE ic.incident_id = i.id AND ic.country IN (\(marks(codes.count))))", codes)
            } else {
                sql.add("(\(x).country IN (\(marks(codes.count))) OR (\(x).country IS NULL AND \(articleInCountries("\(x).article_id", codes.count))))",
                        codes + codes)
            }
        }
        if !filter.types.isEmpty {
            let types = filter.types.map(\.rawValue).sorted()
            sql.add("\(x).type IN (\(marks(types.count)))", types)
        }
        sql.addText(filter.text, articleColumn: "\(x).article_id")
        if let since = filter.since { sql.add("\(x).day_end >= ?", [since.iso]) }
        if let until = filter.until { sql.add("\(x).day_start <= ?", [until.iso]) }
        return sql
    }

    /// Conditions for `article_actors aa JOIN articles a`.
    static func forActors(_ filter: QueryFilter) -> FilterSQL {
        var sql = FilterSQL()
        if !filter.countries.isEmpty {
            let codes = filter.countries.map { $0.uppercased() }.sorted()
            sql.add("(aa.country IN (\(marks(codes.count))) OR EXISTS (SELECT 1 FROM article_countries c WHERE c.article_id = aa.article_id AND c.code IN (\(marks(codes.count)))))",
                    codes + codes)
        }
        if !filter.types.isEmpty {
            let types = filter.types.map(\.rawValue).sorted()
            sql.add("EXISTS (SELECT 1 FROM incidents i WHERE i.article_id = aa.article_id AND i.type IN (\(marks(types.count))))", types)
        }
        sql.addText(filter.text, articleColumn: "aa.article_id")
        if let since = filter.since { sql.add("a.published >= ?", [since.iso]) }
        if let until = filter.until { sql.add("a.published <= ?", [until.iso]) }
        return sql
    }

    /// Adds one condition.
    mutating func add(_ condition: String, _ values: [String]) {
        conditions.append(condition)
        for v in values { arguments += [v] }
    }

    /// A text search looks at this many matching articles at most, the most recently added first.
    /// A common word matches a fixed share of the store, so without a bound every search would read
    /// and sort a share of the whole store; with it, a search costs the same in any size of store.
    static let textMatchLimit = 1_000

    private mutating func addText(_ text: String?, articleColumn: String) {
        guard let text, let query = FilterSQL.ftsQuery(text) else { return }
        add("\(articleColumn) IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ? ORDER BY rowid DESC LIMIT \(FilterSQL.textMatchLimit))",
            [query])
    }

    /// Words shorter than this match whole words only. FTS5 answers a prefix query by merging the
    /// entries of every word with that prefix: "s"* read every article of a million-incident store
    /// (0.5 s), where a whole word is one short read.
    static let minimumPrefixLength = 3

    /// An FTS5 query that requires every word (as a prefix, from `minimumPrefixLength` letters on);
    /// user text can never be FTS syntax.
    static func ftsQuery(_ words: String) -> String? {
        let terms = words.split(whereSeparator: { $0.isWhitespace }).compactMap { word -> String? in
            let cleaned = word.filter { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" || $0 == "." }
            let significant = cleaned.filter { $0.isLetter || $0.isNumber }.count
            guard significant > 0 else { return nil }
            return "\"" + cleaned + (significant >= minimumPrefixLength ? "\"*" : "\"")
        }
        return terms.isEmpty ? nil : terms.joined(separator: " ")
    }

    /// An article whose focus countries (or, with no focus marked, any countries) include one of the codes.
    static func articleInCountries(_ articleColumn: String, _ count: Int) -> String {
        """
        EXISTS (SELECT 1 FROM article_countries c WHERE c.article_id = \(articleColumn) AND c.code IN (\(marks(count))) \
        AND (c.focus = 1 OR NOT EXISTS (SELECT 1 FROM article_countries f WHERE f.article_id = \(articleColumn) AND f.focus = 1)))
        """
    }

    /// `?, ?, ?`.
    static func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
}

import GRDB
import WatchfloorModel

/// Turns a `QueryFilter` into SQL conditions for each kind of row.
///
/// Countries: an incident or timeline entry matches on its own country, or, when it has none, on
/// its article's focus countries (or any country of the article if the extractor marked no focus).
/// An actor matches on its own country or on the focus countries of an article that names it (v9).
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
            let codes = countryCodes(filter)
            // incident_countries and timeline_countries hold exactly the countries the rule above gives each row.
            let (table, id) = x == "i" ? ("incident_countries", "incident_id") : ("timeline_countries", "timeline_id")
            sql.add("EXISTS (SELECT 1 FROM \(table) xc WHERE xc.\(id) = \(x).id AND xc.country IN (\(marks(codes.count))))", codes)
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

    /// The actor links a filtered actor list sums, as a `FROM` item named `aa` (`article_id`, `actor_id`,
    /// `mentions`), with its arguments. With countries and no text, the links of the articles focused on one of
    /// the countries, plus the links whose own country is one of them in other articles: each read from an index,
    /// where "own country or the article's" as one condition read every link of the store (7 s of CPU for two
    /// countries at 1M, 0.6 s this way). Otherwise all links, filtered by `forActors`.
    static func actorLinks(_ filter: QueryFilter) -> (sql: String, arguments: StatementArguments) {
        guard !filter.countries.isEmpty, filter.text.flatMap(ftsQuery) == nil else { return ("article_actors aa", StatementArguments()) }
        let codes = countryCodes(filter)
        let articles = "SELECT c.article_id FROM article_countries c WHERE c.code IN (\(marks(codes.count))) AND c.focus = 1"
        return ("""
            (SELECT article_id, actor_id, mentions FROM article_actors WHERE article_id IN (\(articles))
             UNION ALL
             SELECT article_id, actor_id, mentions FROM article_actors WHERE country IN (\(marks(codes.count)))
                AND article_id NOT IN (\(articles))) aa
            """, StatementArguments(codes + codes + codes))
    }

    /// Conditions for the links of `actorLinks` (joined with `articles a` when dates filter).
    static func forActors(_ filter: QueryFilter) -> FilterSQL {
        var sql = FilterSQL()
        // Without text, `actorLinks` already holds only the links of the countries.
        if !filter.countries.isEmpty && filter.text.flatMap(ftsQuery) != nil {
            let codes = countryCodes(filter)
            sql.add("(aa.country IN (\(marks(codes.count))) OR EXISTS (SELECT 1 FROM article_countries c WHERE c.article_id = aa.article_id AND c.code IN (\(marks(codes.count))) AND c.focus = 1))",
                    codes + codes)
        }
        if !filter.types.isEmpty {
            let types = filter.types.map(\.rawValue).sorted()
            // Read as the set of articles with such incidents (by index), not one probe per actor link: 17 s -> ms at 1M.
            sql.add("aa.article_id IN (SELECT i.article_id FROM incidents i WHERE i.type IN (\(marks(types.count))))", types)
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

    /// An explicit prefix (`sanc*`) needs at least this many letters. FTS5 answers a prefix query by
    /// merging the entries of every word with that prefix: "s"* read every article of a
    /// million-incident store (0.5 s), where a whole word is one short read.
    static let minimumPrefixLength = 3

    /// An FTS5 query that requires every word; user text can never be FTS syntax.
    ///
    /// A word of three or more English letters matches itself and its usual inflections as whole
    /// words (`protest` finds protests, protested, protesters; `WordForms`): FTS5 reads whole words
    /// lazily, newest article first, so the search stops at `textMatchLimit` articles, where a prefix
    /// had to merge every matching article of the store first (5 ms for "sanctions"* at 1M incidents).
    /// A trailing `*` asks for a prefix (`sanc*`); a word in another script is a prefix too (its
    /// inflections are not English, and such words are rare here, so cheap); words with digits,
    /// apostrophes, hyphens or dots (`U.S.`, `al-Shabaab`, `2024`) match as written.
    static func ftsQuery(_ words: String) -> String? {
        let terms = words.split(whereSeparator: { $0.isWhitespace }).compactMap { word -> String? in
            let cleaned = word.filter { $0.isLetter || $0.isNumber || $0 == "'" || $0 == "-" || $0 == "." }
            let significant = cleaned.filter { $0.isLetter || $0.isNumber }.count
            guard significant > 0 else { return nil }
            let quoted = "\"" + cleaned + "\""
            let lettersOnly = cleaned.allSatisfy(\.isLetter)
            if word.hasSuffix("*") || (lettersOnly && !cleaned.allSatisfy(\.isASCII)) {
                return significant >= minimumPrefixLength ? quoted + "*" : quoted
            }
            guard lettersOnly, significant >= minimumPrefixLength else { return quoted }
            let forms = WordForms.forms(of: cleaned.lowercased())
            return forms.count == 1 ? quoted : "(" + forms.map { "\"" + $0 + "\"" }.joined(separator: " OR ") + ")"
        }
        return terms.isEmpty ? nil : terms.joined(separator: " AND ")
    }

    /// The filter's country codes in upper case, sorted (the order the SQL and its arguments share).
    static func countryCodes(_ filter: QueryFilter) -> [String] { filter.countries.map { $0.uppercased() }.sorted() }

    /// `?, ?, ?`.
    static func marks(_ count: Int) -> String { Array(repeating: "?", count: count).joined(separator: ", ") }
}

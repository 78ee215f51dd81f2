import GRDB

extension EventStore {
    /// `FilterSQL.textMatchLimit` when more articles match `text` than a search reads, else nil
    /// (also for text that is no search at all). Reads at most one rowid past the limit.
    public func textSearchCap(for text: String) throws -> Int? {
        guard let query = FilterSQL.ftsQuery(text) else { return nil }
        let limit = FilterSQL.textMatchLimit
        let matches = try writer.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT rowid FROM article_fts WHERE article_fts MATCH ? LIMIT ?)",
                             arguments: [query, limit + 1]) ?? 0
        }
        return matches > limit ? limit : nil
    }
}

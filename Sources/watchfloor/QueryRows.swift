import WatchfloorModel
import WatchfloorStore

/// Fetches incidents or timeline entries and lays them out as a `QueryTable`.
enum QueryRows {
    /// Incidents matching `filter`.
    static func incidents(store: EventStore, filter: QueryFilter, limit: Int, offset: Int) throws -> QueryTable {
        let rows = try store.incidents(filter: filter, limit: limit, offset: offset)
        let paths = try store.articlePaths(ids: rows.map(\.articleID))
        var table = QueryTable(
            columns: ["id", "date", "precision", "type", "country", "place", "actors", "targets", "count", "summary",
                      "article_id", "article_path", "sentence_start", "sentence_end"],
            tableColumns: [(1, "DATE", 12), (3, "TYPE", 16), (4, "CC", 2), (5, "PLACE", 20), (9, "SUMMARY", nil)])
        table.rows = rows.map { r in
            [.number(r.id), text(r.date), text(r.precision?.rawValue), .text(r.type.rawValue), text(r.country), text(r.place),
             .text(r.actors.joined(separator: "; ")), .text(r.targets.joined(separator: "; ")), r.count.map { .number(Int64($0)) } ?? .none,
             .text(r.summary), .number(r.articleID), text(paths[r.articleID]), .number(Int64(r.sentence.start)), .number(Int64(r.sentence.end))]
        }
        return table
    }

    /// Timeline entries matching `filter`.
    static func timeline(store: EventStore, filter: QueryFilter, limit: Int, offset: Int) throws -> QueryTable {
        let rows = try store.timeline(filter: filter, limit: limit, offset: offset)
        let paths = try store.articlePaths(ids: rows.map(\.articleID))
        var table = QueryTable(
            columns: ["id", "date", "precision", "type", "country", "label", "article_id", "article_path", "sentence_start", "sentence_end"],
            tableColumns: [(1, "DATE", 12), (3, "TYPE", 16), (4, "CC", 2), (5, "LABEL", nil)])
        table.rows = rows.map { r in
            [.number(r.id), .text(r.date), .text(r.precision.rawValue), text(r.type?.rawValue), text(r.country), .text(r.label),
             .number(r.articleID), text(paths[r.articleID]), .number(Int64(r.sentence.start)), .number(Int64(r.sentence.end))]
        }
        return table
    }

    private static func text(_ s: String?) -> QueryTable.Cell { s.map { .text($0) } ?? .none }
}

import GRDB
import WatchfloorModel

/// The per-actor totals of a filtered actor list read from counters the triggers keep (v6), for the
/// filters whose matches can be counted ahead: one country (`actor_countries`), one type
/// (`actor_types`), or only dates (`actor_days` over the days). Two countries or two types match the
/// union of their articles, which per-country totals cannot give, so those, combinations and text
/// searches sum the matching actor links instead (`FilterSQL.forActors`).
struct ActorCounterQuery {
    /// Selects `actor_id` and `total` (mentions in the matching articles) for every matching actor.
    let sql: String
    /// Its arguments.
    let arguments: StatementArguments

    /// The query for `filter`, or nil when the filter needs the aggregate.
    init?(filter: QueryFilter) {
        guard filter.text.flatMap(FilterSQL.ftsQuery) == nil else { return nil }
        let dated = filter.since != nil || filter.until != nil
        switch (filter.countries.count, filter.types.count, dated) {
        case (1, 0, false):
            sql = "SELECT actor_id, mentions AS total FROM actor_countries WHERE country = ?"
            arguments = [filter.countries.first?.uppercased()]
        case (0, 1, false):
            sql = "SELECT actor_id, mentions AS total FROM actor_types WHERE type = ?"
            arguments = [filter.types.first?.rawValue]
        case (0, 0, true):
            var conditions: [String] = []
            var values: [String] = []
            if let since = filter.since {
                conditions.append("day >= ?")
                values.append(since.iso)
            }
            if let until = filter.until {
                conditions.append("day <= ?")
                values.append(until.iso)
            }
            // By day, or SQLite walks every actor's days in actor order to save the GROUP BY's sort (40 ms at 1M).
            sql = """
                SELECT actor_id, SUM(mentions) AS total FROM actor_days INDEXED BY actor_days_by_day
                WHERE \(conditions.joined(separator: " AND ")) GROUP BY actor_id
                """
            arguments = StatementArguments(values)
        default:
            return nil
        }
    }
}

import GRDB
import WatchfloorModel

/// The per-actor totals of a filtered actor list read from counters the writer keeps (v6, v9), for the
/// filters whose matches can be counted ahead: countries only (`actor_countries`), one type
/// (`actor_types`), or only dates (`actor_days` over the days). Two types match the union of their
/// articles, which per-type totals cannot give, so those, combinations and text searches sum the
/// matching actor links instead (`FilterSQL.forActors`).
///
/// Two or more countries: a link that counts for several of them (its own country and another's
/// focus, or two focus countries of its article) is in each country's total once, so the union is the
/// sum of the totals less, per such link, its mentions once for every chosen country after the first.
/// Such links are only in articles focused on a chosen country; their links are read (linear in those
/// articles, about 10k links a country at 1M incidents), not the links of every actor of the countries
/// (0.17-0.5 s at 1M).
struct ActorCounterQuery {
    /// Selects `(actor_id, mentions)` rows whose sum per actor is its total in the matching articles
    /// (`ActorLinkTotals` sums them).
    let sql: String
    /// Its arguments.
    let arguments: StatementArguments

    /// The query for `filter`, or nil when the filter needs the aggregate.
    init?(filter: QueryFilter) {
        guard filter.text.flatMap(FilterSQL.ftsQuery) == nil else { return nil }
        let dated = filter.since != nil || filter.until != nil
        switch (filter.countries.count, filter.types.count, dated) {
        case (1, 0, false):
            sql = "SELECT actor_id, mentions FROM actor_countries WHERE country = ?"
            arguments = [filter.countries.first?.uppercased()]
        case (2..., 0, false):
            let codes = FilterSQL.countryCodes(filter)
            let q = FilterSQL.marks(codes.count)
            // `later`: a focus country of the article after its first chosen one; a link whose own country is
            // not chosen is in the union once, through the first.
            sql = """
                WITH fa AS MATERIALIZED (
                    SELECT c.article_id, c.code, c.code > (SELECT MIN(f.code) FROM article_countries f
                        WHERE f.article_id = c.article_id AND f.code IN (\(q)) AND f.focus = 1) AS later
                    FROM article_countries c WHERE c.code IN (\(q)) AND c.focus = 1)
                SELECT actor_id, mentions FROM actor_countries WHERE country IN (\(q))
                UNION ALL
                SELECT aa.actor_id, -aa.mentions FROM fa CROSS JOIN article_actors aa ON aa.article_id = fa.article_id
                WHERE aa.country IS NOT fa.code AND (fa.later OR aa.country IN (\(q)))
                """
            arguments = StatementArguments(codes + codes + codes + codes)
        case (0, 1, false):
            sql = "SELECT actor_id, mentions FROM actor_types WHERE type = ?"
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
            // By day: the range of days is what is selective.
            sql = """
                SELECT actor_id, mentions FROM actor_days INDEXED BY actor_days_by_day
                WHERE \(conditions.joined(separator: " AND "))
                """
            arguments = StatementArguments(values)
        default:
            return nil
        }
    }
}

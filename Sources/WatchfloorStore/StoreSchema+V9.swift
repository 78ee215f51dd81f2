// MARK: - v9: an actor counts for its own country and its articles' focus countries

extension StoreSchema {
    /// The name this migration is registered under.
    static let actorFocusName = "v9"

    /// Until v8 an actor link counted for its own country and for every country its article named: an
    /// article about Ukraine that mentions Japan once made each of its actors a Japanese actor, and with
    /// 10-17 countries per generated article `actor_countries` took about 63 rows per article, a third of
    /// the writer. Now a link counts for its own country and its article's focus countries, the rule the
    /// incidents and the timeline already follow for facts without a country of their own, except that an
    /// article without any focus country adds only the links' own countries (a fallback to "all of the
    /// article's countries" could not be undone exactly when a cascade deletes an article's focus rows
    /// before its other rows).
    ///
    /// The delete and update triggers of v6 are replaced by ones that follow the new rule (the insert
    /// triggers went in v8: the writer sums these counters), and the table is recounted.
    static let v9 = v9Triggers + v9Recount

    /// Replaces the four v6 triggers that know which countries a link counts for.
    static let v9Triggers = """
        DROP TRIGGER article_actors_filter_delete;
        DROP TRIGGER article_actors_filter_update;
        DROP TRIGGER article_countries_filter_delete;
        DROP TRIGGER article_countries_filter_update;

        CREATE TRIGGER article_actors_filter_delete AFTER DELETE ON article_actors BEGIN
            \(actorLinkRemove("old", countries: focusLinkCountries))
        END;
        CREATE TRIGGER article_actors_filter_update AFTER UPDATE ON article_actors BEGIN
            \(actorLinkRemove("old", countries: focusLinkCountries))
            \(actorLinkAdd("new", countries: focusLinkCountries))
        END;
        CREATE TRIGGER article_countries_filter_delete AFTER DELETE ON article_countries WHEN old.focus = 1 BEGIN
            \(articleCountryRemove("old", only: "old.focus = 1 AND "))
        END;
        CREATE TRIGGER article_countries_filter_update AFTER UPDATE OF code, article_id, focus ON article_countries BEGIN
            \(articleCountryRemove("old", only: "old.focus = 1 AND "))
            \(articleCountryAdd("new", only: "new.focus = 1 AND "))
        END;

        """

    /// Per (country, actor): an `article_actors` row counts for its own country and its article's focus countries.
    static let actorFocusCountriesSelect = """
        SELECT code, actor_id, SUM(mentions), COUNT(*) FROM (
            SELECT aa.country AS code, aa.actor_id, aa.mentions FROM article_actors aa WHERE aa.country IS NOT NULL
            UNION ALL
            SELECT c.code, aa.actor_id, aa.mentions FROM article_actors aa
            JOIN article_countries c ON c.article_id = aa.article_id AND c.focus = 1
            WHERE aa.country IS NOT c.code
        ) GROUP BY code, actor_id
        """

    /// Recounts `actor_countries` under the new rule.
    static let v9Recount = """
        DELETE FROM actor_countries;
        INSERT INTO actor_countries (country, actor_id, mentions, articles) \(actorFocusCountriesSelect);
        """

    /// The countries one `article_actors` row counts for: its own and its article's focus countries.
    private static func focusLinkCountries(_ row: String) -> String {
        """
        SELECT \(row).country AS code WHERE \(row).country IS NOT NULL \
        UNION SELECT code FROM article_countries WHERE article_id = \(row).article_id AND focus = 1
        """
    }
}

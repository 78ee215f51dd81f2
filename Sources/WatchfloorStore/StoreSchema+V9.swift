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
            \(focusLinkRemove("old"))
        END;
        CREATE TRIGGER article_actors_filter_update AFTER UPDATE ON article_actors BEGIN
            \(focusLinkRemove("old"))
            \(focusLinkAdd("new"))
        END;
        CREATE TRIGGER article_countries_filter_delete AFTER DELETE ON article_countries WHEN old.focus = 1 BEGIN
            \(focusCountryRemove("old"))
        END;
        CREATE TRIGGER article_countries_filter_update AFTER UPDATE OF code, article_id, focus ON article_countries BEGIN
            \(focusCountryRemove("old"))
            \(focusCountryAdd("new"))
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

    /// Adds one `article_actors` row to the per-country and per-type counters of its actor.
    private static func focusLinkAdd(_ row: String) -> String {
        """
        INSERT INTO actor_countries (country, actor_id, mentions, articles)
                SELECT code, \(row).actor_id, \(row).mentions, 1 FROM (\(focusLinkCountries(row))) WHERE true
                ON CONFLICT (country, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + 1;
            INSERT INTO actor_types (type, actor_id, mentions, articles)
                SELECT DISTINCT type, \(row).actor_id, \(row).mentions, 1 FROM incidents WHERE article_id = \(row).article_id
                ON CONFLICT (type, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + 1;
        """
    }

    /// Takes one `article_actors` row off those counters; rows that reach no article are deleted.
    private static func focusLinkRemove(_ row: String) -> String {
        """
        UPDATE actor_countries SET mentions = mentions - \(row).mentions, articles = articles - 1
                WHERE country IN (\(focusLinkCountries(row))) AND actor_id = \(row).actor_id;
            DELETE FROM actor_countries WHERE country IN (\(focusLinkCountries(row))) AND actor_id = \(row).actor_id AND articles <= 0;
            UPDATE actor_types SET mentions = mentions - \(row).mentions, articles = articles - 1
                WHERE type IN (SELECT type FROM incidents WHERE article_id = \(row).article_id) AND actor_id = \(row).actor_id;
            DELETE FROM actor_types WHERE type IN (SELECT type FROM incidents WHERE article_id = \(row).article_id)
                AND actor_id = \(row).actor_id AND articles <= 0;
        """
    }

    /// A focus country added to an article counts for the article's actors that do not have it themselves.
    private static func focusCountryAdd(_ row: String) -> String {
        """
        INSERT INTO actor_countries (country, actor_id, mentions, articles)
                SELECT \(row).code, aa.actor_id, aa.mentions, 1 FROM article_actors aa
                WHERE \(row).focus = 1 AND aa.article_id = \(row).article_id AND aa.country IS NOT \(row).code
                ON CONFLICT (country, actor_id) DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + 1;
        """
    }

    /// A focus country leaving an article stops counting for the article's actors that do not have it themselves.
    private static func focusCountryRemove(_ row: String) -> String {
        """
        UPDATE actor_countries SET articles = articles - 1, mentions = mentions - (SELECT aa.mentions FROM article_actors aa
                    WHERE aa.article_id = \(row).article_id AND aa.actor_id = actor_countries.actor_id)
                WHERE \(row).focus = 1 AND country = \(row).code AND actor_id IN (SELECT actor_id FROM article_actors
                    WHERE article_id = \(row).article_id AND country IS NOT \(row).code);
            DELETE FROM actor_countries WHERE \(row).focus = 1 AND country = \(row).code AND articles <= 0
                AND actor_id IN (SELECT actor_id FROM article_actors WHERE article_id = \(row).article_id);
        """
    }
}

import GRDB
import WatchfloorModel

/// Writes one article's extracted facts inside the caller's transaction.
///
/// Mentions and time expressions are not rows (v7): they are packed on the article row
/// (`PackedFacts`, written with it by `EventStore.insertOrReplace`). The counters the monitor reads
/// are summed in the session (`CounterDeltas`) and written once per transaction; facts that repeat
/// a key within one article (an actor or a country named twice) are merged here first, exactly as
/// the v1-v6 upserts merged them, so every row is a plain insert.
struct FactWriter {
    /// The open transaction.
    let db: Database
    /// The article the facts belong to.
    let articleID: Int64
    /// The article (for its text and published date).
    let article: Article
    /// When the article was ingested.
    let ingestedAt: Double
    /// The transaction's statements and counters.
    let session: WriteSession

    /// Separates names in the `actors`/`targets` columns.
    static let nameSeparator: Character = "\u{1F}"

    /// Writes every fact (not the article row, mentions or times); `facts` holds what is derived from
    /// the article and `x` without the database.
    func write(_ x: Extraction, _ facts: PreparedFacts) throws {
        let s = session
        for c in facts.countries {
            s.insertArticleCountry.bind(1, articleID)
            s.insertArticleCountry.bind(2, c.code)
            s.insertArticleCountry.bind(3, c.name)
            s.insertArticleCountry.bind(4, c.mentions)
            s.insertArticleCountry.bind(5, c.focus ? 1 : 0)
            try s.insertArticleCountry.run()
            s.deltas.addArticleCountry(code: c.code, name: c.name)
        }
        var links: [(id: Int64, country: String?, mentions: Int)] = []
        links.reserveCapacity(facts.links.count)
        // The published day once per article, not once per link.
        let published = article.published?.iso
        let day = published.map { CounterDeltas.Bytes($0.utf8) }
        for link in facts.links { links.append((try writeActor(link, published: published, day: day), link.country, link.mentions)) }
        let incidentIDs = try writeIncidents(x.incidents, facts)
        for (e, derived) in zip(x.timeline, facts.entries) {
            let incident = derived.incident
            let dayStart = derived.dayStart, dayEnd = derived.dayEnd
            let t = s.insertTimeline
            t.bind(1, articleID)
            t.bind(2, incident.map { incidentIDs[$0] })
            t.bind(3, e.date)
            t.bind(4, e.precision.rawValue)
            t.bind(5, dayStart)
            t.bind(6, dayEnd)
            let type = incident.map { x.incidents[$0].type.rawValue }
            let country = incident.flatMap { facts.incidents[$0].country }
            t.bind(7, type)
            t.bind(8, country)
            t.bind(9, e.label)
            t.bind(10, e.sentence.start)
            t.bind(11, e.sentence.end)
            t.bind(12, ingestedAt)
            try t.run()
            s.deltas.addTimelineEntry(dayStart: dayStart, dayEnd: dayEnd)
            let id = db.lastInsertedRowID
            for code in country.map({ [$0] }) ?? facts.fallback {
                s.timelineCountries.add(id: id, country: code, type: type, dayStart: dayStart, dayEnd: dayEnd, ingestedAt: ingestedAt)
            }
        }
        addActorFilters(links, focus: facts.focus, incidents: x.incidents)
    }

    /// The `actor_countries` and `actor_types` counts of this article's actor links: each link counts for
    /// its own country and each of the article's focus countries (once per code; v9), and for each type of
    /// incident in the article.
    private func addActorFilters(_ links: [(id: Int64, country: String?, mentions: Int)], focus: [CountryCount], incidents: [Incident]) {
        guard !links.isEmpty else { return }
        // Focus codes are unique per code (`merged`), so each code counts once per link.
        let codes = focus.map { session.deltas.intern(CounterDeltas.Bytes($0.code.utf8)) }
        var types: [Int32] = []
        for i in incidents {
            let type = session.deltas.intern(CounterDeltas.Bytes(i.type.rawValue.utf8))
            if !types.contains(type) { types.append(type) }
        }
        for link in links {
            for code in codes { session.deltas.addActorCountry(actorID: link.id, code: code, mentions: link.mentions) }
            if let own = link.country.map({ session.deltas.intern(CounterDeltas.Bytes($0.utf8)) }), !codes.contains(own) {
                session.deltas.addActorCountry(actorID: link.id, code: own, mentions: link.mentions)
            }
            for type in types { session.deltas.addActorType(actorID: link.id, type: type, mentions: link.mentions) }
        }
    }

    /// Inserts the incidents and their `incident_countries` rows (`facts.fallback`: the countries of one
    /// without its own); returns their ids in order.
    private func writeIncidents(_ incidents: [Incident], _ facts: PreparedFacts) throws -> [Int64] {
        guard !incidents.isEmpty else { return [] }
        let s = session
        var ids: [Int64] = []
        ids.reserveCapacity(incidents.count)
        for (ordinal, (i, derived)) in zip(incidents, facts.incidents).enumerated() {
            let dayStart = derived.dayStart, dayEnd = derived.dayEnd
            let country = derived.country
            let q = s.insertIncident
            q.bind(1, articleID)
            q.bind(2, ordinal)
            q.bind(3, i.type.rawValue)
            q.bind(4, i.trigger.start)
            q.bind(5, i.trigger.end)
            q.bind(6, i.text)
            q.bind(7, i.sentence.start)
            q.bind(8, i.sentence.end)
            q.bind(9, i.date)
            q.bind(10, i.datePrecision?.rawValue)
            q.bind(11, dayStart)
            q.bind(12, dayEnd)
            q.bind(13, country)
            q.bind(14, i.place)
            q.bind(15, derived.actors)
            q.bind(16, derived.targets)
            q.bind(17, i.count)
            q.bind(18, derived.summary)
            q.bind(19, ingestedAt)
            try q.run()
            let id = db.lastInsertedRowID
            ids.append(id)
            s.deltas.addIncident(country: country)
            for code in country.map({ [$0] }) ?? facts.fallback {
                s.incidentCountries.add(id: id, country: code, type: i.type.rawValue, dayStart: dayStart, dayEnd: dayEnd,
                                        ingestedAt: ingestedAt)
            }
        }
        return ids
    }

    /// Inserts one actor link (`published`: the article's day, also as bytes); returns the actor's id.
    private func writeActor(_ link: ActorLink, published: String?, day: CounterDeltas.Bytes?) throws -> Int64 {
        let actorID = try session.actorID(name: link.name, kind: link.kind, country: link.actorCountry)
        let q = session.insertArticleActor
        q.bind(1, articleID)
        q.bind(2, actorID)
        q.bind(3, link.role)
        q.bind(4, link.country)
        q.bind(5, link.mentions)
        q.bind(6, link.firstSpan?.start)
        q.bind(7, link.firstSpan?.end)
        q.bind(8, link.spans)
        q.bind(9, published)
        q.bind(10, ingestedAt)
        try q.run()
        session.deltas.addActorLink(actorID: actorID, role: link.role, day: day, mentions: link.mentions)
        return actorID
    }

    /// Countries with their codes in upper case, one per code in order of first appearance: mentions
    /// summed, focus if any was, the first name (what the v1-v6 upsert kept).
    static func merged(_ countries: [CountryCount]) -> [CountryCount] {
        var out: [CountryCount] = []
        // Keyed by bytes, as SQLite's primary key compares codes (Swift strings compare canonically).
        var index: [[UInt8]: Int] = [:]
        for c in countries {
            let code = c.code.uppercased()
            if let n = index[Array(code.utf8)] {
                out[n].mentions += c.mentions
                out[n].focus = out[n].focus || c.focus
            } else {
                index[Array(code.utf8)] = out.count
                out.append(CountryCount(code: code, name: c.name, mentions: c.mentions, focus: c.focus))
            }
        }
        return out
    }

    /// Joins names for one column, dropping the separator from the names themselves.
    static func joinNames(_ names: [String]) -> String {
        if names.count == 1, let only = names.first, !only.contains(nameSeparator) { return only }
        return names.map { $0.filter { $0 != nameSeparator } }.joined(separator: String(nameSeparator))
    }

    /// Splits a names column.
    static func splitNames(_ column: String) -> [String] {
        column.isEmpty ? [] : column.split(separator: nameSeparator, omittingEmptySubsequences: true).map(String.init)
    }
}

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

    /// Writes every fact (not the article row, mentions or times).
    func write(_ x: Extraction) throws {
        let countries = FactWriter.merged(x.countries)
        let s = session
        for c in countries {
            s.insertArticleCountry.bind(1, articleID)
            s.insertArticleCountry.bind(2, c.code)
            s.insertArticleCountry.bind(3, c.name)
            s.insertArticleCountry.bind(4, c.mentions)
            s.insertArticleCountry.bind(5, c.focus ? 1 : 0)
            try s.insertArticleCountry.run()
            s.deltas.addArticleCountry(code: c.code, name: c.name)
        }
        var links: [(id: Int64, country: String?, mentions: Int)] = []
        for link in ActorLink.merged(x.actors) { links.append((try writeActor(link), link.country, link.mentions)) }
        // The countries a fact without its own matches: the article's focus countries, else all of them.
        let focus = countries.filter(\.focus)
        let fallback = (focus.isEmpty ? countries : focus).map(\.code)
        let incidentIDs = try writeIncidents(x.incidents, fallback: fallback)
        for e in x.timeline {
            let incident = e.incident.flatMap { $0 >= 0 && $0 < x.incidents.count ? $0 : nil }
            let range = s.days(of: e.date)
            let dayStart = range?.start, dayEnd = range?.end
            let t = s.insertTimeline
            t.bind(1, articleID)
            t.bind(2, incident.map { incidentIDs[$0] })
            t.bind(3, e.date)
            t.bind(4, e.precision.rawValue)
            t.bind(5, dayStart)
            t.bind(6, dayEnd)
            let type = incident.map { x.incidents[$0].type.rawValue }
            let country = incident.flatMap { x.incidents[$0].country?.uppercased() }
            t.bind(7, type)
            t.bind(8, country)
            t.bind(9, e.label)
            t.bind(10, e.sentence.start)
            t.bind(11, e.sentence.end)
            t.bind(12, ingestedAt)
            try t.run()
            s.deltas.addTimelineEntry(dayStart: dayStart, dayEnd: dayEnd)
            let id = db.lastInsertedRowID
            for code in country.map({ [$0] }) ?? fallback {
                s.timelineCountries.add(id: id, country: code, type: type, dayStart: dayStart, dayEnd: dayEnd, ingestedAt: ingestedAt)
            }
        }
        addActorFilters(links, focus: focus, incidents: x.incidents)
    }

    /// The `actor_countries` and `actor_types` counts of this article's actor links: each link counts for
    /// its own country and each of the article's focus countries (once per code; v9), and for each type of
    /// incident in the article.
    private func addActorFilters(_ links: [(id: Int64, country: String?, mentions: Int)], focus: [CountryCount], incidents: [Incident]) {
        guard !links.isEmpty else { return }
        let codes = focus.map { CounterDeltas.Bytes($0.code.utf8) }
        let codeSet = Set(codes)
        var types: [CounterDeltas.Bytes] = []
        for i in incidents {
            let type = CounterDeltas.Bytes(i.type.rawValue.utf8)
            if !types.contains(type) { types.append(type) }
        }
        for link in links {
            for code in codes { session.deltas.addActorCountry(actorID: link.id, code: code, mentions: link.mentions) }
            if let own = link.country.map({ CounterDeltas.Bytes($0.utf8) }), !codeSet.contains(own) {
                session.deltas.addActorCountry(actorID: link.id, code: own, mentions: link.mentions)
            }
            for type in types { session.deltas.addActorType(actorID: link.id, type: type, mentions: link.mentions) }
        }
    }

    /// Inserts the incidents and their `incident_countries` rows (`fallback`: the countries of one without
    /// its own); returns their ids in order.
    private func writeIncidents(_ incidents: [Incident], fallback: [String]) throws -> [Int64] {
        guard !incidents.isEmpty else { return [] }
        let s = session
        let text = ScalarText(article.text)
        var ids: [Int64] = []
        ids.reserveCapacity(incidents.count)
        let published = article.published?.iso
        for (ordinal, i) in incidents.enumerated() {
            let range = i.date.flatMap(s.days(of:)) ?? published.map { (start: $0, end: $0) }
            let dayStart = range?.start, dayEnd = range?.end
            let country = i.country?.uppercased()
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
            q.bind(15, FactWriter.joinNames(i.actors))
            q.bind(16, FactWriter.joinNames(i.targets))
            q.bind(17, i.count)
            q.bind(18, text.summary(sentence: i.sentence, trigger: i.trigger))
            q.bind(19, ingestedAt)
            try q.run()
            let id = db.lastInsertedRowID
            ids.append(id)
            s.deltas.addIncident(country: country)
            for code in country.map({ [$0] }) ?? fallback {
                s.incidentCountries.add(id: id, country: code, type: i.type.rawValue, dayStart: dayStart, dayEnd: dayEnd,
                                        ingestedAt: ingestedAt)
            }
        }
        return ids
    }

    /// Inserts one actor link; returns the actor's id.
    private func writeActor(_ link: ActorLink) throws -> Int64 {
        let actorID = try session.actorID(name: link.name, kind: link.kind, country: link.actorCountry)
        let published = article.published?.iso
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
        session.deltas.addActorLink(actorID: actorID, role: link.role, published: published, mentions: link.mentions)
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

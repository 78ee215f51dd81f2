import WatchfloorModel

/// What the writer derives from an article and its extraction without the database: the packed
/// mentions and times, the merged countries and actor links, each incident's summary, joined names,
/// country and day range, each timeline entry's day range and incident.
///
/// Ingest makes it on the extraction threads (`BatchArticle.prepareForStore()`), so the single writing
/// thread, the bottleneck of a backlog on two cores, only binds and steps statements; made there it was
/// about 7% of the writer's CPU (DECISIONS, "Store writer (session 5)"). Whoever makes it, the rows
/// written are the same: `FactWriter` reads everything it writes from here.
struct PreparedFacts: Sendable {
    /// One incident's derived columns.
    struct IncidentFacts: Sendable {
        let summary: String
        let actors: String
        let targets: String
        /// Upper case.
        let country: String?
        let dayStart: String?
        let dayEnd: String?
    }

    /// One timeline entry's derived columns.
    struct EntryFacts: Sendable {
        /// The position of its incident in the extraction, when valid.
        let incident: Int?
        let dayStart: String?
        let dayEnd: String?
    }

    /// `articles.mentions` (`PackedFacts`).
    let mentions: String
    /// `articles.times` (`PackedFacts`).
    let times: String
    /// The countries, merged per code (`FactWriter.merged`).
    let countries: [CountryCount]
    /// The merged actor links.
    let links: [ActorLink]
    /// The countries a fact without its own matches: the article's focus countries, else all of them.
    let fallback: [String]
    /// The focus countries.
    let focus: [CountryCount]
    /// Per incident, in order.
    let incidents: [IncidentFacts]
    /// Per timeline entry, in order.
    let entries: [EntryFacts]

    /// Derives everything from `article` and its extraction `x`.
    init(article: Article, extraction x: Extraction) {
        mentions = PackedFacts.mentions(x.mentions)
        times = PackedFacts.times(x.times)
        countries = FactWriter.merged(x.countries)
        links = ActorLink.merged(x.actors)
        focus = countries.filter(\.focus)
        fallback = (focus.isEmpty ? countries : focus).map(\.code)
        var ranges: [String: (start: String, end: String)?] = [:]
        func days(_ value: String) -> (start: String, end: String)? {
            if let known = ranges[value] { return known }
            let range = TimexRange.days(of: value).map { (start: $0.0.iso, end: $0.1.iso) }
            // Only ASCII values are remembered: String keys compare canonically, and a lookalike value must parse on its own.
            if value.utf8.allSatisfy({ $0 < 0x80 }) { ranges[value] = range }
            return range
        }
        let text = x.incidents.isEmpty ? nil : ScalarText(article.text)
        let published = article.published?.iso
        incidents = x.incidents.map { i in
            let range = i.date.flatMap(days) ?? published.map { (start: $0, end: $0) }
            return IncidentFacts(summary: text?.summary(sentence: i.sentence, trigger: i.trigger) ?? "",
                                 actors: FactWriter.joinNames(i.actors), targets: FactWriter.joinNames(i.targets),
                                 country: i.country?.uppercased(), dayStart: range?.start, dayEnd: range?.end)
        }
        let count = x.incidents.count
        entries = x.timeline.map { e in
            let range = days(e.date)
            return EntryFacts(incident: e.incident.flatMap { $0 >= 0 && $0 < count ? $0 : nil }, dayStart: range?.start, dayEnd: range?.end)
        }
    }
}

import WatchfloorModel

/// Builds plausible `Extraction` values for generated articles without running the extractor,
/// so million-incident stores can be built in minutes through the store's normal write path.
enum SyntheticExtraction {
    /// An extraction for `article` with between `incidents.lowerBound` and `incidents.upperBound` incidents.
    static func make(for article: SyntheticArticle, incidents: ClosedRange<Int>, rng: inout SplitMix64) -> Extraction {
        var countryMentions: [String: Int] = [:]
        var actorSpans: [String: (kind: ActorKind, country: String?, spans: [Span])] = [:]
        var fullNames: [String: String] = [:]  // family name -> full name, so "Okafor" joins "Amara Okafor"
        var places: [String] = []
        for m in article.mentions {
            if let code = m.country { countryMentions[code, default: 0] += 1 }
            switch m.kind {
            case .person:
                let parts = m.text.split(separator: " ")
                if parts.count > 1, let last = parts.last { fullNames[String(last)] = m.text }
            case .place:
                places.append(m.text)
            default:
                break
            }
        }
        for m in article.mentions {
            switch m.kind {
            case .person:
                let name = fullNames[m.text] ?? m.text
                actorSpans[name, default: (.person, nil, [])].spans.append(m.span)
            case .country:
                actorSpans[m.text, default: (.country, m.country, [])].spans.append(m.span)
            default:
                break
            }
        }

        let countryCodes = countryMentions.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let countries = countryCodes.enumerated().map { i, entry in
            CountryCount(code: entry.key, name: countryName(entry.key), mentions: entry.value, focus: i == 0)
        }
        var actors = actorSpans.map { name, entry in
            EventActor(
                name: name, kind: entry.kind,
                role: entry.kind == .person ? SyntheticPools.roles[rng.index(SyntheticPools.roles.count)] : nil,
                country: entry.country ?? countryCodes.first?.key, spans: entry.spans
            )
        }
        actors.sort { $0.spans.count != $1.spans.count ? $0.spans.count > $1.spans.count : $0.name < $1.name }

        var list: [Incident] = []
        var timeline: [TimelineEntry] = []
        let count = incidents.lowerBound + rng.index(incidents.count)
        for _ in 0..<count where !article.sentences.isEmpty {
            let sentence = article.sentences[rng.index(article.sentences.count)]
            let word = sentence.text.unicodeScalars.prefix { $0 != " " }
            let trigger = Span(start: sentence.span.start, end: sentence.span.start + word.count)
            let date = article.published.adding(days: -rng.index(4))
            let country = rng.chance(0.85) ? weightedCountry(countryCodes, rng: &rng) : nil
            let actorNames = actors.isEmpty ? [] : [actors[rng.index(min(actors.count, 4))].name]
            let incident = Incident(
                type: incidentType(rng: &rng), trigger: trigger, text: String(String.UnicodeScalarView(word)),
                sentence: sentence.span, date: date.iso, datePrecision: .day, country: country,
                place: rng.chance(0.6) ? rng.pick(places) : nil, actors: actorNames,
                targets: rng.chance(0.4) ? country.map { [countryName($0)] } ?? [] : [],
                count: rng.chance(0.3) ? 1 + rng.index(200) : nil
            )
            timeline.append(TimelineEntry(date: date.iso, precision: .day, label: String(sentence.text.prefix(80)), incident: list.count, sentence: sentence.span))
            list.append(incident)
        }
        // The store expects text order.
        let order = list.indices.sorted { list[$0].sentence < list[$1].sentence }
        let sortedIncidents = order.map { list[$0] }
        let newIndex = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        let sortedTimeline = order.map { old -> TimelineEntry in
            var entry = timeline[old]
            entry.incident = newIndex[old]
            return entry
        }
        return Extraction(
            mentions: article.mentions, countries: countries, actors: actors, times: [],
            incidents: sortedIncidents, timeline: sortedTimeline, sentences: article.sentences.map(\.span)
        )
    }

    /// A country code drawn in proportion to its mentions.
    private static func weightedCountry(_ codes: [(key: String, value: Int)], rng: inout SplitMix64) -> String? {
        let total = codes.reduce(0) { $0 + $1.value }
        guard total > 0 else { return nil }
        var pick = rng.index(total)
        for entry in codes {
            if pick < entry.value { return entry.key }
            pick -= entry.value
        }
        return codes.last?.key
    }

    /// An incident type drawn by the weights in `SyntheticPools.incidentTypes`.
    private static func incidentType(rng: inout SplitMix64) -> IncidentType {
        let total = SyntheticPools.incidentTypes.reduce(0) { $0 + $1.weight }
        var pick = rng.index(total)
        for entry in SyntheticPools.incidentTypes {
            if pick < entry.weight { return IncidentType(rawValue: entry.raw) ?? .statement }
            pick -= entry.weight
        }
        return .statement
    }

    /// The pool's English name for a code, or the code.
    static func countryName(_ code: String) -> String {
        SyntheticPools.countries.first { $0.code == code }?.name ?? code
    }
}

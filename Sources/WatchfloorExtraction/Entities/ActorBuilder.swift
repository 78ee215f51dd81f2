import WatchfloorModel

/// Merges resolved mentions into actors: people by surname ("Vladimir Putin", "Putin", "Mr. Putin"),
/// organisations by canonical name, and countries named directly or through their capital or seat.
struct ActorBuilder {
    let gazetteer: Gazetteer
    let tokens: [Token]
    let finder: MentionFinder

    /// Actors, most mentioned first (ties in order of first mention).
    func build(_ candidates: [EntityCandidate]) -> [EventActor] {
        // Room for one actor per candidate: the arrays do not regrow (capacity does not change the result).
        var actors: [EventActor] = []
        actors.reserveCapacity(candidates.count)
        // Organisations and countries by kind and name (what a `[String: Int]` keyed by "kind:name" answered).
        var index = ActorNameIndex(capacity: candidates.count)
        let resolver = EntityResolver(gazetteer: gazetteer, tokens: tokens)
        // People: group by surname key; the fullest name wins.
        var bySurname = SmallKeyMap()
        var nameLength: [Int] = []
        nameLength.reserveCapacity(candidates.count)
        // Fields are read in place: a copy of each candidate retained and released its entries and role.
        for k in candidates.indices where candidates[k].kind == .person {
            let first = candidates[k].first
            let last = candidates[k].last
            let keys = resolver.nameKeySummary(first: first, last: last)
            guard keys.count > 0 else { continue }
            let span = Span(start: tokens[first].start, end: tokens[last].end)
            let roleCountry = candidates[k].roleCountry >= 0 ? gazetteer.countries[Int(candidates[k].roleCountry)].code : nil
            if let a = bySurname[keys.last] ?? (keys.count == 1 ? bySurname[keys.first] : nil) {
                actors[a].spans.append(span)
                // The text is made only where it is kept.
                if keys.count > nameLength[a] {
                    actors[a].name = finder.text(first, last)
                    nameLength[a] = keys.count
                }
                if actors[a].role == nil { actors[a].role = candidates[k].role }
                if actors[a].country == nil { actors[a].country = roleCountry }
            } else {
                actors.append(EventActor(
                    name: finder.text(first, last), kind: .person, role: candidates[k].role, country: roleCountry, spans: Self.firstSpans(span)))
                nameLength.append(keys.count)
                bySurname[keys.last] = actors.count - 1
            }
        }
        // "Russia's Defence Ministry ... the Defence Ministry said": a bare name that one country's possessive named
        // in this article is that country's institution (two owners of one name leave it bare).
        var owners: [String: Int16] = [:]
        for k in candidates.indices where candidates[k].kind == .organization && candidates[k].possessed && candidates[k].canonical < 0 {
            let bare = finder.text(candidates[k].first, candidates[k].last)
            let country = candidates[k].country
            owners[bare] = owners[bare].map { $0 == country ? $0 : -1 } ?? country
        }
        for k in candidates.indices where candidates[k].kind == .organization || isCountryActor(candidates, k) {
            let first = candidates[k].first
            let last = candidates[k].last
            let isOrganization = candidates[k].kind == .organization
            let canonical = candidates[k].canonical
            var country = candidates[k].country
            var possessed = candidates[k].possessed
            // No owner can be found in an empty table: its key text is not made.
            if isOrganization, !possessed, canonical < 0, country < 0, !owners.isEmpty,
               let owner = owners[finder.text(first, last)], owner >= 0 {
                country = owner
                possessed = true
            }
            let span = Span(start: tokens[first].start, end: tokens[last].end)
            let name: String
            let kind: ActorKind
            var code: String?
            if isOrganization {
                if possessed && canonical < 0 {
                    name = gazetteer.countries[Int(country)].name + "'s " + finder.text(first, last)
                } else if candidates[k].named || country < 0 {
                    name = canonical >= 0 ? gazetteer.names[Int(canonical)] : finder.text(first, last)
                } else {
                    name = gazetteer.countries[Int(country)].name + "'s " + finder.text(first, last).lowercased()
                }
                kind = .organization
            } else {
                name = gazetteer.countries[Int(country)].name
                kind = .country
            }
            if country >= 0 { code = gazetteer.countries[Int(country)].code }
            let nameKey = ActorNameIndex.key(kind: kind, name: name)
            if let a = index.find(nameKey, kind: kind, name: name, in: actors) {
                actors[a].spans.append(span)
            } else {
                actors.append(EventActor(name: name, kind: kind, role: nil, country: code, spans: Self.firstSpans(span)))
                nameLength.append(0)
                index.add(actors.count - 1, nameKey)
            }
        }
        // Sorted in place (the sort moves the actors; building a reordered copy retained and released every field).
        // An actor's first span is the one its first candidate made, and token starts grow with token indices, so
        // comparing first-span starts orders as comparing first-mention token indices did (`firstSeen`).
        actors.sort { x, y in
            x.mentions != y.mentions ? x.mentions > y.mentions : Self.firstStart(x) < Self.firstStart(y)
        }
        return actors
    }

    /// An actor's spans, starting with its first: room for four, so that most actors never regrow them (the capacity
    /// of the array does not change its contents).
    static func firstSpans(_ span: Span) -> [Span] {
        var spans: [Span] = []
        spans.reserveCapacity(4)
        spans.append(span)
        return spans
    }

    /// Where the first mention of an actor starts (every actor is made with one span).
    static func firstStart(_ actor: EventActor) -> Int {
        actor.spans.first?.start ?? 0
    }

    /// Whether a candidate names a state acting (its name or its capital), not a mere place in it.
    private func isCountryActor(_ candidates: [EntityCandidate], _ k: Int) -> Bool {
        // Read in place: passing the candidate copied it (retaining its entries and role).
        guard candidates[k].country >= 0, let e = candidates[k].entries.first else { return false }
        return e.kind == .country || e.kind == .capital
    }
}

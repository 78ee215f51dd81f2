import WatchfloorModel

/// Merges resolved mentions into actors: people by surname ("Vladimir Putin", "Putin", "Mr. Putin"),
/// organisations by canonical name, and countries named directly or through their capital or seat.
struct ActorBuilder {
    let gazetteer: Gazetteer
    let tokens: [Token]
    let finder: MentionFinder

    /// Actors, most mentioned first (ties in order of first mention).
    func build(_ candidates: [EntityCandidate]) -> [EventActor] {
        var actors: [EventActor] = []
        // Organisations and countries by kind and name (what a `[String: Int]` keyed by "kind:name" answered).
        var index = ActorNameIndex()
        var firstSeen: [Int] = []
        let resolver = EntityResolver(gazetteer: gazetteer, tokens: tokens)
        // People: group by surname key; the fullest name wins.
        var bySurname = KeyMap<Int>(capacity: 32)
        var nameLength: [Int] = []
        // Only the candidates a loop takes are copied (a copy retains and releases its entries and role).
        for k in candidates.indices where candidates[k].kind == .person {
            let c = candidates[k]
            let keys = resolver.nameKeys(c)
            guard let last = keys.last else { continue }
            let text = finder.text(c.first, c.last)
            let span = Span(start: tokens[c.first].start, end: tokens[c.last].end)
            let roleCountry = c.roleCountry >= 0 ? gazetteer.countries[Int(c.roleCountry)].code : nil
            if let a = bySurname[last] ?? (keys.count == 1 ? bySurname[keys[0]] : nil) {
                actors[a].spans.append(span)
                if keys.count > nameLength[a] {
                    actors[a].name = text
                    nameLength[a] = keys.count
                }
                if actors[a].role == nil { actors[a].role = c.role }
                if actors[a].country == nil { actors[a].country = roleCountry }
            } else {
                actors.append(EventActor(name: text, kind: .person, role: c.role, country: roleCountry, spans: [span]))
                nameLength.append(keys.count)
                firstSeen.append(c.first)
                bySurname[last] = actors.count - 1
            }
        }
        // "Russia's Defence Ministry ... the Defence Ministry said": a bare name that one country's possessive named
        // in this article is that country's institution (two owners of one name leave it bare).
        var owners: [String: Int16] = [:]
        for k in candidates.indices where candidates[k].kind == .organization && candidates[k].possessed && candidates[k].canonical < 0 {
            let c = candidates[k]
            let bare = finder.text(c.first, c.last)
            owners[bare] = owners[bare].map { $0 == c.country ? $0 : -1 } ?? c.country
        }
        for k in candidates.indices where candidates[k].kind == .organization || isCountryActor(candidates[k]) {
            var c = candidates[k]
            if c.kind == .organization, !c.possessed, c.canonical < 0, c.country < 0,
               let owner = owners[finder.text(c.first, c.last)], owner >= 0 {
                c.country = owner
                c.possessed = true
            }
            let span = Span(start: tokens[c.first].start, end: tokens[c.last].end)
            let name: String
            let kind: ActorKind
            var code: String?
            if c.kind == .organization {
                if c.possessed && c.canonical < 0 {
                    name = gazetteer.countries[Int(c.country)].name + "'s " + finder.text(c.first, c.last)
                } else if c.named || c.country < 0 {
                    name = c.canonical >= 0 ? gazetteer.names[Int(c.canonical)] : finder.text(c.first, c.last)
                } else {
                    name = gazetteer.countries[Int(c.country)].name + "'s " + finder.text(c.first, c.last).lowercased()
                }
                kind = .organization
            } else {
                name = gazetteer.countries[Int(c.country)].name
                kind = .country
            }
            if c.country >= 0 { code = gazetteer.countries[Int(c.country)].code }
            let nameKey = ActorNameIndex.key(kind: kind, name: name)
            if let a = index.find(nameKey, kind: kind, name: name, in: actors) {
                actors[a].spans.append(span)
            } else {
                actors.append(EventActor(name: name, kind: kind, role: nil, country: code, spans: [span]))
                firstSeen.append(c.first)
                nameLength.append(0)
                index.add(actors.count - 1, nameKey)
            }
        }
        let order = actors.indices.sorted { x, y in
            actors[x].mentions != actors[y].mentions ? actors[x].mentions > actors[y].mentions : firstSeen[x] < firstSeen[y]
        }
        return order.map { actors[$0] }
    }

    /// Whether a candidate names a state acting (its name or its capital), not a mere place in it.
    private func isCountryActor(_ c: EntityCandidate) -> Bool {
        guard c.country >= 0, let e = c.entries.first else { return false }
        return e.kind == .country || e.kind == .capital
    }
}

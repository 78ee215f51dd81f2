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
        // People: group by surname key; the fullest name wins. A small map grows when needed (answers do not depend on
        // its capacity; a 128-slot map cost about 4,400 instructions to set up per article).
        var bySurname = KeyMap<Int>(capacity: 4)
        var nameLength: [Int] = []
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
                    name: finder.text(first, last), kind: .person, role: candidates[k].role, country: roleCountry, spans: [span]))
                nameLength.append(keys.count)
                firstSeen.append(first)
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
                actors.append(EventActor(name: name, kind: kind, role: nil, country: code, spans: [span]))
                firstSeen.append(first)
                nameLength.append(0)
                index.add(actors.count - 1, nameKey)
            }
        }
        let order = actors.indices.sorted { x, y in
            actors[x].mentions != actors[y].mentions ? actors[x].mentions > actors[y].mentions : firstSeen[x] < firstSeen[y]
        }
        Self.permute(&actors, by: order)
        return actors
    }

    /// Reorders `items` so that position `i` holds what was at `order[i]` (`order.map { items[$0] }`, made by swaps
    /// along the permutation's cycles instead of copying every actor and releasing the old array).
    static func permute<T>(_ items: inout [T], by order: [Int]) {
        var source = order
        for i in source.indices where source[i] != i {
            var current = i
            while true {
                let next = source[current]
                source[current] = current
                if next == i { break }
                items.swapAt(current, next)
                current = next
            }
        }
    }

    /// Whether a candidate names a state acting (its name or its capital), not a mere place in it.
    private func isCountryActor(_ candidates: [EntityCandidate], _ k: Int) -> Bool {
        // Read in place: passing the candidate copied it (retaining its entries and role).
        guard candidates[k].country >= 0, let e = candidates[k].entries.first else { return false }
        return e.kind == .country || e.kind == .capital
    }
}

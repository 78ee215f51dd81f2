import WatchfloorModel

/// Gazetteer phrases: which meanings a matched phrase keeps, and the institutions named after a country.
extension MentionFinder {
    func emitGazetteer(_ a: Int, _ b: Int, _ all: [GazetteerEntry], sentence si: Int, into out: inout [EntityCandidate]) {
        let single = a == b
        let t = tokens[a]
        // In a dateline capitals say nothing, and a known place is the place ("CANTON, Mass.", "NICE, France").
        if dateline?.tokens.contains(a) ?? false {
            // "WASHINGTON, March 26 -": the month is the date, not March in Cambridgeshire.
            if single && lexicon.nonNames.contains(t.key) { return }
            let places = all.filter { $0.kind == .place || $0.kind == .capital || $0.kind == .country }
            if !places.isEmpty {
                let kind = Self.kind(of: places[0])
                let settled = Self.oneCountry(places)
                out.append(EntityCandidate(first: a, last: b, kind: kind, entries: places, country: places[0].country, settled: settled))
                return
            }
        }
        let dictionaryWord = single && gazetteer.words.contains(t.key)
        let afterComma = a >= 2 && s[tokens[a - 1].start] == "," && !out.isEmpty && out[out.count - 1].last == a - 2
        func keeps(_ e: GazetteerEntry) -> Bool {
            switch e.kind {
            case .role: return false
            case .place:
                if e.placeKind == .postal { return afterComma && t.allCaps }
                if e.isWord && single {
                    return afterComma || e.population >= 100_000 && !isSentenceInitial(a, si) || precededByLocative(a)
                }
                return true
            default: return true
            }
        }
        // Usually every meaning stays: then the list is shared, not filtered into a new array grown entry by entry.
        var entries = all.allSatisfy(keeps) ? all : all.filter(keeps)
        // Short acronyms that are also words ("WHO", "IS", "CAR") count only in upper case outside headlines;
        // names that are words in title case ("Ford", "Fiat", "Shell") keep their meaning.
        if dictionaryWord, t.length <= 4, !t.allCaps || headline[si] {
            entries.removeAll { $0.acronym && ($0.kind == .organization || ($0.kind == .country && $0.length == 1 && t.length <= 3)) }
        }
        // Indices, products and events claim their words but are not person, place or organisation names.
        if entries.contains(where: { $0.kind == .other }) { return }
        // "US$ 40 billion", "HK$ 3": a currency, not a country.
        if b + 1 < tokens.count, tokens[b + 1].kind == .punct, s[tokens[b + 1].start] == "$", !tokens[b + 1].spaceBefore { return }
        // "Boeing 747", "Airbus A380": the product, not the company.
        if entries.allSatisfy({ $0.kind == .organization }), modelNumberAfter(b) { return }
        if dictionaryWord && (isSentenceInitial(a, si) || headline[si]) {
            let strong = entries.contains { $0.kind == .country || $0.kind == .demonym || $0.kind == .capital || $0.kind == .organization }
            if !strong && !afterComma { entries.removeAll() }
        }
        if single, lexicon.nonNames.contains(t.key) { entries.removeAll() }
        guard !entries.isEmpty else {
            // The name may still be a person's ("Jordan" after "Michael Jordan"); the person pass revisits it.
            return
        }
        // The fields are worked out first and the candidate made inside `append`: a local candidate was copied into the
        // array and then destroyed (retaining and releasing its entries).
        let kind = Self.kind(of: entries[0])
        let country = entries[0].country
        let canonical = entries.first(where: { $0.kind == .organization })?.name ?? -1
        let settled = Self.oneCountry(entries)
        out.append(EntityCandidate(first: a, last: b, kind: kind, entries: entries, country: country, canonical: canonical, settled: settled))
        if kind == .country || kind == .nationality, settled, country >= 0 { institution(after: b, country: country, into: &out) }
    }

    /// "Russia's defence ministry", "the Russian military": an organisation actor of that country, not a named mention.
    func institution(after b: Int, country: Int16, into out: inout [EntityCandidate]) {
        var k = b + 1
        if k < tokens.count, tokens[k].key == lexicon.possessiveKey { k += 1 }
        var words = 0
        while k < tokens.count, words < 3, tokens[k].kind == .word, !tokens[k].capitalized, tokens[k].newlinesBefore == 0 {
            words += 1
            // "Ukrainian energy and military-industrial facilities": a head after a conjunction or before a hyphen
            // is an adjective of something else.
            if lexicon.conjunctions.contains(tokens[k].key) { return }
            if k + 1 < tokens.count, tokens[k + 1].kind == .punct, ScalarClass.isHyphen(s[tokens[k + 1].start]), !tokens[k + 1].spaceBefore { return }
            if lexicon.institutionHeads.contains(tokens[k].key) {
                let first = tokens[b + 1].key == lexicon.possessiveKey ? b + 2 : b + 1
                out.append(EntityCandidate(first: first, last: k, kind: .organization, entries: [], country: country, named: false, settled: true))
                return
            }
            k += 1
        }
    }

    /// Whether all the (non-empty) entries name one country: `Set(entries.map(\.country)).count == 1` without hashing.
    static func oneCountry(_ entries: [GazetteerEntry]) -> Bool {
        guard let first = entries.first?.country else { return false }
        return entries.allSatisfy { $0.country == first }
    }

    /// The mention kind of a gazetteer meaning.
    static func kind(of e: GazetteerEntry) -> MentionKind {
        switch e.kind {
        case .country: .country
        case .demonym: .nationality
        case .organization: .organization
        case .capital, .place, .role, .other: .place
        }
    }
}
